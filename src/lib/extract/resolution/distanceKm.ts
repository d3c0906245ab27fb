/** Great-circle distance in km (haversine, on a sphere of mean radius 6371 km). */
export function distanceKm(
	a: { lat: number; lon: number },
	b: { lat: number; lon: number }
): number {
	const r = Math.PI / 180;
	const h =
		Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
		Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
	return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}
