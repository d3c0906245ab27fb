import { floatsPerEvent } from '$lib/events/eventDrawing';
import type { EventPointsFrame, EventPointsMessage, EventPointsReply } from './eventPointsProtocol';
import { linkEventPointsProgram, type EventPointsProgram } from './eventPointsProgram';

/** The messages a renderer draws from: all but the worker's 'start', which creates one. */
export type EventPointsRequest = Exclude<EventPointsMessage, { type: 'start' }>;

interface GpuState {
	gl: WebGL2RenderingContext;
	program: EventPointsProgram;
	buffer: WebGLBuffer;
	vertexArray: WebGLVertexArrayObject;
}

/** How long a lost context may take to come back before the renderer gives up. */
const contextRestoreMs = 3_000;

/** The colour (kind 0's) that the known frame drawn after each context creation must show. */
const knownFrameColour = [1, 0, 0] as const;

/**
 * Draws the frames EventPointsLayer sends on one canvas: an OffscreenCanvas in
 * eventPoints.worker.ts, or a canvas in the page where a worker cannot draw. Frames are drawn in
 * the next animation frame of whichever thread runs it; what it draws is reported through
 * `reply` exactly as the worker reports it.
 */
export class EventPointsRenderer {
	readonly #canvas: OffscreenCanvas | HTMLCanvasElement;
	readonly #kindColors: Float32Array;
	readonly #reply: (message: EventPointsReply, transfer?: Transferable[]) => void;
	#gpu: GpuState | undefined;
	/** The events as received, kept to upload again after a lost context. */
	#events:
		{ eventsId: number; count: number; vertices: Float32Array; received: number } | undefined;
	#uploadedEventsId = -1;
	#frame: EventPointsFrame | undefined;
	#drawFrame = 0;
	#restoreTimer: ReturnType<typeof setTimeout> | undefined;
	readonly #pictureRequests: number[] = [];

