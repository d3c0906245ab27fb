import type { Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';

const mapKey = Symbol('geobrief-map');

/** Children of MapView reach the map through this getter; it is undefined until the style loads. */
export type MapGetter = () => MapLibreMap | undefined;

export function setMapContext(getMap: MapGetter): void {
	setContext(mapKey, getMap);
}

export function getMapContext(): MapGetter {
	const getMap = getContext<MapGetter | undefined>(mapKey);
	if (!getMap) throw new Error('Map layers must be placed inside <MapView>.');
	return getMap;
}
