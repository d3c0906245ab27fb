import type { Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';

const mapKey = Symbol('geobrief-map');
const sourceKey = Symbol('geobrief-map-source');

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

/** A source component tells the layers inside it which source they draw. */
export function setSourceContext(sourceId: string): void {
	setContext(sourceKey, sourceId);
}

/** The id of the enclosing source component, if any. */
export function getSourceContext(): string | undefined {
	return getContext<string | undefined>(sourceKey);
}
