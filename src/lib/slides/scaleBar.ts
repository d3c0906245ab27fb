import { RADIANS_PER_DEGREE, WEB_MERCATOR_EQUATOR_M } from '$lib/geo/earth';
import type { ScaleBar } from './slide';

/** MapLibre lays out the world on 512-pixel tiles: at zoom 0 the equator is 512 CSS pixels long. */
const worldSizeAtZoom0Px = 512;

/**
 * Metres on the ground per CSS pixel of a Web Mercator map at a latitude and zoom.
 *
 * @example metresPerPixel({ lat: 0, zoom: 0 }) // ≈ 78,271.5
 */
export function metresPerPixel(options: { lat: number; zoom: number }): number {
	const { lat, zoom } = options;
	return (
		(WEB_MERCATOR_EQUATOR_M * Math.cos(lat * RADIANS_PER_DEGREE)) / (worldSizeAtZoom0Px * 2 ** zoom)
	);
}

/**
 * The longest round length (1, 2 or 5 × 10ⁿ metres) that fits in `maxWidthPx`, with its width in
 * the same pixels and a label in km or m. Null when the scale is not a positive number.
 *
 * @example scaleBarFor(1000, { maxWidthPx: 150 }) // { label: '100 km', widthPx: 100 }
 */
export function scaleBarFor(metresPerPx: number, options: { maxWidthPx: number }): ScaleBar | null {
	if (!(metresPerPx > 0) || !Number.isFinite(metresPerPx)) return null;
	const maxMetres = metresPerPx * options.maxWidthPx;
	const power = 10 ** Math.floor(Math.log10(maxMetres));
	const step = [5, 2, 1].find((multiple) => multiple * power <= maxMetres) ?? 1;
	const metres = step * power;
	const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
	return { label, widthPx: Math.round((metres / metresPerPx) * 10) / 10 };
}
