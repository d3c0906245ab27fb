import { destination } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import { KM_PER_DEGREE } from './earth';
import { coordinateRounder, positionOf, unwrapLongitudes, type PointInput } from './position';

/**
 * The largest radius accepted, km. Beyond a quarter of the Earth's circumference (≈ 10,008 km)
 * a "ring" encloses more than a hemisphere and reads as its own complement on a flat map.
 */
export const MAX_RING_RADIUS_KM = 10_000;

/** Properties of the ring returned by {@link rangeRing}. */
export interface RangeRingProperties {
	radius_km: number;
	/** The centre, [lng, lat], rounded like the ring. */
	center: Position;
	/** Which pole the ring encloses, if any: its outline is then closed along the pole. */
	encloses_pole: 'north' | 'south' | null;
	method: string;
}

/**
 * A geodesic range ring: the polygon of all points within `radiusKm` of `center`, its outline
 * made of `steps` points each exactly `radiusKm` away along a great circle (Turf `destination`,
 * sphere of radius 6,371.0088 km). Longitudes are kept continuous, so a ring across the
 * antimeridian has longitudes beyond ±180 and draws as one piece; a ring around a pole is closed
 * along that pole. Coordinates are rounded to `options.decimals` (default 5, ≈ 1 m).
 *
 * @param center a [lng, lat] position, a Point or a Feature<Point>
 * @param radiusKm ring radius, km: more than 0 and at most {@link MAX_RING_RADIUS_KM}
 * @param options.steps points on the outline (default 128, at least 8)
 * @param options.decimals coordinate decimals (default 5)
 * @throws RangeError for a zero, negative, non-finite or too large radius
 * @example
 * rangeRing([30.5234, 50.4501], 80).properties.radius_km; // 80: every outline point 80 km from Kyiv
 */
export function rangeRing(
	center: PointInput,
	radiusKm: number,
	options: { steps?: number; decimals?: number } = {}
): Feature<Polygon, RangeRingProperties> {
	const origin = positionOf(center, 'rangeRing', 'center');
	if (!Number.isFinite(radiusKm) || radiusKm <= 0) {
		throw new RangeError(`rangeRing: the radius must be more than 0 km (got ${radiusKm})`);
	}
	if (radiusKm > MAX_RING_RADIUS_KM) {
		throw new RangeError(
			`rangeRing: a radius of ${radiusKm} km is more than ${MAX_RING_RADIUS_KM.toLocaleString('en-GB')} km, ` +
				'a quarter of the way round the Earth; such a ring cannot be read on the map'
		);
	}
	const steps = options.steps ?? 128;
	if (!Number.isInteger(steps) || steps < 8) {
		throw new RangeError('rangeRing: options.steps must be an integer of at least 8');
	}
	const round = coordinateRounder(options.decimals ?? 5, 'rangeRing');

	// Clockwise from north, as compass bearings run.
	const outline: Position[] = [];
	for (let i = 0; i < steps; i++) {
		const bearing = (360 * i) / steps;
		outline.push(
			destination(origin, radiusKm, bearing, { units: 'kilometers' }).geometry.coordinates
		);
	}
	const unwrapped = unwrapLongitudes([...outline, outline[0]]);
	const encloses = enclosedPole(origin, radiusKm);
	let ring: Position[];
	if (encloses) {
		// Round a pole the unwrapped outline ends 360° from where it began: close it along the pole.
		const poleLat = encloses === 'north' ? 90 : -90;
		const last = unwrapped[unwrapped.length - 1];
		ring = [...unwrapped, [last[0], poleLat], [unwrapped[0][0], poleLat], unwrapped[0]];
	} else {
		ring = unwrapped;
	}
	// RFC 7946 wants exterior rings counter-clockwise; bearings ran clockwise.
	const coordinates = ring.map(([lng, lat]) => [round(lng), round(lat)]).reverse();
	return {
		type: 'Feature',
		properties: {
			radius_km: radiusKm,
			center: [round(origin[0]), round(origin[1])],
			encloses_pole: encloses,
			method: `geodesic circle: ${steps} points at ${radiusKm} km along great circles (Turf destination, sphere R = 6,371.0088 km)`
		},
		geometry: { type: 'Polygon', coordinates: [coordinates] }
	};
}

function enclosedPole(center: Position, radiusKm: number): 'north' | 'south' | null {
	if ((90 - center[1]) * KM_PER_DEGREE < radiusKm) return 'north';
	if ((90 + center[1]) * KM_PER_DEGREE < radiusKm) return 'south';
	return null;
}
