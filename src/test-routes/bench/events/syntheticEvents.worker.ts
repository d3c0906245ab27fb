// Builds a synthetic event set off the main thread, laid out for the GPU as the app lays out
// its own events, so the benchmark's load measures the GPU upload alone. (The app still builds
// its event table on the main thread: see the README's "Large event sets".)
import { prepareEventDrawing } from '$lib/events/eventDrawing';
import { spreadOffsets } from '$lib/events/spreadOffsets';
import { syntheticEventTable } from '$lib/events/syntheticEvents';

export interface SyntheticEventsRequest {
	count: number;
	firstDay: number;
	lastDay: number;
}

self.onmessage = (message: MessageEvent<SyntheticEventsRequest>) => {
	const { count, firstDay, lastDay } = message.data;
	const table = syntheticEventTable(count, { firstDay, lastDay });
	const drawing = prepareEventDrawing(table, spreadOffsets(table));
	const buffers = new Set<ArrayBufferLike>([
		drawing.vertices.buffer,
		drawing.drawPositionOf.buffer,
		...drawing.batches.map((batch) => batch.starts.buffer)
	]);
	postMessage(drawing, { transfer: [...buffers] as ArrayBuffer[] });
};
