import type { Feature, LineString, MultiLineString } from 'geojson';
import { KM_PER_DEGREE } from './earth';
import { describe, expect, it } from 'vitest';
import { borderLength } from './borderLength';

/** One degree of a great circle on Turf's sphere (radius 6,371.0088 km). */

const meridian: LineString = {
	type: 'LineString',
	coordinates: [
		[30, 50],
		[30, 51]
	]
};

describe('borderLength', () => {
	it('borderLength(line) measures one degree of a meridian as 111.195 km', () => {
		expect(borderLength(meridian)).toBeCloseTo(KM_PER_DEGREE, 6);
	});

	it('borderLength(feature) equals borderLength(geometry)', () => {
		const feature: Feature<LineString> = { type: 'Feature', properties: {}, geometry: meridian };
		expect(borderLength(feature)).toBe(borderLength(meridian));
	});

	it('borderLength(multiLine) sums the parts and ignores the gap between them', () => {
		const multi: MultiLineString = {
			type: 'MultiLineString',
			coordinates: [
				[
					[30, 50],
					[30, 51]
				],
				[
					[31, 51],
					[31, 53]
				]
			]
		};
		expect(borderLength(multi)).toBeCloseTo(3 * KM_PER_DEGREE, 6);
	});

	it('borderLength(line, { decimals }) rounds the result', () => {
		expect(borderLength(meridian, { decimals: 1 })).toBe(111.2);
		expect(() => borderLength(meridian, { decimals: -1 })).toThrow(/decimals/);
	});

	it('does not modify its input', () => {
		const input: Feature<LineString> = { type: 'Feature', properties: {}, geometry: meridian };
		const before = structuredClone(input);
		borderLength(input, { decimals: 2 });
		expect(input).toEqual(before);
	});

	it.each([
		['a Polygon', { type: 'Polygon', coordinates: [] }, /LineString or MultiLineString/],
		['null', null, /LineString or MultiLineString/],
		['a one-position line', { type: 'LineString', coordinates: [[30, 50]] }, /two positions/],
		[
			'a line in [lat, lng] order',
			{
				type: 'LineString',
				coordinates: [
					[50, 100],
					[51, 100]
				]
			},
			/outside .*swapped/
		],
		[
			'a line with NaN',
			{
				type: 'LineString',
				coordinates: [
					[30, NaN],
					[31, 50]
				]
			},
			/finite/
		]
	])('throws a clear message for %s', (_label, input, message) => {
		expect(() => borderLength(input as unknown as LineString)).toThrow(message);
	});
});
