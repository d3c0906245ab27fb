import type {
	CustomLayerInterface,
	CustomRenderMethodInput,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { EventTable } from '$lib/events/eventTable';
import type { DayInterval } from '$lib/time/interval';

const vertexShader = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_window;
uniform vec2 u_viewport;
uniform float u_pixel_ratio;
uniform float u_selected;
uniform float u_hovered;
uniform vec3 u_kind_colors[6];
in vec2 a_pos;
in vec2 a_time;
in vec2 a_offset;
in vec3 a_style;
in float a_index;
out vec3 v_color;
out float v_fill_alpha;
out float v_areal;
out float v_emphasis;
void main() {
	if (a_time.y < u_window.x || a_time.x > u_window.y) {
		gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
		gl_PointSize = 0.0;
		return;
	}
	vec4 position = u_matrix * vec4(a_pos, 0.0, 1.0);
	position.xy += a_offset * u_pixel_ratio * vec2(2.0, -2.0) / u_viewport * position.w;
	gl_Position = position;
	float emphasis = a_index == u_selected ? 2.0 : (a_index == u_hovered ? 1.0 : 0.0);
	gl_PointSize = ((a_style.z > 0.5 ? 17.0 : 12.0) + emphasis * 4.0) * u_pixel_ratio;
	v_color = u_kind_colors[int(a_style.x)];
	// Day-precise events are solid; month, season, year and range get fainter fills.
	v_fill_alpha = a_style.y < 0.5 ? 1.0 : (a_style.y < 1.5 ? 0.6 : 0.18);
	v_areal = a_style.z;
	v_emphasis = emphasis;
}`;

const fragmentShader = `#version 300 es
precision mediump float;
in vec3 v_color;
in float v_fill_alpha;
in float v_areal;
in float v_emphasis;
out vec4 fragColor;
void main() {
	vec2 c = gl_PointCoord * 2.0 - 1.0;
	// Events placed only at a region or a country are diamonds, point events are discs.
	float d = v_areal > 0.5 ? abs(c.x) + abs(c.y) : length(c);
	if (d > 1.0) discard;
	float strokeFrom = v_emphasis > 0.5 ? 0.62 : 0.72;
	bool inStroke = d > strokeFrom;
	bool inHalo = d > 0.9;
	vec3 stroke = v_emphasis > 1.5 ? vec3(0.08) : v_color * 0.6;
	vec3 rgb = inHalo ? vec3(1.0) : (inStroke ? stroke : v_color);
	float alpha = inStroke ? 1.0 : v_fill_alpha;
	fragColor = vec4(rgb * alpha, alpha);
}`;

const attributes = ['a_pos', 'a_time', 'a_offset', 'a_style', 'a_index'] as const;

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

/**
 * Draws events as points whose time window is a shader uniform: moving the window is a
 * uniform change and a repaint, with no per-event work on the main thread.
 */
export class EventPointsLayer implements CustomLayerInterface {
	readonly id: string;
	readonly type = 'custom' as const;
	readonly renderingMode = '2d' as const;

	#map: MapLibreMap | undefined;
	#gl: WebGL2RenderingContext | undefined;
	#program: WebGLProgram | undefined;
	#buffers = new Map<string, WebGLBuffer>();
	#uniforms = new Map<string, WebGLUniformLocation | null>();
	#count = 0;
	#pending: { table: EventTable; offsets: Float32Array } | undefined;
	#window: DayInterval = { start: -Infinity, end: Infinity };
	#selected = -1;
	#hovered = -1;
	#kindColors: Float32Array;

	constructor(id: string, kindColors: readonly string[]) {
		this.id = id;
		this.#kindColors = new Float32Array(kindColors.flatMap(hexToRgb));
	}

	onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
		if (!('createVertexArray' in gl)) throw new Error('The event layer needs WebGL 2.');
		this.#map = map;
		this.#gl = gl;
		const program = gl.createProgram()!;
		gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, vertexShader));
		gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, fragmentShader));
		gl.linkProgram(program);
		if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
			throw new Error(`Event layer program failed to link: ${gl.getProgramInfoLog(program)}`);
		}
		this.#program = program;
		for (const name of [
			'u_matrix',
			'u_window',
			'u_viewport',
			'u_pixel_ratio',
			'u_selected',
			'u_hovered',
			'u_kind_colors'
		]) {
			this.#uniforms.set(name, gl.getUniformLocation(program, name));
		}
		for (const name of attributes) this.#buffers.set(name, gl.createBuffer()!);
		if (this.#pending) this.setEvents(this.#pending.table, this.#pending.offsets);
	}

	onRemove(): void {
		const gl = this.#gl;
		if (!gl) return;
		for (const buffer of this.#buffers.values()) gl.deleteBuffer(buffer);
		if (this.#program) gl.deleteProgram(this.#program);
		this.#buffers.clear();
		this.#gl = undefined;
	}

	setEvents(table: EventTable, offsets: Float32Array): void {
		const gl = this.#gl;
		if (!gl) {
			this.#pending = { table, offsets };
			return;
		}
		this.#pending = undefined;
		const positions = new Float32Array(table.count * 2);
		const times = new Float32Array(table.count * 2);
		const styles = new Float32Array(table.count * 3);
		const indices = new Float32Array(table.count);
		for (let index = 0; index < table.count; index++) {
			positions[index * 2] = table.mercatorX[index];
			positions[index * 2 + 1] = table.mercatorY[index];
			times[index * 2] = table.start[index];
			times[index * 2 + 1] = table.end[index];
			styles[index * 3] = table.kindIndex[index];
			styles[index * 3 + 1] = table.precisionIndex[index];
			styles[index * 3 + 2] = table.areal[index];
			indices[index] = index;
		}
		const upload = (name: string, data: Float32Array) => {
			gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffers.get(name)!);
			gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
		};
		upload('a_pos', positions);
		upload('a_time', times);
		upload('a_offset', offsets);
		upload('a_style', styles);
		upload('a_index', indices);
		this.#count = table.count;
		this.#map?.triggerRepaint();
	}

	setWindow(window: DayInterval | null): void {
		this.#window = window ?? { start: -Infinity, end: Infinity };
		this.#map?.triggerRepaint();
	}

	setEmphasis(selected: number, hovered: number): void {
		if (selected === this.#selected && hovered === this.#hovered) return;
		this.#selected = selected;
		this.#hovered = hovered;
		this.#map?.triggerRepaint();
	}

	render(
		gl: WebGLRenderingContext | WebGL2RenderingContext,
		options: CustomRenderMethodInput
	): void {
		const program = this.#program;
		if (!program || this.#count === 0) return;
		gl.useProgram(program);
		const uniform = (name: string) => this.#uniforms.get(name) ?? null;
		gl.uniformMatrix4fv(
			uniform('u_matrix'),
			false,
			new Float32Array(options.defaultProjectionData.mainMatrix)
		);
		const clampDay = (day: number) => Math.max(-1e7, Math.min(1e7, day));
		gl.uniform2f(uniform('u_window'), clampDay(this.#window.start), clampDay(this.#window.end));
		gl.uniform2f(uniform('u_viewport'), gl.drawingBufferWidth, gl.drawingBufferHeight);
		gl.uniform1f(uniform('u_pixel_ratio'), this.#map?.getPixelRatio() ?? 1);
		gl.uniform1f(uniform('u_selected'), this.#selected);
		gl.uniform1f(uniform('u_hovered'), this.#hovered);
		gl.uniform3fv(uniform('u_kind_colors'), this.#kindColors);
		const sizes: Record<(typeof attributes)[number], number> = {
			a_pos: 2,
			a_time: 2,
			a_offset: 2,
			a_style: 3,
			a_index: 1
		};
		const enabled: number[] = [];
		for (const name of attributes) {
			const location = gl.getAttribLocation(program, name);
			if (location < 0) continue;
			gl.bindBuffer(gl.ARRAY_BUFFER, this.#buffers.get(name)!);
			gl.enableVertexAttribArray(location);
			gl.vertexAttribPointer(location, sizes[name], gl.FLOAT, false, 0, 0);
			enabled.push(location);
		}
		gl.enable(gl.BLEND);
		gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
		gl.drawArrays(gl.POINTS, 0, this.#count);
		// The emphasised events are drawn once more so that no neighbour covers them.
		for (const index of [this.#hovered, this.#selected]) {
			if (index >= 0 && index < this.#count) gl.drawArrays(gl.POINTS, index, 1);
		}
		for (const location of enabled) gl.disableVertexAttribArray(location);
	}
}
