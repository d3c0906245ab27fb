/** Where a feature is drawn: its point, or the mean of its vertices for lines and areas. */
export interface FeaturePosition {
	lon: number;
	lat: number;
	position: 'point' | 'centroid';
}

/** Nesting deeper than a MultiPolygon inside a GeometryCollection is not GeoJSON. */
const maxDepth = 8;

function isPosition(value: unknown): value is number[] {
	return (
		Array.isArray(value) &&
		value.length >= 2 &&
		typeof value[0] === 'number' &&
		typeof value[1] === 'number'
	);
}

/** Checks a [lon, lat] pair; returns the reason when it is not on the globe. */
export function positionProblem(lon: number, lat: number): string | null {
	if (!Number.isFinite(lon) || !Number.isFinite(lat)) return 'its coordinates are not numbers';
	if (Math.abs(lat) > 90) return `latitude ${lat} is outside −90..90`;
	if (Math.abs(lon) > 180) return `longitude ${lon} is outside −180..180`;
	return null;
}

/** Adds every vertex of nested coordinate arrays, skipping the closing vertex of a ring. */
function collectVertices(coordinates: unknown, depth: number, into: number[][]): boolean {
	if (isPosition(coordinates)) {
		into.push(coordinates);
		return true;
	}
	if (!Array.isArray(coordinates) || depth > maxDepth) return false;
	const ring = coordinates.length > 3 && coordinates.every(isPosition);
	const last = coordinates.length - 1;
	const closed =
		ring &&
		coordinates[0][0] === coordinates[last][0] &&
		coordinates[0][1] === coordinates[last][1];
	const count = closed ? last : coordinates.length;
	for (let index = 0; index < count; index++) {
		if (!collectVertices(coordinates[index], depth + 1, into)) return false;
	}
	return true;
}

function geometryVertices(
	geometry: Record<string, unknown>,
	depth: number,
	into: number[][]
): boolean {
	if (geometry.type === 'GeometryCollection') {
		const members = geometry.geometries;
		return (
			Array.isArray(members) &&
			depth <= maxDepth &&
			members.every(
				(member) =>
					typeof member === 'object' &&
					member !== null &&
					geometryVertices(member as Record<string, unknown>, depth + 1, into)
			)
		);
	}
	return collectVertices(geometry.coordinates, depth, into);
}

/** The GeoJSON geometry types (RFC 7946, 3.1). */
export const geometryTypes: ReadonlySet<string> = new Set([
	'Point',
	'MultiPoint',
	'LineString',
	'MultiLineString',
	'Polygon',
	'MultiPolygon',
	'GeometryCollection'
]);

/**
 * The position of a GeoJSON geometry: a Point's own coordinates, or for any other type the mean
 * of its vertices (rings counted without their closing vertex), as Turf's `centroid` does. Lines
 * and areas across the antimeridian get a mean near 0° longitude. Returns a reason when the
 * geometry is missing or broken.
 */
export function featurePosition(geometry: unknown): FeaturePosition | string {
	if (geometry === null || geometry === undefined) return 'it has no geometry';
	if (
		typeof geometry !== 'object' ||
		!geometryTypes.has(String((geometry as { type?: unknown }).type))
	) {
		return 'its geometry is not a GeoJSON geometry';
	}
	const vertices: number[][] = [];
	if (!geometryVertices(geometry as Record<string, unknown>, 0, vertices) || !vertices.length) {
		return `its ${(geometry as { type: string }).type} has no readable coordinates`;
	}
	let lon = 0;
	let lat = 0;
	for (const vertex of vertices) {
		const problem = positionProblem(vertex[0], vertex[1]);
		if (problem) return problem;
		lon += vertex[0];
		lat += vertex[1];
	}
	const isPoint = (geometry as { type: string }).type === 'Point';
	return {
		lon: lon / vertices.length,
		lat: lat / vertices.length,
		position: isPoint ? 'point' : 'centroid'
	};
}
