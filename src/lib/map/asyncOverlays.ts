import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * A canvas stacked on a map whose pictures are drawn elsewhere (in a worker), so that what it
 * shows lags the map's frame: a slide capture asks it for a picture of the current view.
 */
export interface AsyncOverlay {
	canvas: HTMLCanvasElement;
	/** A picture, at the canvas's current size, of the view as it is now. */
	picture(): Promise<ImageBitmap>;
}

const overlaysOfMap = new WeakMap<MapLibreMap, Set<AsyncOverlay>>();

/** Registers an overlay; returns the function that unregisters it. */
export function addAsyncOverlay(map: MapLibreMap, overlay: AsyncOverlay): () => void {
	const overlays = overlaysOfMap.get(map) ?? new Set();
	overlaysOfMap.set(map, overlays);
	overlays.add(overlay);
	return () => overlays.delete(overlay);
}

export function asyncOverlayOf(
	map: MapLibreMap,
	canvas: HTMLCanvasElement
): AsyncOverlay | undefined {
	return [...(overlaysOfMap.get(map) ?? [])].find((overlay) => overlay.canvas === canvas);
}
