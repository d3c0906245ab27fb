import { EARTH_RADIUS_KM, RADIANS_PER_DEGREE } from './earth';

/**
 * The great-circle distance between two [lng, lat] positions on Turf's sphere, km: Turf's
 * `distance` without loading Turf, for the main thread.
 *
 * @example haversineKm([27.5667, 53.9], [30.5234, 50.4501]) // ≈ 433.5
 */
export function haversineKm(from: readonly number[], to: readonly number[]): number {
	const [lon1, lat1] = from.map((degrees) => degrees * RADIANS_PER_DEGREE);
	const [lon2, lat2] = to.map((degrees) => degrees * RADIANS_PER_DEGREE);
	const a =
		Math.sin((lat2 - lat1) / 2) ** 2 +
		Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
