import { describe, expect, it } from 'vitest';
import type { LineItem, RingItem } from './layerTypes';
import { namedAnalysis, placeNameAt, type KnownPlace } from './namedAnalysis';

const places: KnownPlace[] = [
	{ name: 'Minsk', position: [27.5667, 53.9] },
	{ name: 'Kyiv', position: [30.5234, 50.4501] },
	{ name: 'Machulishchy airbase', position: [27.5797, 53.7747] }
];

function ring(center: [number, number], radiusKm: number, centreLabel?: string): RingItem {
	return {
		id: 'ring-1',
		feature: {
			type: 'Feature',
			geometry: { type: 'Polygon', coordinates: [] },
			properties: {
				radius_km: radiusKm,
				center,
				encloses_pole: null,
				method: 'test',
				label: `${radiusKm} km from ${centreLabel ?? 'somewhere'}`,
				source: 'test',
				centre_label: centreLabel
			}
		}
	};
}

function distance(
	from: [number, number],
	to: [number, number],
	label: string,
	km: number
): LineItem {
	return {
		id: 'distance-1',
		feature: {
			type: 'Feature',
			geometry: { type: 'LineString', coordinates: [from, to] },
			properties: { distance_km: km, label, method: 'test' }
		}
	};
}

const noMeasure = { points: [], measurement: null, mode: null };

describe('placeNameAt', () => {
	it('names a position by the nearest known place within the radius', () => {
		expect(placeNameAt([27.58, 53.775], places)).toBe('Machulishchy airbase');
		expect(placeNameAt([27.57, 53.89], places)).toBe('Minsk');
	});

	it('gives no name to a position far from every known place', () => {
		expect(placeNameAt([28.5, 52.5], places)).toBe(null);
		expect(placeNameAt([27.58, 53.9], places, { withinKm: 0.1 })).toBe(null);
	});
});

describe('namedAnalysis', () => {
	it('names a ring clicked on the map by the place at its centre, not its coordinates', () => {
		const clicked = ring([27.58, 53.775], 100, '53.78° N 27.58° E');
		expect(namedAnalysis({ rings: [clicked], distances: [], measure: noMeasure, places })).toEqual([
			'100 km ring around Machulishchy airbase'
		]);
	});

	it('keeps the name the range-ring dialog gave its centre', () => {
		const picked = ring([27.5667, 53.9], 300, 'Minsk city centre');
		expect(namedAnalysis({ rings: [picked], distances: [], measure: noMeasure, places })).toEqual([
			'300 km ring around Minsk city centre'
		]);
	});

	it('falls back to coordinates when nothing known lies at the centre', () => {
		const nowhere = ring([28.5, 52.5], 50);
		expect(namedAnalysis({ rings: [nowhere], distances: [], measure: noMeasure, places })).toEqual([
			'50 km ring around 52.50, 28.50'
		]);
	});

	it('names distances by their ends, and the measurement by the places it starts and ends at', () => {
		const minskKyiv = distance([27.5667, 53.9], [30.5234, 50.4501], 'Minsk → Kyiv', 433.4);
		const clickedEnds = distance(
			[27.58, 53.775],
			[30.52, 50.45],
			'53.78° N 27.58° E → 50.45° N 30.52° E',
			377.2
		);
		const measure = {
			mode: 'path' as const,
			points: [
				[27.567, 53.9],
				[28.0, 53.0],
				[30.52, 50.45]
			] as [number, number][],
			measurement: {
				text: '470 km',
				method: 'test',
				feature: {
					type: 'Feature' as const,
					geometry: { type: 'LineString' as const, coordinates: [] },
					properties: {}
				}
			}
		};
		expect(
			namedAnalysis({ rings: [], distances: [minskKyiv, clickedEnds], measure, places })
		).toEqual([
			'Minsk – Kyiv 433 km',
			'Machulishchy airbase – Kyiv 377 km',
			'Minsk – Kyiv 470 km (measured)'
		]);
	});
});
