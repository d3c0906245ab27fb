import type {
	CustomLayerInterface,
	CustomRenderMethodInput,
	Map as MapLibreMap
} from 'maplibre-gl';
import {
	candidateRanges,
	floatsPerEvent,
	shownCount,
	type EventDrawing
} from '$lib/events/eventDrawing';
import type { DayInterval } from '$lib/time/interval';
import { addAsyncOverlay, addStackedCanvas } from './stackedCanvases';
import type { EventPointsFrame, EventPointsMessage, EventPointsReply } from './eventPointsProtocol';
import { EventPointsRenderer, type EventPointsRequest } from './eventPointsRenderer';

/**
 * Up to this many events in a window are drawn full size; beyond, imported data points shrink
 * with density (article events never do).
 */
const fullSizeUpTo = 2_000;
/** Above this many events in a window, the points are drawn at half resolution. */
const halfResolutionFrom = 20_000;
/** Events sent to the worker per animation frame, so a large set is copied without a long task. */
const eventsPerSlice = 65_536;

function hexToRgb(hex: string): [number, number, number] {
	const value = Number.parseInt(hex.slice(1), 16);
	return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
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

/** Where the event points are drawn: by a worker on an OffscreenCanvas, or on the page. */
export type EventRenderer = 'worker' | 'main';

/** How long a worker may take to show it can draw before the page draws the events itself. */
const workerReadyTimeoutMs = 8_000;

/**
 * Set once a worker could not draw on this page, so that later layers draw on the main thread
 * at once. `?event-renderer=main` in the page's address forces that path (tests, benchmarks).
 */
let workerCannotDraw = false;

function firstRendererToTry(): EventRenderer {
	const forced = new URLSearchParams(location.search).get('event-renderer') === 'main';
	const possible = 'transferControlToOffscreen' in HTMLCanvasElement.prototype;
	return forced || workerCannotDraw || !possible ? 'main' : 'worker';
}

interface Drawer {
	renderer: EventRenderer;
	canvas: HTMLCanvasElement;
	post: (message: EventPointsRequest, transfer?: Transferable[]) => void;
	stop: () => void;
	removeOverlay: () => void;
	/** The animation frame that sends the next slice of events, if any. */
	sliceFrame: number;
	readyTimer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Draws events as points whose time window is a shader uniform, on a canvas of their own stacked
 * on the map's and drawn by a worker (eventPoints.worker.ts). Without a GPU, Chromium composites
 * in software and reads every changed WebGL canvas back in the thread that drew it, waiting for
 * the frame (a trace shows the commit blocked in GLES2::ReadPixels for the whole SwiftShader
 * frame: 70–480 ms when events were drawn with the basemap). Here moving the window redraws only
 * the events, and the wait falls on the worker. The map still lists this as a custom layer: its
 * render call hands over the camera each frame. The costs: events are drawn above every map
 * layer, and follow the map's camera one frame late while it moves.
 * Where a worker cannot draw (WebKitGTK gives no WebGL context on any OffscreenCanvas unless its
 * AllowWebGLInWorkers feature is on), the same renderer draws on the page's main thread. The map
 * element's `data-event-renderer` says which path drew.
 * Per window change the main thread does a few binary searches per duration class, never
 * per-event work (`prepareEventDrawing`, `candidateRanges`).
 */
export class EventPointsLayer implements CustomLayerInterface {
	readonly id: string;
	readonly type = 'custom' as const;
	readonly renderingMode = '2d' as const;

	#map: MapLibreMap | undefined;
	#drawer: Drawer | undefined;
	#events: EventDrawing | undefined;
	#eventsId = 0;
	#matrix: Float32Array | undefined;
	#window: DayInterval | null = null;
	#selected = -1;
	#hovered = -1;
	#kindColors: Float32Array;
	#frameQueued = false;
	#sentVersion = 0;
	#drawnVersion = 0;
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
		this.#kindColors = new Float32Array(kindColors.flatMap(hexToRgb));
	}

	onAdd(map: MapLibreMap): void {
		this.#map = map;
		this.#failed = false;
		this.#startDrawer(firstRendererToTry());
	}

	onRemove(): void {
		const drawer = this.#drawer;
		if (drawer) {
			this.#stopDrawer(drawer);
			drawer.canvas.remove();
		}
		this.#drawer = undefined;
		this.#map = undefined;
		this.#matrix = undefined;
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

	/** Called by the map in each of its frames: hands the camera to the drawer at once. */
	render(_mapGl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput) {
		this.#matrix = new Float32Array(options.defaultProjectionData.mainMatrix);
		this.#sendFrame();
	}

	/** Stacks a canvas for `renderer` on the map (in place of `replaced`) and starts drawing. */
	#startDrawer(renderer: EventRenderer, replaced?: HTMLCanvasElement): void {
		const map = this.#map!;
		const canvas = addStackedCanvas(map, 'event-points');
		replaced?.replaceWith(canvas);
		const drawer: Drawer = {
			renderer,
			canvas,
			post: () => {},
			stop: () => {},
			removeOverlay: addAsyncOverlay(map, { canvas, picture: () => this.#picture() }),
			sliceFrame: 0,
			readyTimer: undefined
		};
		this.#drawer = drawer;
		const receive = (reply: EventPointsReply) => {
			if (this.#drawer === drawer) this.#receive(drawer, reply);
		};
		try {
			if (renderer === 'worker') this.#startWorker(drawer, receive);
			else {
				// Replies come a task later, as a worker's would, never inside the call that caused them.
				const drawing = new EventPointsRenderer(canvas, this.#kindColors, (reply) =>
					queueMicrotask(() => receive(reply))
				);
				drawer.post = (message) => drawing.receive(message);
				drawer.stop = () => drawing.stop();
			}
		} catch (error) {
			receive({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
			return;
		}
		if (this.#events) this.#sendEvents(this.#events);
		// A picture asked of a drawer that has gone is asked again of this one.
		for (const { version } of this.#pictureWaiters) this.#send({ type: 'picture', version });
		this.#queueFrame();
	}

	#startWorker(drawer: Drawer, receive: (reply: EventPointsReply) => void): void {
		const offscreen = drawer.canvas.transferControlToOffscreen();
		const worker = new Worker(new URL('./eventPoints.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (message: MessageEvent<EventPointsReply>) => receive(message.data);
		worker.onerror = (error) =>
			receive({ type: 'failed', message: `its worker stopped: ${error.message}` });
		const start: EventPointsMessage = {
			type: 'start',
			canvas: offscreen,
			kindColors: this.#kindColors
		};
		worker.postMessage(start, [offscreen]);
		drawer.post = (message, transfer = []) => worker.postMessage(message, transfer);
		drawer.stop = () => worker.terminate();
		drawer.readyTimer = setTimeout(
			() => receive({ type: 'failed', message: 'its worker did not start drawing in time' }),
			workerReadyTimeoutMs
		);
	}

	#stopDrawer(drawer: Drawer): void {
		cancelAnimationFrame(drawer.sliceFrame);
		clearTimeout(drawer.readyTimer);
		drawer.stop();
		drawer.removeOverlay();
	}

	#send(message: EventPointsRequest, transfer: Transferable[] = []): void {
		this.#drawer?.post(message, transfer);
	}

	/**
	 * Sends the events to the worker as copies (the drawing stays whole here, for a worker
	 * started later), one slice per animation frame: copying a million at once takes 25–65 ms.
	 */
	#sendEvents(drawing: EventDrawing): void {
		const drawer = this.#drawer;
		if (!drawer) return;
		const eventsId = ++this.#eventsId;
		cancelAnimationFrame(drawer.sliceFrame);
		this.#send({ type: 'events', eventsId, count: drawing.count });
		const sendSlice = (firstEvent: number) => {
			const lastEvent = Math.min(drawing.count, firstEvent + eventsPerSlice);
			const vertices = drawing.vertices.slice(
				firstEvent * floatsPerEvent,
				lastEvent * floatsPerEvent
			);
			this.#send({ type: 'eventsSlice', eventsId, firstEvent, vertices }, [vertices.buffer]);
			if (lastEvent < drawing.count) {
				drawer.sliceFrame = requestAnimationFrame(() => sendSlice(lastEvent));
			}
		};
		if (drawing.count > 0) sendSlice(0);
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

	#receive(drawer: Drawer, reply: EventPointsReply): void {
		if (reply.type === 'ready') {
			clearTimeout(drawer.readyTimer);
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
			workerCannotDraw = true;
			this.#stopDrawer(drawer);
			this.#startDrawer('main', drawer.canvas);
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
		const drawing = this.#events;
		const shownEvents = drawing ? shownCount(drawing, this.#window) : 0;
		// Tens of thousands of points make a density cloud: half the resolution draws it as well
		// and quarters the cost of reading the canvas back.
		const resolution = shownEvents > halfResolutionFrom ? 0.5 : 1;
		const mapCanvas = map.getCanvas();
		const widthPx = Math.round(mapCanvas.width * resolution);
		drawer.canvas.style.width = mapCanvas.style.width;
		drawer.canvas.style.height = mapCanvas.style.height;
		const clampDay = (day: number) => Math.max(-1e7, Math.min(1e7, day));
		const window = this.#window ?? { start: -Infinity, end: Infinity };
		const emphasised = [this.#hovered, this.#selected].filter(
			(index) => drawing && index >= 0 && index < drawing.count
		);
		const frame: EventPointsFrame = {
			version: ++this.#sentVersion,
			eventsId: this.#eventsId,
			widthPx,
			heightPx: Math.round(mapCanvas.height * resolution),
			// The map may draw at a lower ratio than asked for (its canvas size limit).
			pixelRatio: widthPx / (mapCanvas.clientWidth || mapCanvas.width),
			matrix: this.#matrix,
			window: [clampDay(window.start), clampDay(window.end)],
			ranges: drawing ? candidateRanges(drawing, this.#window) : [],
			pointScale: Math.min(1, Math.sqrt(fullSizeUpTo / Math.max(1, shownEvents))),
			selected: this.#selected,
			hovered: this.#hovered,
			emphasised: emphasised.map((index) => drawing!.drawPositionOf[index])
		};
		this.#send({ type: 'frame', frame });
	}
}
