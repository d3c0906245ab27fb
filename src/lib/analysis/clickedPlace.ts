import type { LngLat } from './analysisProtocol';
import type { PlaceRef } from './layerTypes';

/**
 * The place a map click chose, rounded to 1e-4° (about 10 m) and labelled with its
 * coordinates, e.g. "52.20° N 27.50° E".
 */
export function clickedPlace(position: LngLat): PlaceRef {
	const [lng, lat] = position.map((x) => Math.round(x * 1e4) / 1e4);
	const north = `${Math.abs(lat).toFixed(2)}° ${lat < 0 ? 'S' : 'N'}`;
	const east = `${Math.abs(lng).toFixed(2)}° ${lng < 0 ? 'W' : 'E'}`;
	return { label: `${north} ${east}`, position: [lng, lat], source: 'clicked on the map' };
}
