import { length } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { lineGeometry } from './lineGeometry';

/** Properties of the path returned by {@link measureLine}. */
export interface MeasuredLineProperties {
	/** Length along great circles between the positions, km. */
	length_km: number;
	method: string;
}

/**
 * A copy of a path with its geodesic length: the sum of the great-circle (haversine) distances
 * between consecutive positions (Turf `length`, R = 6,371.0088 km).
 *
 * @param line a LineString with at least two positions, bare or as a Feature
 * @throws TypeError for anything else
 * @example
 * measureLine({ type: 'LineString', coordinates: [[30, 50], [30, 51]] }).properties.length_km; // 111.195
 */
export function measureLine(
	line: LineString | Feature<LineString>
): Feature<LineString, MeasuredLineProperties> {
	const geometry = lineGeometry(line, 'measureLine');
	if (geometry.type !== 'LineString') {
		throw new TypeError('measureLine: expected a LineString, got a MultiLineString');
	}
	const coordinates = geometry.coordinates.map((position) => [position[0], position[1]]);
	return {
		type: 'Feature',
		properties: {
			length_km: length(
				{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } },
				{ units: 'kilometers' }
			),
			method: `sum of ${coordinates.length - 1} great-circle segments (Turf length, haversine)`
		},
		geometry: { type: 'LineString', coordinates }
	};
}
