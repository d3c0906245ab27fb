import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The canvases stacked on the map's own, bottom first. The event points lie above every map
 * layer; what a user works with on the map (the places they hover or reviewed, the analysis
 * they drew, the names of the event places, the measurement being made and the annotations
 * drawn for slides) lies above them.
 */
export const stackOrder = [
	'event-points',
	'reviewed-places',
	'analysis',
	'place-highlight',
	'event-place-names',
	'measure',
	'annotations'
] as const;

export type StackedLayer = (typeof stackOrder)[number];

/**
 * Where a canvas for `layer` goes among the stacked canvases already there (bottom first): the
 * index of the first one that lies above it, or their count to go on top.
 */
export function stackPosition(stacked: readonly StackedLayer[], layer: StackedLayer): number {
	const rank = stackOrder.indexOf(layer);
	const above = stacked.findIndex((other) => stackOrder.indexOf(other) > rank);
	return above < 0 ? stacked.length : above;
}

/**
 * Adds a canvas over the map's own, in its canvas container, so that it moves and resizes with
 * the map, at `layer`'s place in `stackOrder`; pointer events go through it to the map.
 */
export function addStackedCanvas(map: MapLibreMap, layer: StackedLayer): HTMLCanvasElement {
	const canvas = createStackedCanvas(layer);
	stackCanvas(map, canvas);
	return canvas;
}

/** A canvas for `layer`, not yet on a map (`stackCanvas` puts it there). */
export function createStackedCanvas(layer: StackedLayer): HTMLCanvasElement {
	const canvas = document.createElement('canvas');
	canvas.className = layer;
	canvas.dataset.stacked = layer;
	canvas.setAttribute('aria-hidden', 'true');
	Object.assign(canvas.style, {
		position: 'absolute',
		left: '0',
		top: '0',
		pointerEvents: 'none'
	});
	return canvas;
}

/** Puts a canvas made by `createStackedCanvas` over `map`, at its layer's place in the stack. */
export function stackCanvas(map: MapLibreMap, canvas: HTMLCanvasElement): void {
	const container = map.getCanvasContainer();
	const stacked = [...container.querySelectorAll<HTMLCanvasElement>('canvas[data-stacked]')];
	const above =
		stacked[
			stackPosition(
				stacked.map((other) => other.dataset.stacked as StackedLayer),
				canvas.dataset.stacked as StackedLayer
			)
		];
	if (above) above.before(canvas);
	else container.append(canvas);
}

/**
 * Sizes a stacked 2D canvas to the map's canvas and clears it; returns its context, set to draw
 * in CSS pixels (as `map.project` gives them).
 */
export function clearToMapSize(
	map: MapLibreMap,
	canvas: HTMLCanvasElement
): CanvasRenderingContext2D {
	const mapCanvas = map.getCanvas();
	if (canvas.width !== mapCanvas.width || canvas.height !== mapCanvas.height) {
		canvas.width = mapCanvas.width;
		canvas.height = mapCanvas.height;
	}
	canvas.style.width = mapCanvas.style.width;
	canvas.style.height = mapCanvas.style.height;
	const context = canvas.getContext('2d')!;
	context.setTransform(1, 0, 0, 1, 0, 0);
	context.clearRect(0, 0, canvas.width, canvas.height);
	const ratio = canvas.width / (mapCanvas.clientWidth || canvas.width);
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	return context;
}

/** A 2D canvas stacked on the map and painted after each of the map's frames, until removed. */
export abstract class StackedCanvas2D {
	protected readonly map: MapLibreMap;
	readonly #canvas: HTMLCanvasElement;
	readonly #draw = () => this.paint(clearToMapSize(this.map, this.#canvas));

	constructor(map: MapLibreMap, layer: StackedLayer) {
		this.map = map;
		this.#canvas = addStackedCanvas(map, layer);
		map.on('render', this.#draw);
	}

	remove(): void {
		this.map.off('render', this.#draw);
		this.#canvas.remove();
	}

	/** Paints one frame on the cleared canvas, in CSS pixels. */
	protected abstract paint(context: CanvasRenderingContext2D): void;
}

/**
 * A canvas stacked on a map whose pictures are drawn elsewhere (in a worker), so that what it
 * shows lags the map's frame: a slide capture asks it for a picture of the current view.
 */
export interface AsyncOverlay {
	canvas: HTMLCanvasElement;
	/** A picture, at the canvas's current size, of the view as it is now; null if there is none. */
	picture(): Promise<ImageBitmap | null>;
}

const overlaysOfMap = new WeakMap<MapLibreMap, Set<AsyncOverlay>>();

/** Registers an overlay; returns the function that unregisters it. */
export function addAsyncOverlay(map: MapLibreMap, overlay: AsyncOverlay): () => void {
	const overlays = overlaysOfMap.get(map) ?? new Set();
	overlaysOfMap.set(map, overlays);
	overlays.add(overlay);
	return () => overlays.delete(overlay);
}

/** The overlay drawn on `canvas`, if that canvas is one. */
export function asyncOverlayOf(
	map: MapLibreMap,
	canvas: HTMLCanvasElement
): AsyncOverlay | undefined {
	return [...(overlaysOfMap.get(map) ?? [])].find((overlay) => overlay.canvas === canvas);
}
