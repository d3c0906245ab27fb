// The tolerances the "Turf-computed analytic layers" issue asks for, checked on the real border
// (geodata/build) against references computed independently of the function under test.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { along, area, distance, length, nearestPointOnLine } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { borderBands } from '../../src/lib/geo/borderBands';
import { borderLength } from '../../src/lib/geo/borderLength';
import { distanceToLine } from '../../src/lib/geo/distanceToLine';
import { EARTH_RADIUS_KM } from '../../src/lib/geo/earth';
import { greatCircleLine } from '../../src/lib/geo/greatCircleLine';
import { rangeRing } from '../../src/lib/geo/rangeRing';
import { placePresets } from '../../src/lib/analysis/presets';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const readBuild = <T>(name: string) =>
	JSON.parse(readFileSync(`${ROOT}geodata/build/${name}`, 'utf8')) as T;
const border = readBuild<FeatureCollection<LineString>>('border.geojson').features[0];
const simplified = readBuild<FeatureCollection<LineString>>('border-simplified.geojson')
	.features[0];
const zones =
	readBuild<FeatureCollection<Polygon | MultiPolygon, { max_km: number; area_km2: number }>>(
		'zones.geojson'
	);
const preset = (id: string) => placePresets.find((place) => place.id === id)!;

/** Share of `reference` by which `value` differs from it. */
const relativeError = (value: number, reference: number) => Math.abs(value - reference) / reference;

/**
 * The area of everything within `maxKm` of `line`, by summing spherical grid cells (0.05°)
 * whose centres lie within `maxKm` (Turf nearestPointOnLine): no buffer polygon involved.
 */
function corridorAreaByGrid(line: Feature<LineString>, maxKm: number): number {
	const cell = 0.05;
	const rad = Math.PI / 180;
	const lngs = line.geometry.coordinates.map((p) => p[0]);
	const lats = line.geometry.coordinates.map((p) => p[1]);
	const marginLat = maxKm / 111 + 0.1;
	const marginLng = maxKm / (111 * Math.cos(54 * rad)) + 0.1;
	let km2 = 0;
	for (let lat = Math.min(...lats) - marginLat; lat < Math.max(...lats) + marginLat; lat += cell) {
		const rowKm2 =
			EARTH_RADIUS_KM ** 2 * cell * rad * (Math.sin((lat + cell) * rad) - Math.sin(lat * rad));
		for (
			let lng = Math.min(...lngs) - marginLng;
			lng < Math.max(...lngs) + marginLng;
			lng += cell
		) {
			const centre = [lng + cell / 2, lat + cell / 2];
			if (
				nearestPointOnLine(line, centre, { units: 'kilometers' }).properties.pointDistance <= maxKm
			)
				km2 += rowKm2;
		}
	}
	return km2;
}

describe('analysis figures against independent references', () => {
	it('borderLength(border) is within 5% of the official 1,084 km', () => {
		const km = borderLength(border);
		expect(km).toBeCloseTo(1061.6, 0);
		expect(relativeError(km, 1084)).toBeLessThan(0.05);
	});

	it('distanceToLine(Kyiv, border) is within 10% of the nearest of 0.25 km samples of the same line', () => {
		const kyiv = preset('kyiv').position;
		const measured = distanceToLine(kyiv, border).properties.distance_km;
		const totalKm = length(border, { units: 'kilometers' });
		let reference = Infinity;
		for (let km = 0; km <= totalKm; km += 0.25) {
			const sample = along(border, km, { units: 'kilometers' });
			reference = Math.min(reference, distance(kyiv, sample, { units: 'kilometers' }));
		}
		expect(measured).toBeGreaterThan(80);
		expect(measured).toBeLessThan(110);
		expect(relativeError(measured, reference)).toBeLessThan(0.1);
		expect(measured).toBeLessThanOrEqual(reference + 1e-9);
	});

	it('the 0–100 km zone (borderBands and zones.geojson) is within 2% of a grid integration', () => {
		const reference = corridorAreaByGrid(simplified, 100);
		const bands = borderBands(simplified, [25, 50, 100]);
		const computed = bands.features.reduce((sum, band) => sum + band.properties.area_km2, 0);
		const prebuilt = zones.features.reduce((sum, zone) => sum + zone.properties.area_km2, 0);
		expect(relativeError(computed, reference)).toBeLessThan(0.02);
		expect(relativeError(prebuilt, reference)).toBeLessThan(0.02);
		expect(area(bands.features[2]) / 1e6).toBeCloseTo(bands.features[2].properties.area_km2, -1);
	}, 60_000);

	it('greatCircleLine lengths are within 0.5% of the haversine distance', () => {
		for (const [from, to] of [
			['athens', 'vilnius'],
			['minsk', 'kyiv'],
			['mozyr-refinery', 'vilnius']
		]) {
			const a = preset(from).position;
			const b = preset(to).position;
			const line = greatCircleLine(a, b);
			const haversine = distance(a, b, { units: 'kilometers' });
			expect(line.properties.distance_km).toBeCloseTo(haversine, 9);
			expect(relativeError(length(line, { units: 'kilometers' }), haversine)).toBeLessThan(0.005);
		}
	});

	it('rangeRing radii are within 0.5% at 50° N for 1, 80 and 2,500 km', () => {
		for (const radiusKm of [1, 80, 2500]) {
			const ring = rangeRing([30, 50], radiusKm);
			for (const vertex of ring.geometry.coordinates[0]) {
				const km = distance([30, 50], vertex, { units: 'kilometers' });
				expect(relativeError(km, radiusKm)).toBeLessThan(0.005);
			}
		}
	});
});
