import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from './earth';
import { distanceKm } from './distanceKm';

describe('distanceKm', () => {
	it('is the great-circle distance: Minsk to Kyiv is about 433 km', () => {
		expect(distanceKm({ lat: 53.9, lon: 27.567 }, { lat: 50.45, lon: 30.523 })).toBeCloseTo(
			433,
			-1
		);
	});

	it('is zero between a point and itself, and half the circumference between antipodes', () => {
		expect(distanceKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 })).toBe(0);
		expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(
			EARTH_RADIUS_KM * Math.PI,
			6
		);
	});

	it('gives the distance Turf gives, in km', () => {
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
			const km = distanceKm({ lon: from[0], lat: from[1] }, { lon: to[0], lat: to[1] });
			expect(km).toBeCloseTo(distance(from, to, { units: 'kilometers' }), 6);
		}
	});
});