	constructor(
		canvas: OffscreenCanvas | HTMLCanvasElement,
		kindColors: Float32Array,
		reply: (message: EventPointsReply, transfer?: Transferable[]) => void
	) {
		this.#canvas = canvas;
		this.#kindColors = kindColors;
		this.#reply = reply;
		// An OffscreenCanvas reports loss with the webgl-prefixed events, as a page canvas does.
		canvas.addEventListener('webglcontextlost', (event) => {
			event.preventDefault();
			this.#gpu = undefined;
			this.#restoreTimer = setTimeout(
				() => this.#fail('its WebGL context was lost and not restored'),
				contextRestoreMs
			);
		});
		canvas.addEventListener('webglcontextrestored', () => {
			clearTimeout(this.#restoreTimer);
			if (this.#startGl()) this.#scheduleDraw();
		});
		if (this.#startGl()) reply({ type: 'ready' });
	}

	receive(message: EventPointsRequest): void {
		switch (message.type) {
			case 'events':
				this.#events = {
					eventsId: message.eventsId,
					count: message.count,
					vertices: new Float32Array(message.count * floatsPerEvent),
					received: 0
				};
				break;
			case 'eventsSlice':
				if (this.#events?.eventsId !== message.eventsId) return;
				this.#events.vertices.set(message.vertices, message.firstEvent * floatsPerEvent);
				this.#events.received += message.vertices.length / floatsPerEvent;
				break;
			case 'frame':
				this.#frame = message.frame;
				break;
			case 'picture':
				this.#pictureRequests.push(message.version);
				break;
		}
		this.#upload();
		this.#scheduleDraw();
	}

	stop(): void {
		cancelAnimationFrame(this.#drawFrame);
		clearTimeout(this.#restoreTimer);
		this.#gpu = undefined;
	}

	#fail(reason: string): void {
		this.#gpu = undefined;
		this.#reply({ type: 'failed', message: reason });
	}

	/**
	 * Creates the context and the program, and draws a known frame and reads it back, since a
	 * context can be given and still draw nothing. Says why it failed if it did.
	 */
	#startGl(): boolean {
		try {
			const gl = this.#canvas.getContext('webgl2', {
				alpha: true,
				premultipliedAlpha: true,
				antialias: false,
				depth: false,
				stencil: false,
				// A page canvas leaves the compositor's synchronisation: without a GPU, Chromium
				// otherwise reads the whole canvas back on the main thread at every commit (12 of
				// the 12.5 ms a slider input kept the main thread busy at 100,000 events).
				desynchronized: !isOffscreen(this.#canvas)
			}) as WebGL2RenderingContext | null;
			if (!gl) throw new Error('this browser gave no WebGL 2 context');
			const program = linkEventPointsProgram(gl);
			const buffer = gl.createBuffer()!;
			const gpu = { gl, program, buffer, vertexArray: program.vertexArrayFor(buffer) };
			drawKnownFrame(gpu, this.#canvas);
			this.#gpu = gpu;
			this.#uploadedEventsId = -1;
			this.#upload();
			return true;
		} catch (error) {
			this.#fail(error instanceof Error ? error.message : String(error));
			return false;
		}
	}

	/** Uploads the events once all their slices are in. */
	#upload(): void {
		const events = this.#events;
		if (!this.#gpu || !events || events.received < events.count) return;
		if (events.eventsId === this.#uploadedEventsId) return;
		const { gl, buffer } = this.#gpu;
		gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
		gl.bufferData(gl.ARRAY_BUFFER, events.vertices, gl.STATIC_DRAW);
		this.#uploadedEventsId = events.eventsId;
	}

	#scheduleDraw(): void {
		if (this.#drawFrame) return;
		this.#drawFrame = requestAnimationFrame(() => this.#draw());
	}

	/** True while the frame's events are still arriving: it is drawn once they are in. */
	#waitingForEvents(frame: EventPointsFrame): boolean {
		return (
			!!this.#gpu &&
			frame.eventsId !== this.#uploadedEventsId &&
			this.#events?.eventsId === frame.eventsId
		);
	}

	#draw(): void {
		this.#drawFrame = 0;
		const frame = this.#frame;
		if (!frame || this.#waitingForEvents(frame)) return;
		const { version } = frame;
		const started = performance.now();
		if (this.#gpu) this.#paint(this.#gpu, frame);
		const paintMs = performance.now() - started;
		if (this.#pictureRequests.some((wanted) => wanted <= version)) {
			this.#pictureRequests.splice(0);
			// The bitmap is taken now, while the drawing buffer holds this frame.
			createImageBitmap(this.#canvas).then(
				(picture) => this.#reply({ type: 'picture', version, picture }, [picture]),
				() => this.#reply({ type: 'picture', version, picture: null })
			);
		}
		// Reported once this frame has been committed, when the next one begins. Without a GPU
		// context nothing is drawn, and saying so keeps no one waiting.
		requestAnimationFrame(() => this.#reply({ type: 'drawn', version, paintMs }));
	}

	#paint(gpu: GpuState, frame: EventPointsFrame): void {
		const canvas = this.#canvas;
		if (canvas.width !== frame.widthPx || canvas.height !== frame.heightPx) {
			canvas.width = frame.widthPx;
			canvas.height = frame.heightPx;
		}
		const events = this.#events;
		const drawn = events && frame.eventsId === this.#uploadedEventsId ? events.count : 0;
		paintEvents(gpu, canvas, frame, this.#kindColors, drawn);
	}
}

/** Clears the canvas and draws `frame`'s events from the uploaded buffer (none if `count` is 0). */
function paintEvents(
	{ gl, program, vertexArray }: GpuState,
	canvas: { width: number; height: number },
	frame: EventPointsFrame,
	kindColors: Float32Array,
	count: number
): void {
	gl.viewport(0, 0, canvas.width, canvas.height);
	gl.clearColor(0, 0, 0, 0);
	gl.clear(gl.COLOR_BUFFER_BIT);
	if (count === 0) return;
	gl.useProgram(program.program);
	gl.uniformMatrix4fv(program.uniform('u_matrix'), false, frame.matrix);
	gl.uniform2f(program.uniform('u_window'), frame.window[0], frame.window[1]);
	gl.uniform2f(program.uniform('u_viewport'), canvas.width, canvas.height);
	gl.uniform1f(program.uniform('u_pixel_ratio'), frame.pixelRatio);
	gl.uniform1f(program.uniform('u_point_scale'), frame.pointScale);
	gl.uniform1f(program.uniform('u_selected'), frame.selected);
	gl.uniform1f(program.uniform('u_hovered'), frame.hovered);
	gl.uniform3fv(program.uniform('u_kind_colors'), kindColors);
	gl.bindVertexArray(vertexArray);
	gl.enable(gl.BLEND);
	gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
	for (const { first, count } of frame.ranges) gl.drawArrays(gl.POINTS, first, count);
	// The emphasised events are drawn once more so that no neighbour covers them.
	for (const position of frame.emphasised) gl.drawArrays(gl.POINTS, position, 1);
	gl.bindVertexArray(null);
}

function isOffscreen(canvas: OffscreenCanvas | HTMLCanvasElement): canvas is OffscreenCanvas {
	return typeof OffscreenCanvas !== 'undefined' && canvas instanceof OffscreenCanvas;
}

/**
 * Draws one day-precise event of kind 0 at the centre of a 16×16 viewport and reads the centre
 * pixel back; throws unless it shows the event's colour.
 */
function drawKnownFrame(gpu: GpuState, canvas: OffscreenCanvas | HTMLCanvasElement): void {
	const { gl } = gpu;
	canvas.width = 16;
	canvas.height = 16;
	const vertex = new Float32Array(floatsPerEvent);
	gl.bindBuffer(gl.ARRAY_BUFFER, gpu.buffer);
	gl.bufferData(gl.ARRAY_BUFFER, vertex, gl.STATIC_DRAW);
	const identity = new Float32Array([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
	const frame: EventPointsFrame = {
		version: 0,
		eventsId: 0,
		widthPx: 16,
		heightPx: 16,
		pixelRatio: 1,
		matrix: identity,
		window: [-1, 1],
		ranges: [{ first: 0, count: 1 }],
		pointScale: 1,
		selected: -1,
		hovered: -1,
		emphasised: []
	};
	const kindColors = new Float32Array(18);
	kindColors.set(knownFrameColour);
	paintEvents(gpu, canvas, frame, kindColors, 1);
	const pixel = new Uint8Array(4);
	gl.readPixels(8, 8, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
	const error = gl.getError();
	if (gl.isContextLost() || error !== gl.NO_ERROR) {
		throw new Error(`its WebGL context failed a test frame (error ${error})`);
	}
	if (pixel[0] < 200 || pixel[1] > 60 || pixel[2] > 60 || pixel[3] < 200) {
		throw new Error(`its WebGL context drew a test frame wrongly (read back ${pixel.join(',')})`);
	}
	gl.clear(gl.COLOR_BUFFER_BIT);
}
