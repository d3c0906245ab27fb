import { describe, expect, it } from 'vitest';
import { firstAtLeast } from './firstAtLeast';

describe('firstAtLeast', () => {
	it('finds the first number at least the value, among repeats, or the length', () => {
		const ascending = Int32Array.from([2, 4, 4, 4, 9]);
		expect([0, 2, 3, 4, 5, 9, 10].map((value) => firstAtLeast(ascending, value))).toEqual([
			0, 0, 1, 1, 4, 4, 5
		]);
		expect(firstAtLeast([], 1)).toBe(0);
	});
});
