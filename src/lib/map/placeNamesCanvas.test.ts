import { describe, expect, it } from 'vitest';
import { wrapName } from './placeNamesCanvas';

// Seven pixels a character, as a stand-in for a font's measure.
const widthOf = (text: string) => text.length * 7;

describe('wrapName', () => {
	it('keeps a short name on one line', () => {
		expect(wrapName('Minsk', 120, widthOf)).toEqual(['Minsk']);
		expect(wrapName('Machulishchy airbase', 140, widthOf)).toEqual(['Machulishchy airbase']);
	});

	it('wraps a long name into balanced lines at spaces or after dashes, never inside a word', () => {
		expect(wrapName('Belarus–Ukraine border', 120, widthOf)).toEqual([
			'Belarus–',
			'Ukraine border'
		]);
		expect(wrapName('Kyiv International Airport', 120, widthOf)).toEqual([
			'Kyiv International',
			'Airport'
		]);
		expect(wrapName('Kastuś  Kalinoŭski Battalion base', 70, widthOf)).toEqual([
			'Kastuś',
			'Kalinoŭski',
			'Battalion',
			'base'
		]);
	});

	it('gives no lines for a blank name', () => {
		expect(wrapName('  ', 120, widthOf)).toEqual([]);
	});
});
