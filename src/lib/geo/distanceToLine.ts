import { nearestPointOnLine } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { lineGeometry, type LineInput } from './lineGeometry';
import { coordinateRounder, positionOf, type PointInput } from './position';

/** Properties of the connector returned by {@link distanceToLine}. */
export interface DistanceToLineProperties {
	/** Great-circle distance from the point to the nearest point on the line, km. */
	distance_km: number;
	/** Distance along the line from its first position to the nearest point, km. */
	along_km: number;
	/** Which part of a MultiLineString holds the nearest point (0 for a LineString). */
	line_index: number;
}

/**
 * The shortest connector from a point to a line (for example a border): a two-position
 * LineString from the point to the nearest point on the line, with its length in
 * `distance_km`. Coordinates are rounded to `options.decimals` (default 5, ≈ 1 m) so results
 * are stable; distances are computed before rounding. The inputs are not modified.
 *
 * @param point a [lng, lat] position, a Point, or a Feature of one
 * @param line a LineString or MultiLineString, bare or as a Feature
 * @param options.decimals coordinate decimals of the result (default 5)
 * @throws TypeError or RangeError for invalid points or lines
 * @example
 * // Chornobyl town to the Belarus–Ukraine border (geodata/build/border.geojson): ≈ 12.2 km
 * distanceToLine([30.22, 51.27], border).properties.distance_km;
 */
export function distanceToLine(
	point: PointInput,
	line: LineInput,
	options: { decimals?: number } = {}
): Feature<LineString, DistanceToLineProperties> {
	const from = positionOf(point, 'distanceToLine');
	const geometry = lineGeometry(line, 'distanceToLine');
	const round = coordinateRounder(options.decimals ?? 5, 'distanceToLine');
	const nearest = nearestPointOnLine(geometry, [from[0], from[1]], { units: 'kilometers' });
	const to = nearest.geometry.coordinates;
	return {
		type: 'Feature',
		properties: {
			distance_km: nearest.properties.pointDistance,
			along_km: nearest.properties.totalDistance,
			line_index: nearest.properties.lineStringIndex
		},
		geometry: {
			type: 'LineString',
			coordinates: [
				[round(from[0]), round(from[1])],
				[round(to[0]), round(to[1])]
			]
		}
	};
}
