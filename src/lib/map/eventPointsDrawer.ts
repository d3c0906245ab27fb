import type { Map as MapLibreMap } from 'maplibre-gl';
import { floatsPerEvent, type EventDrawing } from '$lib/events/eventDrawing';
import { addAsyncOverlay, addStackedCanvas } from './stackedCanvases';
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
 * both). Replies (including a failure to start) always come a task later, never inside the call
 * that caused them.
 */
export class EventPointsDrawer {
	readonly renderer: EventRenderer;
	readonly canvas: HTMLCanvasElement;
	#post: (message: EventPointsRequest, transfer?: Transferable[]) => void = () => {};
	#stop: () => void = () => {};
	readonly #removeOverlay: () => void;
	/** The animation frame that sends the next slice of events, if any. */
	#sliceFrame = 0;
	#readyTimer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * Stacks a canvas on `map` and starts drawing on it; `picture` answers a slide capture's
	 * request for the view as it is now.
	 */
	constructor(
		map: MapLibreMap,
		renderer: EventRenderer,
		kindColors: Float32Array,
		picture: () => Promise<ImageBitmap | null>,
		receive: (reply: EventPointsReply) => void
	) {
		this.renderer = renderer;
		this.canvas = addStackedCanvas(map, 'event-points');
		this.#removeOverlay = addAsyncOverlay(map, { canvas: this.canvas, picture });
		const later = (reply: EventPointsReply) => queueMicrotask(() => receive(reply));
		try {
			if (renderer === 'worker') this.#startWorker(kindColors, receive, later);
			else {
				const drawing = new EventPointsRenderer(this.canvas, kindColors, later);
				this.#post = (message) => drawing.receive(message);
				this.#stop = () => drawing.stop();
			}
		} catch (error) {
			later({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
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

	/** A worker that has given no sign of drawing within the timeout gives way to the page. */
	#startWorker(
		kindColors: Float32Array,
		receive: (reply: EventPointsReply) => void,
		later: (reply: EventPointsReply) => void
	): void {
		const offscreen = this.canvas.transferControlToOffscreen();
		const worker = new Worker(new URL('./eventPoints.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (message: MessageEvent<EventPointsReply>) => receive(message.data);
		worker.onerror = (error) =>
			receive({ type: 'failed', message: `its worker stopped: ${error.message}` });
		const start: EventPointsMessage = { type: 'start', canvas: offscreen, kindColors };
		worker.postMessage(start, [offscreen]);
		this.#post = (message, transfer = []) => worker.postMessage(message, transfer);
		this.#stop = () => worker.terminate();
		this.#readyTimer = setTimeout(
			() => later({ type: 'failed', message: 'its worker did not start drawing in time' }),
			workerReadyTimeoutMs
		);
	}
}

/** Remembers, for the rest of this page's life, that a worker could not draw the events. */
export function noteWorkerCannotDraw(): void {
	workerCannotDraw = true;
}
