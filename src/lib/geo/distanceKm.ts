import { EARTH_RADIUS_KM, RADIANS_PER_DEGREE } from './earth';

/**
 * Great-circle distance in km (haversine, on Turf's sphere): Turf's `distance` without loading
 * Turf, for the extraction pipeline and the main thread.
 *
 * @example distanceKm({ lat: 53.9, lon: 27.5667 }, { lat: 50.4501, lon: 30.5234 }) // ≈ 433.5
 */
export function distanceKm(
	a: { lat: number; lon: number },
	b: { lat: number; lon: number }
): number {
	const r = RADIANS_PER_DEGREE;
	const h =
		Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
		Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
