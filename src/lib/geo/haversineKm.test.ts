import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { haversineKm } from './haversineKm';

describe('haversineKm', () => {
	it('haversineKm(a, b) gives the great-circle distance Turf gives, in km', () => {
		const pairs = [
			[
				[27.5667, 53.9],
				[30.5234, 50.4501]
			],
			[
				[179.5, 10],
				[-179.5, -10]
			],
			[
				[0, 89.9],
				[180, 89.9]
			]
		];
		for (const [from, to] of pairs) {
			expect(haversineKm(from, to)).toBeCloseTo(distance(from, to, { units: 'kilometers' }), 6);
		}
		expect(haversineKm([27.5667, 53.9], [27.5667, 53.9])).toBe(0);
	});
});
