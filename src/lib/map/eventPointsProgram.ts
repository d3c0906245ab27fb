import { floatsPerEvent, precisionFillGlsl } from '$lib/events/eventDrawing';

// The GPU program that draws events as points (see EventPointsLayer). The vertex layout is
// eventDrawing's: `floatsPerEvent` floats an event.

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
const float precision_fill[] = ${precisionFillGlsl};
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
	v_fill_alpha = precision_fill[int(a_style.y + 0.5)];
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

/** A linked event-points program, its uniform locations, and a vertex array for a buffer. */
export interface EventPointsProgram {
	program: WebGLProgram;
	uniform: (name: (typeof uniformNames)[number]) => WebGLUniformLocation | null;
	/** A vertex array reading events from `buffer` in eventDrawing's layout. */
	vertexArrayFor: (buffer: WebGLBuffer) => WebGLVertexArrayObject;
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

export function linkEventPointsProgram(gl: WebGL2RenderingContext): EventPointsProgram {
	const program = gl.createProgram()!;
	const shaders = [
		compile(gl, gl.VERTEX_SHADER, vertexShader),
		compile(gl, gl.FRAGMENT_SHADER, fragmentShader)
	];
	for (const shader of shaders) gl.attachShader(program, shader);
	gl.linkProgram(program);
	for (const shader of shaders) {
		gl.detachShader(program, shader);
		gl.deleteShader(shader);
	}
	if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
		throw new Error(`Event layer program failed to link: ${gl.getProgramInfoLog(program)}`);
	}
	const locations = new Map(
		uniformNames.map((name) => [name, gl.getUniformLocation(program, name)])
	);
	const stride = floatsPerEvent * 4;
	return {
		program,
		uniform: (name) => locations.get(name) ?? null,
		vertexArrayFor(buffer) {
			const vertexArray = gl.createVertexArray()!;
			gl.bindVertexArray(vertexArray);
			gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
			for (const [name, size, offset] of attributes) {
				const location = gl.getAttribLocation(program, name);
				if (location < 0) continue;
				gl.enableVertexAttribArray(location);
				gl.vertexAttribPointer(location, size, gl.FLOAT, false, stride, offset * 4);
			}
			gl.bindVertexArray(null);
			return vertexArray;
		}
	};
}
