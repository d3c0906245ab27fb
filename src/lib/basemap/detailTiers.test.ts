import { describe, expect, it } from 'vitest';
import { detailTiers, tierToLoad } from './detailTiers';

describe('tierToLoad(loaded, zoom)', () => {
	it.each([
		[undefined, 2, 0],
		[undefined, 4.04, 0],
		[undefined, 5, 1],
		[undefined, 8, 2],
		[0, 4.99, undefined],
		[0, 6.5, 1],
		[0, 7.5, 2],
		[1, 7, 2],
		[2, 3, undefined],
		[1, 4, undefined]
	])('with tier %s loaded, at zoom %s loads tier %s', (loaded, zoom, expected) => {
		expect(tierToLoad(loaded, zoom)).toBe(expected);
	});

	it('lists the tiers lowest first, the first from zoom 0, each with its own files', () => {
		expect(detailTiers.map((tier) => tier.minZoom)).toEqual([0, 5, 7]);
		const files = detailTiers.flatMap((tier) => Object.values(tier.files));
		expect(new Set(files).size).toBe(files.length);
	});
});
