import { bbox, nearestPointOnLine } from '@turf/turf';
import type { Feature, FeatureCollection, GeoJsonProperties, Point } from 'geojson';
import { KM_PER_DEGREE, RADIANS_PER_DEGREE } from './earth';
import { lineGeometry, type LineInput } from './lineGeometry';

/**
 * The points within `options.maxDistanceKm` of a line (for example the places and events in a
 * border zone), each a new Feature with its properties plus `distance_km`, the great-circle
 * distance to the nearest point of the line (Turf `nearestPointOnLine`). Input order is kept.
 * A bounding-box test skips points that cannot be near before the exact distance is computed.
 *
 * @param points a FeatureCollection of Points
 * @param line a LineString or MultiLineString, bare or as a Feature
 * @param options.maxDistanceKm the largest distance kept, km (more than 0)
 * @throws TypeError for a collection that is not of Points, RangeError for a bad distance
 * @example
 * pointsNearLine(cities, border, { maxDistanceKm: 50 }).features.map((f) => f.properties.name);
 */
export function pointsNearLine<P extends GeoJsonProperties>(
	points: FeatureCollection<Point, P>,
	line: LineInput,
	options: { maxDistanceKm: number }
): FeatureCollection<Point, P & { distance_km: number }> {
	const geometry = lineGeometry(line, 'pointsNearLine');
	const maxKm = options?.maxDistanceKm;
	if (!Number.isFinite(maxKm) || maxKm <= 0) {
		throw new RangeError(
			`pointsNearLine: options.maxDistanceKm must be more than 0 (got ${maxKm})`
		);
	}
	if (points?.type !== 'FeatureCollection' || !Array.isArray(points.features)) {
		throw new TypeError('pointsNearLine: points must be a FeatureCollection of Points');
	}
	const [west, south, east, north] = bbox(geometry);
	const marginLat = maxKm / KM_PER_DEGREE;
	const widestLat = Math.min(89, Math.max(Math.abs(south), Math.abs(north)) + marginLat);
	const marginLng = marginLat / Math.cos(widestLat * RADIANS_PER_DEGREE);

	const near: Feature<Point, P & { distance_km: number }>[] = [];
	for (const point of points.features) {
		if (point?.geometry?.type !== 'Point') {
			throw new TypeError('pointsNearLine: points must be a FeatureCollection of Points');
		}
		const [lng, lat] = point.geometry.coordinates;
		if (lng < west - marginLng || lng > east + marginLng) continue;
		if (lat < south - marginLat || lat > north + marginLat) continue;
		const distanceKm = nearestPointOnLine(geometry, [lng, lat], { units: 'kilometers' }).properties
			.pointDistance;
		if (distanceKm > maxKm) continue;
		near.push({
			type: 'Feature',
			properties: { ...point.properties, distance_km: distanceKm } as P & { distance_km: number },
			geometry: { type: 'Point', coordinates: [lng, lat] }
		});
	}
	return { type: 'FeatureCollection', features: near };
}
