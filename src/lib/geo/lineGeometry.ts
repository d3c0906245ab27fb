import type { Feature, LineString, MultiLineString, Position } from 'geojson';

/** A line as the geo functions accept it: a bare geometry or a Feature wrapping one. */
export type LineInput = LineString | MultiLineString | Feature<LineString | MultiLineString>;

/** Throws unless `position` is a finite [lng, lat] pair within WGS84 ranges. */
export function assertPosition(position: unknown, fn: string, what = 'position'): Position {
	if (
		!Array.isArray(position) ||
		position.length < 2 ||
		!position.every((x) => typeof x === 'number' && Number.isFinite(x))
	) {
		throw new TypeError(`${fn}: ${what} must be a [lng, lat] pair of finite numbers`);
	}
	const [lng, lat] = position as number[];
	if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
		throw new RangeError(
			`${fn}: ${what} [${lng}, ${lat}] is outside lng -180..180, lat -90..90 (swapped order?)`
		);
	}
	return position as Position;
}

/**
 * The LineString or MultiLineString inside `input`, after checking that every part has at
 * least two valid positions. Throws a TypeError naming `fn` otherwise.
 */
export function lineGeometry(input: unknown, fn: string): LineString | MultiLineString {
	const candidate = input as { type?: string; geometry?: unknown } | null | undefined;
	const geometry = (candidate?.type === 'Feature' ? candidate.geometry : candidate) as
		{ type?: string; coordinates?: unknown } | null | undefined;
	if (geometry?.type !== 'LineString' && geometry?.type !== 'MultiLineString') {
		throw new TypeError(
			`${fn}: expected a LineString or MultiLineString (or a Feature of one), got ${geometry?.type ?? String(geometry)}`
		);
	}
	const parts = (
		geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates
	) as unknown[];
	if (!Array.isArray(parts) || parts.length === 0) {
		throw new TypeError(`${fn}: ${geometry.type} has no coordinates`);
	}
	for (const part of parts) {
		if (!Array.isArray(part) || part.length < 2) {
			throw new TypeError(`${fn}: every line needs at least two positions`);
		}
		for (const position of part) assertPosition(position, fn, 'line position');
	}
	return geometry as LineString | MultiLineString;
}
