import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import { KM_PER_DEGREE } from './earth';
import { describe, expect, it } from 'vitest';
import { distanceToLine } from './distanceToLine';

/** Part of the equator, west to east. */
const equator: LineString = {
	type: 'LineString',
	coordinates: [
		[0, 0],
		[10, 0]
	]
};

describe('distanceToLine', () => {
	it('distanceToLine(point, line) connects a point 1° north of the equator to the equator below it', () => {
		const connector = distanceToLine([5, 1], equator);
		expect(connector.type).toBe('Feature');
		expect(connector.geometry.type).toBe('LineString');
		expect(connector.geometry.coordinates).toEqual([
			[5, 1],
			[5, 0]
		]);
		expect(connector.properties.distance_km).toBeCloseTo(KM_PER_DEGREE, 3);
		expect(connector.properties.along_km).toBeCloseTo(5 * KM_PER_DEGREE, 3);
		expect(connector.properties.line_index).toBe(0);
	});

	it('returns distance 0 for a point on the line', () => {
		const connector = distanceToLine([3, 0], equator);
		expect(connector.properties.distance_km).toBeCloseTo(0, 9);
	});

	it('snaps to the end of the line when the point lies beyond it', () => {
		const connector = distanceToLine([12, 0], equator);
		expect(connector.geometry.coordinates[1]).toEqual([10, 0]);
		expect(connector.properties.distance_km).toBeCloseTo(2 * KM_PER_DEGREE, 3);
	});

	it('accepts a Point or a Feature<Point> as well as a position', () => {
		const point: Point = { type: 'Point', coordinates: [5, 1] };
		const feature: Feature<Point> = { type: 'Feature', properties: {}, geometry: point };
		const expected = distanceToLine([5, 1], equator);
		expect(distanceToLine(point, equator)).toEqual(expected);
		expect(distanceToLine(feature, { type: 'Feature', properties: {}, geometry: equator })).toEqual(
			expected
		);
	});

	it('picks the nearer part of a MultiLineString and says which', () => {
		// Two meridian segments (great circles), 3° apart; the point is 0.5° from the second.
		const multi: MultiLineString = {
			type: 'MultiLineString',
			coordinates: [
				[
					[0, 0],
					[0, 10]
				],
				[
					[3, 0],
					[3, 10]
				]
			]
		};
		const connector = distanceToLine([2.5, 5], multi);
		const rad = Math.PI / 180;
		const expectedKm = 6371.0088 * Math.asin(Math.sin(0.5 * rad) * Math.cos(5 * rad));
		expect(connector.properties.line_index).toBe(1);
		expect(connector.properties.distance_km).toBeCloseTo(expectedKm, 2);
	});

	it('rounds coordinates to options.decimals but not the distance', () => {
		const connector = distanceToLine([5.123456789, 1], equator, { decimals: 2 });
		expect(connector.geometry.coordinates[0]).toEqual([5.12, 1]);
		expect(connector.properties.distance_km).toBeCloseTo(KM_PER_DEGREE, 3);
		expect(() => distanceToLine([5, 1], equator, { decimals: 1.5 })).toThrow(/decimals/);
	});

	it('does not modify its inputs', () => {
		const point: Feature<Point> = {
			type: 'Feature',
			properties: { name: 'x' },
			geometry: { type: 'Point', coordinates: [5, 1] }
		};
		const line = structuredClone(equator);
		distanceToLine(point, line);
		expect(point).toEqual({
			type: 'Feature',
			properties: { name: 'x' },
			geometry: { type: 'Point', coordinates: [5, 1] }
		});
		expect(line).toEqual(equator);
	});

	it.each([
		['a point in [lat, lng] order', [1, 200], equator, /outside .*swapped/],
		['a Polygon as the point', { type: 'Polygon', coordinates: [] }, equator, /point must be/],
		['a Point as the line', [5, 1], { type: 'Point', coordinates: [0, 0] }, /LineString/]
	])('throws a clear message for %s', (_label, point, line, message) => {
		expect(() => distanceToLine(point as Point, line as LineString)).toThrow(message);
	});
});
