import type { Feature, Point, Position } from 'geojson';
import { assertPosition } from './lineGeometry';

/** A point as the geo functions accept it: a [lng, lat] pair, a Point or a Feature of one. */
export type PointInput = Position | Point | Feature<Point>;

/** The checked [lng, lat] position inside `point`; throws a message naming `fn` otherwise. */
export function positionOf(point: PointInput, fn: string, what = 'point'): Position {
	if (Array.isArray(point)) return assertPosition(point, fn, what);
	const geometry =
		(point as Feature<Point>)?.type === 'Feature' ? (point as Feature).geometry : point;
	if ((geometry as Point | undefined)?.type !== 'Point') {
		throw new TypeError(
			`${fn}: ${what} must be a [lng, lat] position, a Point or a Feature<Point>`
		);
	}
	return assertPosition((geometry as Point).coordinates, fn, what);
}

/** Checks `decimals` and returns a rounding function for coordinates (−0 becomes 0). */
export function coordinateRounder(decimals: number, fn: string): (x: number) => number {
	if (!Number.isInteger(decimals) || decimals < 0) {
		throw new RangeError(`${fn}: options.decimals must be a non-negative integer`);
	}
	const factor = 10 ** decimals;
	return (x) => {
		const rounded = Math.round(x * factor) / factor;
		return rounded === 0 ? 0 : rounded;
	};
}

/**
 * Longitudes made continuous along a sequence (each within 180° of the one before, so they may
 * leave −180..180): MapLibre then draws a line or ring across the antimeridian as one piece
 * instead of a stroke across the whole world.
 */
export function unwrapLongitudes(positions: Position[]): Position[] {
	const unwrapped: Position[] = [];
	let previous: number | undefined;
	for (const [lng, lat] of positions) {
		let next = lng;
		if (previous !== undefined) {
			while (next - previous > 180) next -= 360;
			while (next - previous < -180) next += 360;
		}
		unwrapped.push([next, lat]);
		previous = next;
	}
	return unwrapped;
}
