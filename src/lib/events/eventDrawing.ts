import { datePrecisions, type DatePrecision } from '$lib/time/datePrecision';
import type { DayInterval } from '$lib/time/interval';
import type { EventTable } from './eventTable';

/**
 * Floats per event in the GPU vertex buffer: mercator x, y; start and end day; spread offset
 * x, y in pixels; kind and precision indices; flags (+1 areal, +2 shrinks with density); the
 * event's index in its table.
 */
export const floatsPerEvent = 10;

/**
 * Fill opacity of an event's symbol by how precisely its date is known: a day solid, a month
 * pale, anything coarser hollow (the legend says so). Never crisper than a finer precision.
 */
export const precisionFill: Record<DatePrecision, number> = {
	day: 1,
	month: 0.6,
	season: 0.18,
	quarter: 0.18,
	year: 0.18,
	decade: 0.18,
	range: 0.18
};

/** precisionFill in precision-index order, as the GPU program's constant array (GLSL source). */
export const precisionFillGlsl = `float[${datePrecisions.length}](${datePrecisions
	.map((precision) => precisionFill[precision].toFixed(2))
	.join(', ')})`;

/**
 * Events of one duration class, sorted by start day. A window [s, e] can only meet those whose
 * start lies in [s − longestDays, e]: two binary searches find them, with no per-event work.
 * Classes double in length (0 days, 1, 2–3, 4–7, …), so a long event never widens the search
 * for events much shorter than itself.
 */
export interface DrawBatch {
	/** Position of the batch's first event in draw order. */
	first: number;
	/** Start days of the batch's events, ascending. */
	starts: Float32Array;
	longestDays: number;
}

/** Events laid out for the GPU in draw order, and how to find those a time window may show. */
export interface EventDrawing {
	count: number;
	vertices: Float32Array;
	batches: DrawBatch[];
	/** Draw-order position of each event, by its index in the table. */
	drawPositionOf: Int32Array;
	/** Every event's start day, and every end day, ascending: to count those a window shows. */
	sortedStarts: Float32Array;
	sortedEnds: Float32Array;
}

/** A run of events in draw order: `count` events from position `first`. */
export interface DrawRange {
	first: number;
	count: number;
}

function durationClassOf(days: number): number {
	return days <= 0 ? 0 : Math.ceil(Math.log2(days + 1));
}

/** Bits of a sort key that hold the event's index (tables of up to 2^21 events). */
const indexBits = 2 ** 21;
/** Start days are whole and within ±2^23 of day 0 (year 1970) in a Float32Array table. */
const startBias = 2 ** 23;

/**
 * Table indices by duration class, then start day, then index. Each event's three are packed
 * into one number below 2^53 and the numbers sorted natively: a comparator called from
 * `sort` took about 100 ms for 100,000 events.
 */
function drawOrder(table: EventTable, durationClass: Uint8Array): Uint32Array {
	const { count } = table;
	if (count > indexBits) return slowDrawOrder(table, durationClass);
	const keys = new Float64Array(count);
	for (let index = 0; index < count; index++) {
		const start = table.start[index] + startBias;
		if (!Number.isInteger(start) || start < 0 || start >= 2 * startBias) {
			return slowDrawOrder(table, durationClass);
		}
		keys[index] = (durationClass[index] * 2 * startBias + start) * indexBits + index;
	}
	keys.sort();
	const order = new Uint32Array(count);
	for (let position = 0; position < count; position++) order[position] = keys[position] % indexBits;
	return order;
}

function slowDrawOrder(table: EventTable, durationClass: Uint8Array): Uint32Array {
	const order = new Uint32Array(table.count);
	for (let index = 0; index < table.count; index++) order[index] = index;
	return order.sort(
		(a, b) => durationClass[a] - durationClass[b] || table.start[a] - table.start[b] || a - b
	);
}

/**
 * Lays events out for the GPU: `floatsPerEvent` floats each, grouped in duration classes and
 * sorted by start day within each. Offsets are the spread offsets in CSS pixels, two per event.
 * O(n log n); for a million events run it in a worker (≈0.5 s).
 *
 * @example
 * const drawing = prepareEventDrawing(table, spreadOffsets(table));
 * for (const { first, count } of candidateRanges(drawing, { start: 19_000, end: 19_090 }))
 *   gl.drawArrays(gl.POINTS, first, count);
 */
export function prepareEventDrawing(table: EventTable, offsets: Float32Array): EventDrawing {
	const { count } = table;
	const durationClass = new Uint8Array(count);
	for (let index = 0; index < count; index++) {
		durationClass[index] = durationClassOf(table.end[index] - table.start[index]);
	}
	const order = drawOrder(table, durationClass);

	const vertices = new Float32Array(count * floatsPerEvent);
	const drawPositionOf = new Int32Array(count);
	const starts = new Float32Array(count);
	const batches: DrawBatch[] = [];
	let batchFirst = 0;
	let longestDays = 0;
	for (let position = 0; position < count; position++) {
		const index = order[position];
		const at = position * floatsPerEvent;
		vertices[at] = table.mercatorX[index];
		vertices[at + 1] = table.mercatorY[index];
		vertices[at + 2] = table.start[index];
		vertices[at + 3] = table.end[index];
		vertices[at + 4] = offsets[index * 2];
		vertices[at + 5] = offsets[index * 2 + 1];
		vertices[at + 6] = table.kindIndex[index];
		vertices[at + 7] = table.precisionIndex[index];
		vertices[at + 8] = table.areal[index] + 2 * table.shrinks[index];
		vertices[at + 9] = index;
		drawPositionOf[index] = position;
		starts[position] = table.start[index];
		longestDays = Math.max(longestDays, table.end[index] - table.start[index]);
		const next = order[position + 1];
		if (position + 1 === count || durationClass[next] !== durationClass[index]) {
			batches.push({
				first: batchFirst,
				starts: starts.subarray(batchFirst, position + 1),
				longestDays
			});
			batchFirst = position + 1;
			longestDays = 0;
		}
	}
	const sortedStarts = Float32Array.from(table.start).sort();
	const sortedEnds = Float32Array.from(table.end).sort();
	return { count, vertices, batches, drawPositionOf, sortedStarts, sortedEnds };
}

/** The first position in an ascending array whose value is above `value` (or at least it). */
function bound(values: Float32Array, value: number, inclusive: boolean): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (inclusive ? values[middle] < value : values[middle] <= value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * The runs of events, in draw order, that can overlap a window (all of them for null): every
 * event the window shows is in one, and a run holds few others, so the GPU skips the rest.
 */
export function candidateRanges(drawing: EventDrawing, window: DayInterval | null): DrawRange[] {
	return drawing.batches.flatMap(({ first, starts, longestDays }) => {
		const from = window ? bound(starts, window.start - longestDays, true) : 0;
		const to = window ? bound(starts, window.end, false) : starts.length;
		return to > from ? [{ first: first + from, count: to - from }] : [];
	});
}

/** How many events overlap the window: those started by its end less those ended before it. */
export function shownCount(drawing: EventDrawing, window: DayInterval | null): number {
	if (!window) return drawing.count;
	if (window.start > window.end) return 0;
	return (
		bound(drawing.sortedStarts, window.end, false) - bound(drawing.sortedEnds, window.start, true)
	);
}
