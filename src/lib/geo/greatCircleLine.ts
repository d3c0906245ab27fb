import { distance } from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';
import { RADIANS_PER_DEGREE as radians } from './earth';
import { coordinateRounder, positionOf, unwrapLongitudes, type PointInput } from './position';

/** Properties of the line returned by {@link greatCircleLine}. */
export interface GreatCircleLineProperties {
	/** Great-circle (haversine) distance between the ends, km. */
	distance_km: number;
	method: string;
}

/**
 * The great-circle line (shortest path on the sphere) between two points, as a LineString of
 * `options.npoints` positions interpolated along it, with its length in `distance_km` (Turf
 * `distance`, haversine, R = 6,371.0088 km). Longitudes are kept continuous, so a route across
 * the antimeridian draws as one piece. Coordinates are rounded to `options.decimals` (default 4).
 *
 * @param from a [lng, lat] position, a Point or a Feature<Point>
 * @param to the same
 * @param options.npoints positions on the line, ends included (default 64, at least 2)
 * @param options.decimals coordinate decimals (default 4)
 * @throws RangeError when the ends coincide or are antipodal (no single great circle)
 * @example
 * greatCircleLine([27.5667, 53.9], [30.5234, 50.4501]).properties.distance_km; // ≈ 433 (Minsk–Kyiv)
 */
export function greatCircleLine(
	from: PointInput,
	to: PointInput,
	options: { npoints?: number; decimals?: number } = {}
): Feature<LineString, GreatCircleLineProperties> {
	const a = positionOf(from, 'greatCircleLine', 'from');
	const b = positionOf(to, 'greatCircleLine', 'to');
	const npoints = options.npoints ?? 64;
	if (!Number.isInteger(npoints) || npoints < 2) {
		throw new RangeError('greatCircleLine: options.npoints must be an integer of at least 2');
	}
	const round = coordinateRounder(options.decimals ?? 4, 'greatCircleLine');
	const distanceKm = distance(a, b, { units: 'kilometers' });
	const angle = distance(a, b, { units: 'radians' });
	if (angle < 1e-9) throw new RangeError('greatCircleLine: from and to are the same place');
	if (Math.PI - angle < 1e-6) {
		throw new RangeError(
			'greatCircleLine: from and to are antipodal, so no single great circle joins them'
		);
	}
	const positions: Position[] = [];
	for (let i = 0; i < npoints; i++) {
		positions.push(
			i === 0 ? a : i === npoints - 1 ? b : interpolate(a, b, angle, i / (npoints - 1))
		);
	}
	return {
		type: 'Feature',
		properties: {
			distance_km: distanceKm,
			method: 'great circle (haversine distance, Turf distance, sphere R = 6,371.0088 km)'
		},
		geometry: {
			type: 'LineString',
			coordinates: unwrapLongitudes(positions).map(([lng, lat]) => [round(lng), round(lat)])
		}
	};
}

/** The point a fraction `t` of the way from a to b along their great circle (slerp). */
function interpolate(a: Position, b: Position, angle: number, t: number): Position {
	const [lng1, lat1] = [a[0] * radians, a[1] * radians];
	const [lng2, lat2] = [b[0] * radians, b[1] * radians];
	const wa = Math.sin((1 - t) * angle) / Math.sin(angle);
	const wb = Math.sin(t * angle) / Math.sin(angle);
	const x = wa * Math.cos(lat1) * Math.cos(lng1) + wb * Math.cos(lat2) * Math.cos(lng2);
	const y = wa * Math.cos(lat1) * Math.sin(lng1) + wb * Math.cos(lat2) * Math.sin(lng2);
	const z = wa * Math.sin(lat1) + wb * Math.sin(lat2);
	return [Math.atan2(y, x) / radians, Math.atan2(z, Math.hypot(x, y)) / radians];
}
