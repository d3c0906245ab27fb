import { describe, expect, it } from 'vitest';
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
			(12742 * Math.PI) / 2,
			6
		);
	});
});
