// Draws the event points on an OffscreenCanvas handed over by EventPointsLayer. Without a GPU,
// Chromium reads every changed WebGL canvas back in the thread that committed it, waiting for
// the software renderer: here that wait blocks this worker, never the page.
import type { EventPointsFrame, EventPointsMessage, EventPointsReply } from './eventPointsProtocol';
import { linkEventPointsProgram, type EventPointsProgram } from './eventPointsProgram';

interface GpuState {
	gl: WebGL2RenderingContext;
	program: EventPointsProgram;
	buffer: WebGLBuffer;
	vertexArray: WebGLVertexArrayObject;
}

let canvas: OffscreenCanvas | undefined;
let kindColors: Float32Array = new Float32Array(18);
let gpu: GpuState | undefined;
/** The events as last received, kept to upload again after a lost context. */
let events: { eventsId: number; count: number; vertices: Float32Array } | undefined;
let uploadedEventsId = -1;
let frame: EventPointsFrame | undefined;
let drawScheduled = false;
const pictureRequests: number[] = [];

function reply(message: EventPointsReply, transfer: Transferable[] = []): void {
	postMessage(message, { transfer });
}

function startGl(): void {
	const gl = canvas?.getContext('webgl2', {
		alpha: true,
		premultipliedAlpha: true,
		antialias: false,
		depth: false,
		stencil: false
	}) as WebGL2RenderingContext | null | undefined;
	if (!gl) {
		reply({ type: 'failed', message: 'The event layer needs WebGL 2.' });
		return;
	}
	const program = linkEventPointsProgram(gl);
	const buffer = gl.createBuffer()!;
	gpu = { gl, program, buffer, vertexArray: program.vertexArrayFor(buffer) };
	uploadedEventsId = -1;
	upload();
}

function upload(): void {
	if (!gpu || !events) return;
	const { gl, buffer } = gpu;
	gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
	gl.bufferData(gl.ARRAY_BUFFER, events.vertices, gl.STATIC_DRAW);
	uploadedEventsId = events.eventsId;
}

function scheduleDraw(): void {
	if (drawScheduled) return;
	drawScheduled = true;
	requestAnimationFrame(draw);
}

function draw(): void {
	drawScheduled = false;
	if (!gpu || !canvas || !frame) return;
	const { gl, program } = gpu;
	if (canvas.width !== frame.widthPx || canvas.height !== frame.heightPx) {
		canvas.width = frame.widthPx;
		canvas.height = frame.heightPx;
	}
	gl.viewport(0, 0, canvas.width, canvas.height);
	gl.clearColor(0, 0, 0, 0);
	gl.clear(gl.COLOR_BUFFER_BIT);
	if (events && frame.eventsId === uploadedEventsId && events.count > 0) {
		gl.useProgram(program.program);
		gl.uniformMatrix4fv(program.uniform('u_matrix'), false, frame.matrix);
		gl.uniform2f(program.uniform('u_window'), frame.window[0], frame.window[1]);
		gl.uniform2f(program.uniform('u_viewport'), canvas.width, canvas.height);
		gl.uniform1f(program.uniform('u_pixel_ratio'), frame.pixelRatio);
		gl.uniform1f(program.uniform('u_point_scale'), frame.pointScale);
		gl.uniform1f(program.uniform('u_selected'), frame.selected);
		gl.uniform1f(program.uniform('u_hovered'), frame.hovered);
		gl.uniform3fv(program.uniform('u_kind_colors'), kindColors);
		gl.bindVertexArray(gpu.vertexArray);
		gl.enable(gl.BLEND);
		gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
		for (const { first, count } of frame.ranges) gl.drawArrays(gl.POINTS, first, count);
		// The emphasised events are drawn once more so that no neighbour covers them.
		for (const position of frame.emphasised) gl.drawArrays(gl.POINTS, position, 1);
		gl.bindVertexArray(null);
	}
	const { version } = frame;
	if (pictureRequests.some((wanted) => wanted <= version)) {
		pictureRequests.splice(0);
		// The bitmap is taken now, while the drawing buffer holds this frame.
		createImageBitmap(canvas).then((picture) =>
			reply({ type: 'picture', version, picture }, [picture])
		);
	}
	// Reported once this frame has been committed, when the next one begins.
	requestAnimationFrame(() => reply({ type: 'drawn', version }));
}

onmessage = (message: MessageEvent<EventPointsMessage>) => {
	const data = message.data;
	switch (data.type) {
		case 'start':
			canvas = data.canvas;
			kindColors = data.kindColors;
			canvas.addEventListener('contextlost', (event) => {
				event.preventDefault();
				gpu = undefined;
			});
			canvas.addEventListener('contextrestored', () => {
				startGl();
				scheduleDraw();
			});
			startGl();
			break;
		case 'events':
			events = { eventsId: data.eventsId, count: data.count, vertices: data.vertices };
			upload();
			scheduleDraw();
			break;
		case 'frame':
			frame = data.frame;
			scheduleDraw();
			break;
		case 'picture':
			pictureRequests.push(data.version);
			scheduleDraw();
			break;
	}
};
