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
import { linkEventPointsProgram, type EventPointsProgram } from './eventPointsProgram';

/**
 * Up to this many events in a window are drawn full size; beyond, imported data points shrink
 * with density (article events never do).
 */
const fullSizeUpTo = 2_000;
/** Above this many events in a window, the points are drawn at half resolution. */
const halfResolutionFrom = 20_000;
/** Events uploaded to the GPU per animation frame, so a large set loads without a long task. */
const eventsPerUploadFrame = 65_536;

function hexToRgb(hex: string): [number, number, number] {
	const value = Number.parseInt(hex.slice(1), 16);
	return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
}

interface GpuEvents {
	drawing: EventDrawing;
	buffer: WebGLBuffer;
	vertexArray: WebGLVertexArrayObject;
}

interface Upload extends GpuEvents {
	uploadedEvents: number;
	frame: number;
}

/**
 * Draws events as points whose time window is a shader uniform, in a WebGL canvas of its own
 * stacked on the map's. Without a GPU, Chromium composites in software and reads every changed
 * WebGL canvas back on the main thread, waiting for its frame to be drawn (a trace shows the
 * commit blocked in GLES2::ReadPixels for the whole SwiftShader frame, 70–480 ms with the
 * basemap). On a canvas of their own, moving the window redraws only the events. The map still
 * lists this as a custom layer: its render call hands over the camera, so both canvases move in
 * one frame. The cost is the stacking: events are drawn above every map layer.
 * Per window change the main thread does a few binary searches per duration class, never
 * per-event work (`prepareEventDrawing`, `candidateRanges`).
 */
export class EventPointsLayer implements CustomLayerInterface {
	readonly id: string;
	readonly type = 'custom' as const;
	readonly renderingMode = '2d' as const;

	#map: MapLibreMap | undefined;
	#canvas: HTMLCanvasElement | undefined;
	#canvasListeners: AbortController | undefined;
	#gl: WebGL2RenderingContext | undefined;
	#program: EventPointsProgram | undefined;
	/** The events last asked for, and who waits to see them drawn. */
	#events: EventDrawing | undefined;
	#waitingForEvents: (() => void)[] = [];
	#shown: GpuEvents | undefined;
	#upload: Upload | undefined;
	#matrix: Float32Array | undefined;
	#window: DayInterval | null = null;
	#selected = -1;
	#hovered = -1;
	#kindColors: Float32Array;
	#drawQueued = false;

	constructor(id: string, kindColors: readonly string[]) {
		this.id = id;
		this.#kindColors = new Float32Array(kindColors.flatMap(hexToRgb));
	}

