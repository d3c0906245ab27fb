/** Earth and projection constants and conversions that every module computing on coordinates shares. */

/** Turf's mean Earth radius (6,371.0088 km), which every distance here uses. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Length of one degree of a great circle on that sphere, km. */
export const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

/** Radians in one degree: `degrees * RADIANS_PER_DEGREE` is radians. */
export const RADIANS_PER_DEGREE = Math.PI / 180;

/** The equator's length on Web Mercator's sphere (WGS 84 semi-major axis, 6,378,137 m), m. */
export const WEB_MERCATOR_EQUATOR_M = 2 * Math.PI * 6_378_137;

/** Web Mercator x of a longitude, 0..1 from 180° W to 180° E (MapLibre's custom-layer units). */
export function mercatorX(lon: number): number {
	return (lon + 180) / 360;
}

/** Web Mercator y of a latitude, 0 at 85.05° N to 1 at 85.05° S, clamped there. */
export function mercatorY(lat: number): number {
	const clamped = Math.max(-85.05, Math.min(85.05, lat));
	const sin = Math.sin(clamped * RADIANS_PER_DEGREE);
	return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}
