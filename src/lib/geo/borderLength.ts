import { length } from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { lineGeometry, type LineInput } from './lineGeometry';

/**
 * Length of a border line in kilometres, along great circles (Turf's haversine, mean Earth
 * radius 6,371.0088 km). For a MultiLineString the parts are summed; gaps between parts are
 * not counted. The input is not modified.
 *
 * @param line a LineString or MultiLineString, bare or as a Feature; [lng, lat] order
 * @param options.decimals round the result to this many decimals (default: no rounding)
 * @returns length in km
 * @throws TypeError for anything that is not a valid (Multi)LineString
 * @example
 * borderLength({ type: 'LineString', coordinates: [[23.62, 51.54], [31.79, 52.13]] }); // ≈ 564.9
 */
export function borderLength(line: LineInput, options: { decimals?: number } = {}): number {
	const geometry = lineGeometry(line, 'borderLength');
	const feature: Feature<LineString | MultiLineString> = {
		type: 'Feature',
		properties: {},
		geometry
	};
	const km = length(feature, { units: 'kilometers' });
	if (options.decimals === undefined) return km;
	if (!Number.isInteger(options.decimals) || options.decimals < 0) {
		throw new RangeError('borderLength: options.decimals must be a non-negative integer');
	}
	const factor = 10 ** options.decimals;
	return Math.round(km * factor) / factor;
}