	onAdd(map: MapLibreMap): void {
		this.#map = map;
		const canvas = document.createElement('canvas');
		canvas.className = 'event-points';
		canvas.setAttribute('aria-hidden', 'true');
		Object.assign(canvas.style, {
			position: 'absolute',
			left: '0',
			top: '0',
			pointerEvents: 'none'
		});
		map.getCanvasContainer().append(canvas);
		const listeners = new AbortController();
		canvas.addEventListener(
			'webglcontextlost',
			(event) => {
				event.preventDefault();
				this.#cancelUpload();
				this.#shown = undefined;
				this.#gl = undefined;
				this.#program = undefined;
			},
			{ signal: listeners.signal }
		);
		canvas.addEventListener('webglcontextrestored', () => this.#startGl(), {
			signal: listeners.signal
		});
		this.#canvas = canvas;
		this.#canvasListeners = listeners;
		this.#startGl();
	}

	onRemove(): void {
		this.#cancelUpload();
		this.#canvasListeners?.abort();
		const gl = this.#gl;
		if (gl && this.#shown) {
			gl.deleteBuffer(this.#shown.buffer);
			gl.deleteVertexArray(this.#shown.vertexArray);
		}
		if (gl && this.#program) gl.deleteProgram(this.#program.program);
		// Free the context now rather than when the canvas is collected: Chromium caps live contexts.
		gl?.getExtension('WEBGL_lose_context')?.loseContext();
		this.#shown = undefined;
		this.#gl = undefined;
		this.#program = undefined;
		this.#canvas?.remove();
		this.#canvas = undefined;
		this.#map = undefined;
		this.#resolveWaiting();
	}

	/** Replaces the events; resolves once these (or newer) events are on the GPU and drawn. */
	setEvents(drawing: EventDrawing): Promise<void> {
		return new Promise((resolve) => {
			this.#waitingForEvents.push(resolve);
			if (drawing === this.#events) {
				this.#queueDraw();
				return;
			}
			this.#events = drawing;
			this.#startUpload();
		});
	}

	setWindow(window: DayInterval | null): void {
		this.#window = window;
		this.#queueDraw();
	}

	/** Emphasises two events by their index in the table (-1 for none). */
	setEmphasis(selected: number, hovered: number): void {
		if (selected === this.#selected && hovered === this.#hovered) return;
		this.#selected = selected;
		this.#hovered = hovered;
		this.#queueDraw();
	}

	/** Called by the map in each of its frames: takes the camera and draws in the same frame. */
	render(_mapGl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput) {
		this.#matrix = new Float32Array(options.defaultProjectionData.mainMatrix);
		this.#draw();
	}

	#startGl(): void {
		const gl = this.#canvas?.getContext('webgl2', {
			alpha: true,
			premultipliedAlpha: true,
			antialias: false,
			depth: false,
			stencil: false
		});
		if (!gl) throw new Error('The event layer needs WebGL 2.');
		this.#program = linkEventPointsProgram(gl);
		this.#gl = gl;
		this.#startUpload();
	}

	#cancelUpload(): void {
		const upload = this.#upload;
		if (!upload) return;
		cancelAnimationFrame(upload.frame);
		this.#gl?.deleteBuffer(upload.buffer);
		this.#gl?.deleteVertexArray(upload.vertexArray);
		this.#upload = undefined;
	}

	/** Uploads the latest events in slices, one per frame, and shows them when all are in. */
	#startUpload(): void {
		this.#cancelUpload();
		const gl = this.#gl;
		const program = this.#program;
		const drawing = this.#events;
		if (!gl || !program || !drawing) return;
		const buffer = gl.createBuffer()!;
		gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
		gl.bufferData(gl.ARRAY_BUFFER, Math.max(4, drawing.vertices.byteLength), gl.STATIC_DRAW);
		const vertexArray = program.vertexArrayFor(buffer);
		const upload: Upload = { drawing, buffer, vertexArray, uploadedEvents: 0, frame: 0 };
		this.#upload = upload;
		const uploadSlice = () => {
			const count = Math.min(eventsPerUploadFrame, drawing.count - upload.uploadedEvents);
			gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
			gl.bufferSubData(
				gl.ARRAY_BUFFER,
				upload.uploadedEvents * floatsPerEvent * 4,
				drawing.vertices,
				upload.uploadedEvents * floatsPerEvent,
				count * floatsPerEvent
			);
			upload.uploadedEvents += count;
			if (upload.uploadedEvents < drawing.count) {
				upload.frame = requestAnimationFrame(uploadSlice);
				return;
			}
			this.#upload = undefined;
			if (this.#shown) {
				gl.deleteBuffer(this.#shown.buffer);
				gl.deleteVertexArray(this.#shown.vertexArray);
			}
			this.#shown = { drawing, buffer, vertexArray };
			this.#queueDraw();
		};
		uploadSlice();
	}

	#resolveWaiting(): void {
		for (const resolve of this.#waitingForEvents.splice(0)) resolve();
	}

	#queueDraw(): void {
		if (this.#drawQueued) return;
		this.#drawQueued = true;
		// Setters called together (one state change sets events, window and emphasis) draw once.
		queueMicrotask(() => {
			if (this.#drawQueued) this.#draw();
		});
	}

	#draw(): void {
		this.#drawQueued = false;
		const gl = this.#gl;
		const canvas = this.#canvas;
		const map = this.#map;
		const program = this.#program;
		if (!gl || !canvas || !map || !program) return;
		if (!this.#matrix) {
			map.triggerRepaint();
			return;
		}
		const shown = this.#shown;
		const shownEvents = shown ? shownCount(shown.drawing, this.#window) : 0;
		// Tens of thousands of points make a density cloud: half the resolution draws it as well
		// and halves the cost of reading the canvas back.
		const resolution = shownEvents > halfResolutionFrom ? 0.5 : 1;
		const mapCanvas = map.getCanvas();
		const width = Math.round(mapCanvas.width * resolution);
		const height = Math.round(mapCanvas.height * resolution);
		if (canvas.width !== width || canvas.height !== height) {
			canvas.width = width;
			canvas.height = height;
		}
		canvas.style.width = mapCanvas.style.width;
		canvas.style.height = mapCanvas.style.height;
		gl.viewport(0, 0, canvas.width, canvas.height);
		gl.clearColor(0, 0, 0, 0);
		gl.clear(gl.COLOR_BUFFER_BIT);
		if (!shown || shown.drawing.count === 0) {
			if (shown?.drawing === this.#events) this.#resolveWaiting();
			return;
		}

		const { drawing } = shown;
		// Device pixels per CSS pixel of this canvas: the map may draw at a lower ratio than asked
		// for (its canvas size limit), and dense windows draw at half resolution.
		const pixelRatio = canvas.width / (mapCanvas.clientWidth || canvas.width);
		const clampDay = (day: number) => Math.max(-1e7, Math.min(1e7, day));
		const window = this.#window ?? { start: -Infinity, end: Infinity };
		gl.useProgram(program.program);
		gl.uniformMatrix4fv(program.uniform('u_matrix'), false, this.#matrix);
		gl.uniform2f(program.uniform('u_window'), clampDay(window.start), clampDay(window.end));
		gl.uniform2f(program.uniform('u_viewport'), canvas.width, canvas.height);
		gl.uniform1f(program.uniform('u_pixel_ratio'), pixelRatio);
		gl.uniform1f(
			program.uniform('u_point_scale'),
			Math.min(1, Math.sqrt(fullSizeUpTo / Math.max(1, shownEvents)))
		);
		gl.uniform1f(program.uniform('u_selected'), this.#selected);
		gl.uniform1f(program.uniform('u_hovered'), this.#hovered);
		gl.uniform3fv(program.uniform('u_kind_colors'), this.#kindColors);
		gl.bindVertexArray(shown.vertexArray);
		gl.enable(gl.BLEND);
		gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
		for (const { first, count } of candidateRanges(drawing, this.#window)) {
			gl.drawArrays(gl.POINTS, first, count);
		}
		// The emphasised events are drawn once more so that no neighbour covers them. Their
		// indices refer to the latest events, which may still be uploading.
		if (drawing === this.#events) {
			for (const index of [this.#hovered, this.#selected]) {
				if (index >= 0 && index < drawing.count) {
					gl.drawArrays(gl.POINTS, drawing.drawPositionOf[index], 1);
				}
			}
			this.#resolveWaiting();
		}
		gl.bindVertexArray(null);
	}
}
