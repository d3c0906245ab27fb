import { describe, expect, it } from 'vitest';
import { counted } from './counted';

describe('counted', () => {
	it('puts the noun in the plural but after one', () => {
		expect([0, 1, 2].map((n) => counted(n, 'review edit'))).toEqual([
			'0 review edits',
			'1 review edit',
			'2 review edits'
		]);
	});
});
