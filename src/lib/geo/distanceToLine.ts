import { nearestPointOnLine } from '@turf/turf';
import type { Feature, LineString, Point, Position } from 'geojson';
import { assertPosition, lineGeometry, type LineInput } from './lineGeometry';

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
	point: Position | Point | Feature<Point>,
	line: LineInput,
	options: { decimals?: number } = {}
): Feature<LineString, DistanceToLineProperties> {
	const from = positionOf(point);
	const geometry = lineGeometry(line, 'distanceToLine');
	const decimals = options.decimals ?? 5;
	if (!Number.isInteger(decimals) || decimals < 0) {
		throw new RangeError('distanceToLine: options.decimals must be a non-negative integer');
	}
	const nearest = nearestPointOnLine(geometry, [from[0], from[1]], { units: 'kilometers' });
	const round = (x: number) => {
		const factor = 10 ** decimals;
		const r = Math.round(x * factor) / factor;
		return r === 0 ? 0 : r;
	};
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

function positionOf(point: Position | Point | Feature<Point>): Position {
	if (Array.isArray(point)) return assertPosition(point, 'distanceToLine', 'point');
	const geometry =
		(point as Feature<Point>)?.type === 'Feature' ? (point as Feature).geometry : point;
	if ((geometry as Point | undefined)?.type !== 'Point') {
		throw new TypeError(
			'distanceToLine: point must be a [lng, lat] position, a Point or a Feature<Point>'
		);
	}
	return assertPosition((geometry as Point).coordinates, 'distanceToLine', 'point');
}
