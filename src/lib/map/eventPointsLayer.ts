import type {
	CustomLayerInterface,
	CustomRenderMethodInput,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { EventDrawing } from '$lib/events/eventDrawing';
import type { DayInterval } from '$lib/time/interval';
import {
	eventPointsDrawerFor,
	firstRendererToTry,
	noteWorkerCannotDraw,
	prepareEventPointsDrawer,
	type EventPointsDrawer,
	type EventRenderer
} from './eventPointsDrawer';
import { cameraUnchanged, eventPointsFrame, type SentCamera } from './eventPointsFrame';
import type { EventPointsReply } from './eventPointsProtocol';
import type { EventPointsRequest } from './eventPointsRenderer';

function hexToRgb(hex: string): [number, number, number] {
	const value = Number.parseInt(hex.slice(1), 16);
	return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
}

/** The shader's colours of the event kinds, from their hex colours in kind order. */
function kindColorsOf(hexColours: readonly string[]): Float32Array {
	return new Float32Array(hexColours.flatMap(hexToRgb));
}

/** Takes out of `waiters` those waiting for frame `version` or an earlier one. */
function takeSettled<Waiter extends { version: number }>(
	waiters: Waiter[],
	version: number
): Waiter[] {
	const settled = waiters.filter((waiter) => waiter.version <= version);
	waiters.splice(0, waiters.length, ...waiters.filter((waiter) => waiter.version > version));
	return settled;
}

/**
 * Draws events as points whose time window is a shader uniform, on a canvas of their own stacked
 * on the map's and drawn by a worker (eventPoints.worker.ts). Without a GPU, Chromium composites
 * in software and reads every changed WebGL canvas back in the thread that drew it, waiting for
 * the frame (a trace shows the commit blocked in GLES2::ReadPixels for the whole SwiftShader
 * frame: 70–480 ms when events were drawn with the basemap). Here moving the window redraws only
 * the events, and the wait falls on the worker. The map still lists this as a custom layer: its
 * render call hands over the camera each frame. The costs: events are drawn above every map
 * layer (what a user works with is painted above them: `stackOrder` in stackedCanvases.ts), and
 * follow the map's camera one frame late while it moves.
 * Where a worker cannot draw (WebKitGTK gives no WebGL context on any OffscreenCanvas unless its
 * AllowWebGLInWorkers feature is on), the same renderer draws on the page's main thread. The map
 * element's `data-event-renderer` says which path drew (EventPointsDrawer starts either).
 * Per window change the main thread does a few binary searches per duration class, never
 * per-event work (`eventPointsFrame`).
 */
export class EventPointsLayer implements CustomLayerInterface {
	readonly id: string;
	readonly type = 'custom' as const;
	readonly renderingMode = '2d' as const;

	#map: MapLibreMap | undefined;
	#drawer: EventPointsDrawer | undefined;
	#events: EventDrawing | undefined;
	#eventsId = 0;
	#matrix: Float32Array | undefined;
	#sentCamera: SentCamera | undefined;
	#window: DayInterval | null = null;
	#selected = -1;
	#hovered = -1;
	#kindColors: Float32Array;
	#frameQueued = false;
	#sentVersion = 0;
	#drawnVersion = 0;
	/** The first frame sent with events, until it is drawn (then null); undefined before. */
	#firstEventsVersion: number | null | undefined = undefined;
	#renderer: EventRenderer | undefined;
	#lastPaintMs = 0;
	/** Set while a frame could not be sent yet (no camera): waiters wait for it too. */
	#frameOwed = false;
	/** Set when the events cannot be drawn on either path: nothing will be, so no one waits. */
	#failed = false;
	readonly #drawnWaiters: { version: number; resolve: () => void }[] = [];
	readonly #pictureWaiters: {
		version: number;
		resolve: (picture: ImageBitmap | null) => void;
	}[] = [];

	constructor(id: string, kindColors: readonly string[]) {
		this.id = id;
		this.#kindColors = kindColorsOf(kindColors);
	}

	/**
	 * Starts drawing before a map exists: the first layer added in these colours draws at once
	 * instead of waiting for its worker and context.
	 */
	static prepare(kindColors: readonly string[]): void {
		prepareEventPointsDrawer(kindColorsOf(kindColors));
	}

	onAdd(map: MapLibreMap): void {
		this.#map = map;
		this.#failed = false;
		this.#startDrawer(firstRendererToTry());
	}

	onRemove(): void {
		this.#drawer?.remove();
		this.#drawer = undefined;
		this.#map = undefined;
		this.#matrix = undefined;
		this.#sentCamera = undefined;
		this.#releaseWaiters();
	}

	/** Replaces the events; resolves once they are drawn. */
	setEvents(drawing: EventDrawing): Promise<void> {
		if (drawing !== this.#events) {
			this.#events = drawing;
			this.#sendEvents(drawing);
		}
		this.#queueFrame();
		return this.whenDrawn();
	}

	setWindow(window: DayInterval | null): void {
		this.#window = window;
		this.#queueFrame();
	}

	/** Emphasises two events by their index in the table (-1 for none). */
	setEmphasis(selected: number, hovered: number): void {
		if (selected === this.#selected && hovered === this.#hovered) return;
		this.#selected = selected;
		this.#hovered = hovered;
		this.#queueFrame();
	}

	/** Where the events are drawn, once a renderer has shown that it can draw. */
	get renderer(): EventRenderer | undefined {
		return this.#renderer;
	}

	/** The drawing thread's time spent painting the latest frame drawn, in ms. */
	get lastPaintMs(): number {
		return this.#lastPaintMs;
	}

	/** Resolves once everything asked so far has been drawn and committed. */
	whenDrawn(): Promise<void> {
		// Waits for the frame queued in this task too, if any.
		return new Promise((resolve) =>
			queueMicrotask(() => {
				const version = this.#sentVersion + (this.#frameOwed ? 1 : 0);
				if (this.#drawnVersion >= version || !this.#drawer || this.#failed) resolve();
				else this.#drawnWaiters.push({ version, resolve });
			})
		);
	}

	/**
	 * Called by the map in each of its frames: hands a moved camera to the drawer at once. A frame
	 * that moved nothing (tiles arriving while the map loads) leaves the points' picture as it is:
	 * drawing it again would cost the GPU as much as the map's own frame.
	 */
	render(_mapGl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput) {
		const matrix = options.defaultProjectionData.mainMatrix;
		const canvas = this.#map?.getCanvas();
		const pending = this.#frameQueued || this.#frameOwed;
		if (canvas && !pending && cameraUnchanged(this.#sentCamera, matrix, canvas)) return;
		this.#matrix = new Float32Array(matrix);
		this.#sendFrame();
	}

	/** Starts drawing with `renderer`, on a canvas of its own stacked on the map. */
	#startDrawer(renderer: EventRenderer): void {
		const drawer = eventPointsDrawerFor(renderer, this.#kindColors);
		drawer.attach(
			this.#map!,
			() => this.#picture(),
			(reply) => {
				if (this.#drawer === drawer) this.#receive(drawer, reply);
			}
		);
		this.#drawer = drawer;
		if (this.#events) this.#sendEvents(this.#events);
		// A picture asked of a drawer that has gone is asked again of this one.
		for (const { version } of this.#pictureWaiters) this.#send({ type: 'picture', version });
		this.#queueFrame();
	}

	#send(message: EventPointsRequest, transfer: Transferable[] = []): void {
		this.#drawer?.post(message, transfer);
	}

	#sendEvents(drawing: EventDrawing): void {
		this.#drawer?.sendEvents(++this.#eventsId, drawing);
	}

	/** The layer cannot draw: says so where it is seen, and keeps no one waiting. */
	#fail(reason: string): void {
		this.#failed = true;
		this.#renderer = undefined;
		delete this.#map?.getContainer().dataset.eventRenderer;
		reportError(new Error(`The event points cannot be drawn: ${reason}`));
		this.#releaseWaiters();
	}

	#releaseWaiters(): void {
		this.#drawnVersion = this.#sentVersion;
		this.#frameOwed = false;
		for (const waiter of this.#drawnWaiters.splice(0)) waiter.resolve();
		for (const waiter of this.#pictureWaiters.splice(0)) waiter.resolve(null);
	}

	#receive(drawer: EventPointsDrawer, reply: EventPointsReply): void {
		if (reply.type === 'ready') {
			drawer.started();
			this.#renderer = drawer.renderer;
			this.#map!.getContainer().dataset.eventRenderer = drawer.renderer;
			return;
		}
		if (reply.type === 'failed') {
			if (drawer.renderer === 'main') {
				this.#fail(reply.message);
				return;
			}
			console.warn(`The event points are drawn on the page: a worker cannot (${reply.message}).`);
			noteWorkerCannotDraw();
			drawer.remove();
			this.#startDrawer('main');
			return;
		}
		if (reply.type === 'picture') {
			for (const waiter of takeSettled(this.#pictureWaiters, reply.version)) {
				waiter.resolve(reply.picture);
			}
			return;
		}
		this.#lastPaintMs = reply.paintMs;
		this.#drawnVersion = Math.max(this.#drawnVersion, reply.version);
		if (this.#firstEventsVersion && reply.version >= this.#firstEventsVersion) {
			this.#firstEventsVersion = null;
			// When events were first on screen, for the load benchmark.
			this.#map!.getContainer().dataset.eventsDrawnAt = String(Math.round(performance.now()));
		}
		for (const waiter of takeSettled(this.#drawnWaiters, reply.version)) waiter.resolve();
	}

	#picture(): Promise<ImageBitmap | null> {
		// The map's frame has just sent the camera; only a change queued since is still to send.
		if (this.#frameQueued) this.#sendFrame();
		if (!this.#drawer || this.#failed) return Promise.resolve(null);
		return new Promise((resolve) => {
			this.#pictureWaiters.push({ version: this.#sentVersion, resolve });
			this.#send({ type: 'picture', version: this.#sentVersion });
		});
	}

	#queueFrame(): void {
		if (this.#frameQueued) return;
		this.#frameQueued = true;
		// Setters called together (one state change sets events, window and emphasis) send once.
		queueMicrotask(() => {
			if (this.#frameQueued) this.#sendFrame();
		});
	}

	#sendFrame(): void {
		this.#frameQueued = false;
		const map = this.#map;
		const drawer = this.#drawer;
		if (!map || !drawer) return;
		if (!this.#matrix) {
			this.#frameOwed = true;
			map.triggerRepaint();
			return;
		}
		this.#frameOwed = false;
		const mapCanvas = map.getCanvas();
		this.#sentCamera = { matrix: this.#matrix, width: mapCanvas.width, height: mapCanvas.height };
		drawer.canvas.style.width = mapCanvas.style.width;
		drawer.canvas.style.height = mapCanvas.style.height;
		if (this.#events?.count && this.#firstEventsVersion === undefined) {
			this.#firstEventsVersion = this.#sentVersion + 1;
		}
		const frame = eventPointsFrame({
			version: ++this.#sentVersion,
			eventsId: this.#eventsId,
			drawing: this.#events,
			window: this.#window,
			selected: this.#selected,
			hovered: this.#hovered,
			matrix: this.#matrix,
			// The CSS width MapLibre gave the canvas: reading clientWidth here forced a layout of
			// the page in the middle of the update that changed it (12 ms for a new layer).
			mapCanvas: {
				width: mapCanvas.width,
				height: mapCanvas.height,
				clientWidth: Number.parseFloat(mapCanvas.style.width) || 0
			}
		});
		this.#send({ type: 'frame', frame });
	}
}
