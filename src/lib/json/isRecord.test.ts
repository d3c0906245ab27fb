import { describe, expect, it } from 'vitest';
import { isRecord } from './isRecord';

describe('isRecord', () => {
	it('accepts a JSON object and refuses null, arrays and primitives', () => {
		expect(isRecord(JSON.parse('{"a":1}'))).toBe(true);
		expect(isRecord({})).toBe(true);
		for (const value of [null, [], [1], 'text', 3, true, undefined]) {
			expect(isRecord(value)).toBe(false);
		}
	});
});
