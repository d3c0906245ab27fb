import type { Map as MapLibreMap } from 'maplibre-gl';
import { floatsPerEvent, type EventDrawing } from '$lib/events/eventDrawing';
import { addAsyncOverlay, createStackedCanvas, stackCanvas } from './stackedCanvases';
import type { EventPointsMessage, EventPointsReply } from './eventPointsProtocol';
import { EventPointsRenderer, type EventPointsRequest } from './eventPointsRenderer';

/** Where the event points are drawn: by a worker on an OffscreenCanvas, or on the page. */
export type EventRenderer = 'worker' | 'main';

/** How long a worker may take to show it can draw before the page draws the events itself. */
const workerReadyTimeoutMs = 8_000;
/** Events sent to the drawer per animation frame, so a large set is copied without a long task. */
const eventsPerSlice = 65_536;

/**
 * Set once a worker could not draw on this page, so that later layers draw on the main thread
 * at once. `?event-renderer=main` in the page's address forces that path (tests, benchmarks).
 */
let workerCannotDraw = false;

/** The renderer a new event layer starts with. */
export function firstRendererToTry(): EventRenderer {
	const forced = new URLSearchParams(location.search).get('event-renderer') === 'main';
	const possible = 'transferControlToOffscreen' in HTMLCanvasElement.prototype;
	return forced || workerCannotDraw || !possible ? 'main' : 'worker';
}

/**
 * The canvas the event points are drawn on, stacked on the map, and the thread that draws it: a
 * worker given the canvas as an OffscreenCanvas, or the page itself (EventPointsRenderer serves
 * both). A drawer starts before it has a map, so that its context can be made while the map
 * loads; replies wait until `attach` says where they go. Replies (including a failure to start)
 * always come a task later, never inside the call that caused them.
 */
export class EventPointsDrawer {
	readonly renderer: EventRenderer;
	readonly canvas: HTMLCanvasElement;
	readonly kindColors: Float32Array;
	#post: (message: EventPointsRequest, transfer?: Transferable[]) => void = () => {};
	#stop: () => void = () => {};
	#removeOverlay: () => void = () => {};
	#receive: ((reply: EventPointsReply) => void) | undefined;
	/** Replies that came before `attach`. */
	readonly #unheard: EventPointsReply[] = [];
	/** The animation frame that sends the next slice of events, if any. */
	#sliceFrame = 0;
	#readyTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(renderer: EventRenderer, kindColors: Float32Array) {
		this.renderer = renderer;
		this.kindColors = kindColors;
		this.canvas = createStackedCanvas('event-points');
		const later = (reply: EventPointsReply) => queueMicrotask(() => this.#deliver(reply));
		try {
			if (renderer === 'worker') this.#startWorker(kindColors);
			else {
				const drawing = new EventPointsRenderer(this.canvas, kindColors, later);
				this.#post = (message) => drawing.receive(message);
				this.#stop = () => drawing.stop();
			}
		} catch (error) {
			later({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
		}
	}

	/**
	 * Stacks the canvas on `map` and hands replies, those that came before included, to
	 * `receive`; `picture` answers a slide capture's request for the view as it is now.
	 */
	attach(
		map: MapLibreMap,
		picture: () => Promise<ImageBitmap | null>,
		receive: (reply: EventPointsReply) => void
	): void {
		stackCanvas(map, this.canvas);
		this.#removeOverlay = addAsyncOverlay(map, { canvas: this.canvas, picture });
		this.#receive = receive;
		const unheard = this.#unheard.splice(0);
		queueMicrotask(() => unheard.forEach(receive));
		// A worker that has given no sign of drawing by then gives way to the page. Timed from
		// here, not from its start: the map's own loading competes with it until now.
		if (this.renderer === 'worker') {
			this.#readyTimer = setTimeout(
				() =>
					this.#deliver({ type: 'failed', message: 'its worker did not start drawing in time' }),
				workerReadyTimeoutMs
			);
		}
	}

	/** The drawer has shown that it can draw: it is no longer timed. */
	started(): void {
		clearTimeout(this.#readyTimer);
	}

	post(message: EventPointsRequest, transfer: Transferable[] = []): void {
		this.#post(message, transfer);
	}

	/**
	 * Sends events as copies (the drawing stays whole with the caller, for a drawer started
	 * later), one slice per animation frame: copying a million at once takes 25–65 ms.
	 */
	sendEvents(eventsId: number, drawing: EventDrawing): void {
		cancelAnimationFrame(this.#sliceFrame);
		this.post({ type: 'events', eventsId, count: drawing.count });
		const sendSlice = (firstEvent: number) => {
			const lastEvent = Math.min(drawing.count, firstEvent + eventsPerSlice);
			const vertices = drawing.vertices.slice(
				firstEvent * floatsPerEvent,
				lastEvent * floatsPerEvent
			);
			this.post({ type: 'eventsSlice', eventsId, firstEvent, vertices }, [vertices.buffer]);
			if (lastEvent < drawing.count) {
				this.#sliceFrame = requestAnimationFrame(() => sendSlice(lastEvent));
			}
		};
		if (drawing.count > 0) sendSlice(0);
	}

	/** Stops drawing; the canvas stays until `remove`, to be replaced without a gap. */
	stop(): void {
		cancelAnimationFrame(this.#sliceFrame);
		clearTimeout(this.#readyTimer);
		this.#stop();
		this.#removeOverlay();
	}

	remove(): void {
		this.stop();
		this.canvas.remove();
	}

	#deliver(reply: EventPointsReply): void {
		if (this.#receive) this.#receive(reply);
		else this.#unheard.push(reply);
	}

	#startWorker(kindColors: Float32Array): void {
		const offscreen = this.canvas.transferControlToOffscreen();
		const worker = new Worker(new URL('./eventPoints.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (message: MessageEvent<EventPointsReply>) => this.#deliver(message.data);
		worker.onerror = (error) =>
			this.#deliver({ type: 'failed', message: `its worker stopped: ${error.message}` });
		const start: EventPointsMessage = { type: 'start', canvas: offscreen, kindColors };
		worker.postMessage(start, [offscreen]);
		this.#post = (message, transfer = []) => worker.postMessage(message, transfer);
		this.#stop = () => worker.terminate();
	}
}

/** A drawer started before its map (`prepareEventPointsDrawer`), until a layer takes it. */
let prepared: EventPointsDrawer | undefined;

/**
 * Starts the drawer of the first event layer now, before its map exists, so that the worker
 * loads and makes and tests its WebGL context (hundreds of ms in software) while the map loads.
 */
export function prepareEventPointsDrawer(kindColors: Float32Array): void {
	prepared ??= new EventPointsDrawer(firstRendererToTry(), kindColors);
}

/** A drawer for a layer: the prepared one if it draws the same way in the same colours. */
export function eventPointsDrawerFor(
	renderer: EventRenderer,
	kindColors: Float32Array
): EventPointsDrawer {
	const drawer = prepared;
	prepared = undefined;
	const same =
		drawer?.renderer === renderer &&
		drawer.kindColors.length === kindColors.length &&
		drawer.kindColors.every((value, index) => value === kindColors[index]);
	if (drawer && same) return drawer;
	drawer?.remove();
	return new EventPointsDrawer(renderer, kindColors);
}

/** Remembers, for the rest of this page's life, that a worker could not draw the events. */
export function noteWorkerCannotDraw(): void {
	workerCannotDraw = true;
}
