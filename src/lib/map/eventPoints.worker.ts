// Draws the event points on an OffscreenCanvas handed over by EventPointsLayer. Without a GPU,
// Chromium reads every changed WebGL canvas back in the thread that committed it, waiting for
// the software renderer: here that wait blocks this worker, never the page.
import { floatsPerEvent } from '$lib/events/eventDrawing';
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
/** The events as received, kept to upload again after a lost context. */
let events:
	{ eventsId: number; count: number; vertices: Float32Array; received: number } | undefined;
let uploadedEventsId = -1;
let frame: EventPointsFrame | undefined;
let drawScheduled = false;
const pictureRequests: number[] = [];

function reply(message: EventPointsReply, transfer: Transferable[] = []): void {
	postMessage(message, { transfer });
}

function fail(message: string): void {
	reply({ type: 'failed', message });
}

function startGl(): void {
	try {
		const gl = canvas?.getContext('webgl2', {
			alpha: true,
			premultipliedAlpha: true,
			antialias: false,
			depth: false,
			stencil: false
		}) as WebGL2RenderingContext | null | undefined;
		if (!gl) throw new Error('The event layer needs WebGL 2, which this browser did not give.');
		const program = linkEventPointsProgram(gl);
		const buffer = gl.createBuffer()!;
		gpu = { gl, program, buffer, vertexArray: program.vertexArrayFor(buffer) };
		uploadedEventsId = -1;
		upload();
	} catch (error) {
		gpu = undefined;
		fail(error instanceof Error ? error.message : String(error));
	}
}

/** Uploads the events once all their slices are in. */
function upload(): void {
	if (!gpu || !events || events.received < events.count) return;
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

/** True while the frame's events are still arriving: it is drawn once they are in. */
function waitingForEvents(current: EventPointsFrame): boolean {
	return !!gpu && current.eventsId !== uploadedEventsId && events?.eventsId === current.eventsId;
}

function draw(): void {
	drawScheduled = false;
	if (!canvas || !frame || waitingForEvents(frame)) return;
	const { version } = frame;
	if (gpu) paint(gpu, canvas, frame);
	if (pictureRequests.some((wanted) => wanted <= version)) {
		pictureRequests.splice(0);
		// The bitmap is taken now, while the drawing buffer holds this frame.
		createImageBitmap(canvas).then(
			(picture) => reply({ type: 'picture', version, picture }, [picture]),
			() => reply({ type: 'picture', version, picture: null })
		);
	}
	// Reported once this frame has been committed, when the next one begins. Without a GPU
	// context nothing is drawn, and saying so keeps no one waiting.
	requestAnimationFrame(() => reply({ type: 'drawn', version }));
}

function paint(state: GpuState, target: OffscreenCanvas, current: EventPointsFrame): void {
	const { gl, program } = state;
	if (target.width !== current.widthPx || target.height !== current.heightPx) {
		target.width = current.widthPx;
		target.height = current.heightPx;
	}
	gl.viewport(0, 0, target.width, target.height);
	gl.clearColor(0, 0, 0, 0);
	gl.clear(gl.COLOR_BUFFER_BIT);
	if (!events || current.eventsId !== uploadedEventsId || events.count === 0) return;
	gl.useProgram(program.program);
	gl.uniformMatrix4fv(program.uniform('u_matrix'), false, current.matrix);
	gl.uniform2f(program.uniform('u_window'), current.window[0], current.window[1]);
	gl.uniform2f(program.uniform('u_viewport'), target.width, target.height);
	gl.uniform1f(program.uniform('u_pixel_ratio'), current.pixelRatio);
	gl.uniform1f(program.uniform('u_point_scale'), current.pointScale);
	gl.uniform1f(program.uniform('u_selected'), current.selected);
	gl.uniform1f(program.uniform('u_hovered'), current.hovered);
	gl.uniform3fv(program.uniform('u_kind_colors'), kindColors);
	gl.bindVertexArray(state.vertexArray);
	gl.enable(gl.BLEND);
	gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
	for (const { first, count } of current.ranges) gl.drawArrays(gl.POINTS, first, count);
	// The emphasised events are drawn once more so that no neighbour covers them.
	for (const position of current.emphasised) gl.drawArrays(gl.POINTS, position, 1);
	gl.bindVertexArray(null);
}

onmessage = (message: MessageEvent<EventPointsMessage>) => {
	const data = message.data;
	switch (data.type) {
		case 'start':
			canvas = data.canvas;
			kindColors = data.kindColors;
			// A WebGL context on an OffscreenCanvas reports loss with the webgl-prefixed events.
			canvas.addEventListener('webglcontextlost' as 'contextlost', (event) => {
				event.preventDefault();
				gpu = undefined;
			});
			canvas.addEventListener('webglcontextrestored' as 'contextrestored', () => {
				startGl();
				scheduleDraw();
			});
			startGl();
			break;
		case 'events':
			events = {
				eventsId: data.eventsId,
				count: data.count,
				vertices: new Float32Array(data.count * floatsPerEvent),
				received: 0
			};
			upload();
			scheduleDraw();
			break;
		case 'eventsSlice':
			if (events?.eventsId !== data.eventsId) break;
			events.vertices.set(data.vertices, data.firstEvent * floatsPerEvent);
			events.received += data.vertices.length / floatsPerEvent;
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
