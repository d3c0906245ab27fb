import { describe, expect, it } from 'vitest';
import { findCounties } from './findCounties';

const counties = (text: string) => findCounties(text, []).map((c) => [c.text, c.baseKey]);

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

	it('does not end a county at a head word followed by "of"', () => {
		expect(counties('Kent County of old.')).toEqual([]);
	});
});
