import { prepareEventDrawing, type EventDrawing } from './eventDrawing';
import { eventCells, type EventCells } from './eventIndex';
import type { EventTable } from './eventTable';
import { spreadOffsets } from './spreadOffsets';

/**
 * What the map needs to draw a table's events and to pick them: the spread offsets, the GPU
 * draw order and the picking grid. Typed arrays only, so a worker can make it and hand it over.
 */
export interface EventLayout {
	offsets: Float32Array;
	drawing: EventDrawing;
	cells: EventCells;
}

/** Lays out a table's events; for 100,000 events this takes 100–200 ms, so run it in a worker. */
export function layOutEvents(table: EventTable): EventLayout {
	const offsets = spreadOffsets(table);
	return {
		offsets,
		drawing: prepareEventDrawing(table, offsets),
		cells: eventCells(table, offsets)
	};
}

/** The buffers under a layout, each once: to transfer it instead of copying it. */
export function layoutBuffers({ offsets, drawing, cells }: EventLayout): ArrayBuffer[] {
	const views = [
		offsets,
		drawing.vertices,
		drawing.drawPositionOf,
		drawing.sortedStarts,
		drawing.sortedEnds,
		...drawing.batches.map((batch) => batch.starts),
		cells.memberCells,
		cells.members
	];
	return [...new Set(views.map((view) => view.buffer as ArrayBuffer))];
}
