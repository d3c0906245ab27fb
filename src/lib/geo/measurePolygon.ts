import { area, kinks, length } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import { assertPosition } from './lineGeometry';

/** Properties of the polygon returned by {@link measurePolygon}. */
export interface MeasuredPolygonProperties {
	/** Area on the sphere (Turf `area`), km². */
	area_km2: number;
	/** Length of the outline along great circles, km. */
	perimeter_km: number;
	method: string;
}

/**
 * A copy of a one-ring polygon with its geodesic area and perimeter (Turf `area` and `length`,
 * sphere R = 6,371.0088 km). The ring is closed if it is not already.
 *
 * @param polygon a Polygon with one ring of at least three distinct positions, bare or as a Feature
 * @throws TypeError for anything else, RangeError for an outline that crosses itself (its area
 *   would be meaningless)
 * @example
 * measurePolygon({ type: 'Polygon', coordinates: [[[30, 50], [31, 50], [31, 51], [30, 50]]] });
 */
export function measurePolygon(
	polygon: Polygon | Feature<Polygon>
): Feature<Polygon, MeasuredPolygonProperties> {
	const geometry =
		(polygon as Feature)?.type === 'Feature' ? (polygon as Feature).geometry : polygon;
	if ((geometry as Polygon | undefined)?.type !== 'Polygon') {
		throw new TypeError('measurePolygon: expected a Polygon or a Feature<Polygon>');
	}
	const rings = (geometry as Polygon).coordinates;
	if (!Array.isArray(rings) || rings.length !== 1) {
		throw new TypeError('measurePolygon: the polygon must have exactly one ring (no holes)');
	}
	const ring: Position[] = rings[0].map((position) => {
		const [lng, lat] = assertPosition(position, 'measurePolygon');
		return [lng, lat];
	});
	const first = ring[0];
	const last = ring[ring.length - 1];
	if (first && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
	const distinct = new Set(ring.map((position) => position.join(','))).size;
	if (distinct < 3)
		throw new TypeError('measurePolygon: an area needs at least three distinct points');
	const closed: Polygon = { type: 'Polygon', coordinates: [ring] };
	if (kinks(closed).features.length > 0) {
		throw new RangeError('measurePolygon: the outline crosses itself, so it has no single area');
	}
	return {
		type: 'Feature',
		properties: {
			area_km2: area(closed) / 1e6,
			perimeter_km: length(
				{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring } },
				{ units: 'kilometers' }
			),
			method: `spherical polygon area (Turf area) of ${ring.length - 1} points; perimeter along great circles`
		},
		geometry: closed
	};
}
