import { area, buffer, difference, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { lineGeometry, type LineInput } from './lineGeometry';
import { coordinateRounder } from './position';

/** Properties of each band returned by {@link borderBands}. */
export interface BorderBandProperties {
	id: string;
	min_km: number;
	max_km: number;
	/** Area of the band (Turf `area`, spherical), km², rounded to whole km². */
	area_km2: number;
	method: string;
}

/** Widest band accepted, km: buffers beyond this take many seconds and leave the region. */
export const MAX_BAND_KM = 300;

/**
 * Bands at increasing distances from a line on both sides: for distances [25, 50, 100] the
 * bands 0–25, 25–50 and 50–100 km. Each band is the Turf `buffer` outline at its outer
 * distance minus the one at its inner distance (`difference`), with its area (`area`).
 * Buffering is slow (about a second per distance for a 200-vertex line): call this in a worker,
 * with a simplified line. Coordinates are rounded to `options.decimals` (default 4).
 *
 * @param line the line to buffer (LineString or MultiLineString, bare or as a Feature)
 * @param distancesKm outer distances of the bands, km, ascending, each in 0..{@link MAX_BAND_KM}
 * @param options.steps buffer segments per quarter circle (default 16)
 * @param options.decimals coordinate decimals (default 4, ≈ 10 m)
 * @throws RangeError for an empty, unsorted, non-positive or too wide list of distances
 * @example
 * borderBands(simplifiedBorder, [25, 50, 100]).features.map((band) => band.properties.area_km2);
 */
export function borderBands(
	line: LineInput,
	distancesKm: number[],
	options: { steps?: number; decimals?: number } = {}
): FeatureCollection<Polygon | MultiPolygon, BorderBandProperties> {
	const geometry = lineGeometry(line, 'borderBands');
	checkDistances(distancesKm);
	const steps = options.steps ?? 16;
	const round = coordinateRounder(options.decimals ?? 4, 'borderBands');
	const source: Feature = { type: 'Feature', properties: {}, geometry };
	const outlineAt = (km: number) => {
		const outline = buffer(source, km, { units: 'kilometers', steps });
		if (!outline) throw new Error(`borderBands: the buffer at ${km} km came out empty`);
		return outline as Feature<Polygon | MultiPolygon>;
	};

	const features: Feature<Polygon | MultiPolygon, BorderBandProperties>[] = [];
	let inner: Feature<Polygon | MultiPolygon> | null = null;
	let innerKm = 0;
	for (const outerKm of distancesKm) {
		const outer = outlineAt(outerKm);
		const band = inner ? difference(featureCollection([outer, inner])) : outer;
		if (!band) throw new Error(`borderBands: the band ${innerKm}–${outerKm} km came out empty`);
		const bandGeometry = roundPolygons(band.geometry, round);
		features.push({
			type: 'Feature',
			properties: {
				id: `border-${innerKm}-${outerKm}km`,
				min_km: innerKm,
				max_km: outerKm,
				area_km2: Math.round(area(bandGeometry) / 1e6),
				method:
					`Turf buffer (${steps} steps per quarter circle) of the border line at ${outerKm} km` +
					(innerKm ? ` minus the buffer at ${innerKm} km (Turf difference)` : '') +
					'; both sides of the border; area by Turf area (spherical)'
			},
			geometry: bandGeometry
		});
		inner = outer;
		innerKm = outerKm;
	}
	return { type: 'FeatureCollection', features };
}

function checkDistances(distancesKm: number[]): void {
	if (!Array.isArray(distancesKm) || distancesKm.length === 0) {
		throw new RangeError('borderBands: give at least one band distance in km');
	}
	distancesKm.forEach((km, i) => {
		if (!Number.isFinite(km) || km <= 0) {
			throw new RangeError(`borderBands: band distances must be more than 0 km (got ${km})`);
		}
		if (km > MAX_BAND_KM) {
			throw new RangeError(
				`borderBands: band distances are limited to ${MAX_BAND_KM} km (got ${km})`
			);
		}
		if (i > 0 && km <= distancesKm[i - 1]) {
			throw new RangeError('borderBands: band distances must increase (for example 25, 50, 100)');
		}
	});
}

/** Rounds coordinates, drops repeated positions and rings left with fewer than 4 positions. */
function roundPolygons(
	geometry: Polygon | MultiPolygon,
	round: (x: number) => number
): Polygon | MultiPolygon {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const cleaned = polygons
		.map((rings) =>
			rings
				.map((ring) => dedupe(ring.map(([lng, lat]) => [round(lng), round(lat)])))
				.filter((ring) => ring.length >= 4)
		)
		.filter((rings) => rings.length > 0);
	return cleaned.length === 1
		? { type: 'Polygon', coordinates: cleaned[0] }
		: { type: 'MultiPolygon', coordinates: cleaned };
}

function dedupe(ring: Position[]): Position[] {
	return ring.filter(
		(position, i) => i === 0 || position[0] !== ring[i - 1][0] || position[1] !== ring[i - 1][1]
	);
}
