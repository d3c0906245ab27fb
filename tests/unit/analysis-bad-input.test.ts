// Bad input to the analysis functions: each gives a clear message (or, for rings around a pole
// or across the antimeridian, a correct result), never a hang.
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { compareWithMinimumClaim, formatKm, formatKm2 } from '../../src/lib/analysis/format';
import { borderBands } from '../../src/lib/geo/borderBands';
import { greatCircleLine } from '../../src/lib/geo/greatCircleLine';
import { measurePolygon } from '../../src/lib/geo/measurePolygon';
import { pointsNearLine } from '../../src/lib/geo/pointsNearLine';
import { rangeRing } from '../../src/lib/geo/rangeRing';

const line: LineString = {
	type: 'LineString',
	coordinates: [
		[30, 50],
		[31, 51]
	]
};
const polygon = (coordinates: number[][]): Polygon => ({
	type: 'Polygon',
	coordinates: [coordinates]
});

describe('bad input to the analysis functions', () => {
	it.each([
		['a zero radius', () => rangeRing([30, 50], 0), /more than 0 km/],
		['a negative radius', () => rangeRing([30, 50], -5), /more than 0 km/],
		['a NaN radius', () => rangeRing([30, 50], NaN), /more than 0 km/],
		['a 20,000 km radius', () => rangeRing([30, 50], 20_000), /10,000 km/],
		['a ring centre in [lat, lng] order', () => rangeRing([50, 100], 10), /swapped/],
		['a route to the same place', () => greatCircleLine([30, 50], [30, 50]), /same place/],
		['a route to the antipode', () => greatCircleLine([30, 50], [-150, -50]), /antipodal/],
		['no band distances', () => borderBands(line, []), /at least one/],
		['unsorted band distances', () => borderBands(line, [50, 25]), /increase/],
		['a zero band distance', () => borderBands(line, [0, 25]), /more than 0 km/],
		['a 400 km band', () => borderBands(line, [400]), /300 km/],
		[
			'a self-crossing area',
			() =>
				measurePolygon(
					polygon([
						[30, 50],
						[31, 51],
						[31, 50],
						[30, 51]
					])
				),
			/crosses itself/
		],
		[
			'an area of two points',
			() =>
				measurePolygon(
					polygon([
						[30, 50],
						[31, 51]
					])
				),
			/three distinct points/
		],
		[
			'a negative search distance',
			() =>
				pointsNearLine({ type: 'FeatureCollection', features: [] }, line, { maxDistanceKm: -1 }),
			/more than 0/
		]
	])('%s gives a clear message', (_label, call, message) => {
		expect(call).toThrow(message);
	});

	it('a ring around the north pole is closed along the pole and keeps its radius', () => {
		const ring = rangeRing([0, 89], 500, { steps: 64 });
		const latitudes = ring.geometry.coordinates[0].map((position) => position[1]);
		expect(ring.properties.encloses_pole).toBe('north');
		expect(Math.max(...latitudes)).toBe(90);
	});

	it('a ring across the antimeridian has continuous longitudes', () => {
		const ring = rangeRing([179.9, 65], 300, { steps: 64 });
		const longitudes = ring.geometry.coordinates[0].map((position) => position[0]);
		for (let i = 1; i < longitudes.length; i++) {
			expect(Math.abs(longitudes[i] - longitudes[i - 1])).toBeLessThan(10);
		}
		expect(ring.properties.encloses_pole).toBeNull();
	});
});

describe('figures in words', () => {
	it('formatKm gives one decimal under 10 km and whole kilometres above', () => {
		expect(formatKm(4.26)).toBe('4.3 km');
		expect(formatKm(1061.6)).toBe('1,062 km');
		expect(formatKm2(87_340.4)).toBe('87,340 km²');
	});

	it('compareWithMinimumClaim says whether an "over N km" claim holds', () => {
		expect(compareWithMinimumClaim(1061.6, 1000)).toBe('consistent, 6% more');
		expect(compareWithMinimumClaim(970, 1000)).toBe('3% short of it');
	});
});
