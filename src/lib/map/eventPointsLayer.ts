import type {
	CustomLayerInterface,
	CustomRenderMethodInput,
	Map as MapLibreMap
} from 'maplibre-gl';
import {
	candidateRanges,
	floatsPerEvent,
	type DrawRange,
	type EventDrawing
} from '$lib/events/eventDrawing';
import type { DayInterval } from '$lib/time/interval';

const vertexShader = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_window;
uniform vec2 u_viewport;
uniform float u_pixel_ratio;
uniform float u_point_scale;
uniform float u_selected;
uniform float u_hovered;
uniform vec3 u_kind_colors[6];
in vec2 a_pos;
in vec2 a_time;
in vec2 a_offset;
in vec4 a_style;
out vec3 v_color;
out float v_fill_alpha;
out float v_areal;
out float v_emphasis;
out float v_plain;
void main() {
	if (a_time.y < u_window.x || a_time.x > u_window.y) {
		gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
		gl_PointSize = 0.0;
		return;
	}
	vec4 position = u_matrix * vec4(a_pos, 0.0, 1.0);
	position.xy += a_offset * u_pixel_ratio * vec2(2.0, -2.0) / u_viewport * position.w;
	gl_Position = position;
	float emphasis = a_style.w == u_selected ? 2.0 : (a_style.w == u_hovered ? 1.0 : 0.0);
	float areal = mod(a_style.z, 2.0);
	bool shrinks = a_style.z > 1.5;
	float size = areal > 0.5 ? 17.0 : 12.0;
	if (emphasis > 0.0) size += emphasis * 4.0;
	else if (shrinks) size = max(2.0, size * u_point_scale);
	gl_PointSize = size * u_pixel_ratio;
	v_color = u_kind_colors[int(a_style.x)];
	// Day-precise events are solid; month, season, year and range get fainter fills.
	v_fill_alpha = a_style.y < 0.5 ? 1.0 : (a_style.y < 1.5 ? 0.6 : 0.18);
	v_areal = areal;
	v_emphasis = emphasis;
	v_plain = size < 7.0 ? 1.0 : 0.0;
}`;

const fragmentShader = `#version 300 es
precision mediump float;
in vec3 v_color;
in float v_fill_alpha;
in float v_areal;
in float v_emphasis;
in float v_plain;
out vec4 fragColor;
void main() {
	vec2 c = gl_PointCoord * 2.0 - 1.0;
	// Events placed only at a region or a country are diamonds, point events are discs.
	float d = v_areal > 0.5 ? abs(c.x) + abs(c.y) : length(c);
	if (d > 1.0) discard;
	if (v_plain > 0.5) {
		float plainAlpha = max(v_fill_alpha, 0.4);
		fragColor = vec4(v_color * plainAlpha, plainAlpha);
		return;
	}
	float strokeFrom = v_emphasis > 0.5 ? 0.62 : 0.72;
	bool inStroke = d > strokeFrom;
	bool inHalo = d > 0.9;
	vec3 stroke = v_emphasis > 1.5 ? vec3(0.08) : v_color * 0.6;
	vec3 rgb = inHalo ? vec3(1.0) : (inStroke ? stroke : v_color);
	float alpha = inStroke ? 1.0 : v_fill_alpha;
	fragColor = vec4(rgb * alpha, alpha);
}`;

/** Attribute name, floats and offset (in floats) within an event's vertex. */
const attributes: [string, number, number][] = [
	['a_pos', 2, 0],
	['a_time', 2, 2],
	['a_offset', 2, 4],
	['a_style', 4, 6]
];
const uniformNames = [
	'u_matrix',
	'u_window',
	'u_viewport',
	'u_pixel_ratio',
	'u_point_scale',
	'u_selected',
	'u_hovered',
	'u_kind_colors'
] as const;

/**
 * Up to this many events in a window are drawn full size; beyond, imported data points shrink
 * with density (article events never do).
 */
const fullSizeUpTo = 2_000;
/** Events uploaded to the GPU per animation frame, so a large set loads without a long task. */
const eventsPerUploadFrame = 65_536;

function hexToRgb(hex: string): [number, number, number] {
	const value = Number.parseInt(hex.slice(1), 16);
	return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
	const shader = gl.createShader(type)!;
	gl.shaderSource(shader, source);
	gl.compileShader(shader);
	if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
		throw new Error(`Event layer shader failed to compile: ${gl.getShaderInfoLog(shader)}`);
	}
	return shader;
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
 * stacked on the map's. The software compositor of a GPU-less machine reads every changed WebGL
 * canvas back on the main thread, waiting for its frame to be drawn: with events on their own
 * canvas, moving the window redraws only them, not the basemap. The map still lists this as a
 * custom layer, whose render call hands over the camera so both canvases move in one frame.
 * Per window change the main thread does two binary searches a duration class, never per-event
 * work: events are sorted by start within duration classes (`prepareEventDrawing`).
 */
export class EventPointsLayer implements CustomLayerInterface {
	readonly id: string;
	readonly type = 'custom' as const;
	readonly renderingMode = '2d' as const;

	#map: MapLibreMap | undefined;
	#canvas: HTMLCanvasElement | undefined;
	#gl: WebGL2RenderingContext | undefined;
	#program: WebGLProgram | undefined;
	#uniforms = new Map<string, WebGLUniformLocation | null>();
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
		canvas.addEventListener('webglcontextlost', (event) => {
			event.preventDefault();
			this.#cancelUpload();
			this.#shown = undefined;
			this.#gl = undefined;
			this.#program = undefined;
		});
		canvas.addEventListener('webglcontextrestored', () => this.#startGl());
		this.#canvas = canvas;
		this.#startGl();
	}

	onRemove(): void {
		this.#cancelUpload();
		const gl = this.#gl;
		if (gl && this.#shown) {
			gl.deleteBuffer(this.#shown.buffer);
			gl.deleteVertexArray(this.#shown.vertexArray);
		}
		if (gl && this.#program) gl.deleteProgram(this.#program);
		this.#shown = undefined;
		this.#gl = undefined;
		this.#program = undefined;
		this.#canvas?.remove();
		this.#canvas = undefined;
		this.#map = undefined;
		for (const resolve of this.#waitingForEvents.splice(0)) resolve();
	}

	/** Replaces the events; resolves once these (or newer) events are on the GPU and drawn. */
	setEvents(drawing: EventDrawing): Promise<void> {
		this.#events = drawing;
		return new Promise((resolve) => {
			this.#waitingForEvents.push(resolve);
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
		const program = gl.createProgram()!;
		gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, vertexShader));
		gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, fragmentShader));
		gl.linkProgram(program);
		if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
			throw new Error(`Event layer program failed to link: ${gl.getProgramInfoLog(program)}`);
		}
		this.#uniforms.clear();
		for (const name of uniformNames) this.#uniforms.set(name, gl.getUniformLocation(program, name));
		this.#gl = gl;
		this.#program = program;
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
		const vertexArray = gl.createVertexArray()!;
		gl.bindVertexArray(vertexArray);
		gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
		gl.bufferData(gl.ARRAY_BUFFER, Math.max(4, drawing.vertices.byteLength), gl.STATIC_DRAW);
		const stride = floatsPerEvent * 4;
		for (const [name, size, offset] of attributes) {
			const location = gl.getAttribLocation(program, name);
			gl.enableVertexAttribArray(location);
			gl.vertexAttribPointer(location, size, gl.FLOAT, false, stride, offset * 4);
		}
		gl.bindVertexArray(null);
		const upload: Upload = { drawing, buffer, vertexArray, uploadedEvents: 0, frame: 0 };
		this.#upload = upload;
		const uploadSlice = () => {
			const count = Math.min(eventsPerUploadFrame, drawing.count - upload.uploadedEvents);
			gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
			gl.bufferSubData(
				gl.ARRAY_BUFFER,
				upload.uploadedEvents * stride,
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
			this.#draw();
			for (const resolve of this.#waitingForEvents.splice(0)) resolve();
		};
		uploadSlice();
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
		if (!gl || !canvas || !map || !this.#program) return;
		if (!this.#matrix) {
			map.triggerRepaint();
			return;
		}
		const mapCanvas = map.getCanvas();
		if (canvas.width !== mapCanvas.width || canvas.height !== mapCanvas.height) {
			canvas.width = mapCanvas.width;
			canvas.height = mapCanvas.height;
		}
		canvas.style.width = mapCanvas.style.width;
		canvas.style.height = mapCanvas.style.height;
		gl.viewport(0, 0, canvas.width, canvas.height);
		gl.clearColor(0, 0, 0, 0);
		gl.clear(gl.COLOR_BUFFER_BIT);
		const shown = this.#shown;
		if (!shown || shown.drawing.count === 0) return;

		const ranges = candidateRanges(shown.drawing, this.#window);
		const candidates = ranges.reduce((sum, range) => sum + range.count, 0);
		gl.useProgram(this.#program);
		const uniform = (name: (typeof uniformNames)[number]) => this.#uniforms.get(name) ?? null;
		gl.uniformMatrix4fv(uniform('u_matrix'), false, this.#matrix);
		const clampDay = (day: number) => Math.max(-1e7, Math.min(1e7, day));
		const window = this.#window ?? { start: -Infinity, end: Infinity };
		gl.uniform2f(uniform('u_window'), clampDay(window.start), clampDay(window.end));
		gl.uniform2f(uniform('u_viewport'), canvas.width, canvas.height);
		gl.uniform1f(uniform('u_pixel_ratio'), map.getPixelRatio());
		gl.uniform1f(uniform('u_point_scale'), Math.min(1, Math.sqrt(fullSizeUpTo / candidates)));
		gl.uniform1f(uniform('u_selected'), this.#selected);
		gl.uniform1f(uniform('u_hovered'), this.#hovered);
		gl.uniform3fv(uniform('u_kind_colors'), this.#kindColors);
		gl.bindVertexArray(shown.vertexArray);
		gl.enable(gl.BLEND);
		gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
		for (const { first, count } of ranges) gl.drawArrays(gl.POINTS, first, count);
		// The emphasised events are drawn once more so that no neighbour covers them.
		const emphasised: DrawRange[] = [this.#hovered, this.#selected]
			.filter((index) => index >= 0 && index < shown.drawing.count)
			.map((index) => ({ first: shown.drawing.drawPositionOf[index], count: 1 }));
		for (const { first, count } of emphasised) gl.drawArrays(gl.POINTS, first, count);
		gl.bindVertexArray(null);
	}
}
