import { describe, expect, it } from 'vitest';
import { findCounties } from './findCounties';

const PLACES = new Set(['cork', 'black hawk', 'plymouth', 'orange', 'st lucie']);
const counties = (text: string) =>
	findCounties(text, [], (key) => PLACES.has(key)).map((c) => [c.text, c.baseKey]);

describe('findCounties', () => {
	it('reads a county named before or after its head word, without a leading article', () => {
		expect(counties('Fires in Black Hawk County and in County Cork.')).toEqual([
			['Black Hawk County', 'black hawk'],
			['County Cork', 'cork']
		]);
		expect(counties('The PLYMOUTH CO. sheriff and the Orange County jail.')).toEqual([
			['PLYMOUTH CO.', 'plymouth'],
			['Orange County', 'orange']
		]);
	});

	it('reads a county before an office named after it, and no office as a county', () => {
		expect(counties('The Plymouth County Sheriff said so.')).toEqual([
			['Plymouth County', 'plymouth']
		]);
		expect(counties('The County Sheriff said so.')).toEqual([]);
	});

	it('leaves out words of the sentence before and words the name does not need', () => {
		expect(
			counties('It was in Missouri. Plymouth County is next to Republican Orange County.')
		).toEqual([
			['Plymouth County', 'plymouth'],
			['Orange County', 'orange']
		]);
		expect(counties('St. Lucie County')).toEqual([['St. Lucie County', 'st lucie']]);
	});

	it('does not end a county at a head word followed by "of"', () => {
		expect(counties('Kent County of old.')).toEqual([]);
	});
});
