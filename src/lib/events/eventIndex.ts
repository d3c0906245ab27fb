import type { DayInterval } from '$lib/time/interval';
import type { EventTable } from './eventTable';

const cellsPerSide = 1024;

function cellOf(x: number, y: number): number {
	const column = Math.min(cellsPerSide - 1, Math.max(0, Math.floor(x * cellsPerSide)));
	const row = Math.min(cellsPerSide - 1, Math.max(0, Math.floor(y * cellsPerSide)));
	return row * cellsPerSide + column;
}

/**
 * The events by cell of a uniform grid over Web Mercator space, as two typed arrays (so a worker
 * can build them and hand them over): `members` holds table indices sorted by cell, and by index
 * within a cell; `memberCells` the cell of each. Only filled cells take room: a table of the
 * million cells took 8 MB and a pass over them for every layout, however few the events.
 */
export interface EventCells {
	memberCells: Uint32Array;
	members: Uint32Array;
	/** The longest spread offset, in pixels: how far from its cell an event may be drawn. */
	maxOffsetPx: number;
}

/** An event's cell and index as one sortable number: exact, both being under 2^32. */
const indexSpan = 2 ** 32;

/** Sorts events into their cells (a numeric sort of typed keys: O(n log n) in events only). */
export function eventCells(table: EventTable, offsets: Float32Array): EventCells {
	const keys = new Float64Array(table.count);
	let maxOffsetPx = 0;
	for (let index = 0; index < table.count; index++) {
		keys[index] = cellOf(table.mercatorX[index], table.mercatorY[index]) * indexSpan + index;
		maxOffsetPx = Math.max(maxOffsetPx, Math.hypot(offsets[index * 2], offsets[index * 2 + 1]));
	}
	keys.sort();
	const memberCells = new Uint32Array(table.count);
	const members = new Uint32Array(table.count);
	for (let i = 0; i < keys.length; i++) {
		memberCells[i] = Math.floor(keys[i] / indexSpan);
		members[i] = keys[i] % indexSpan;
	}
	return { memberCells, members, maxOffsetPx };
}

/** The first position in ascending `values` holding `value` or more. */
function lowerBound(values: Uint32Array, value: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (values[middle] < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Finds the event under the pointer without projecting every event. Offsets are the spread
 * offsets in pixels, so picking matches drawing.
 */
export class EventIndex {
	#table: EventTable;
	#offsets: Float32Array;
	#cells: EventCells;

	constructor(table: EventTable, offsets: Float32Array, cells = eventCells(table, offsets)) {
		this.#table = table;
		this.#offsets = offsets;
		this.#cells = cells;
	}

	/**
	 * The visible event nearest to a mercator point within `radiusPx`, or -1.
	 * `worldSizePx` is the width of the whole world in pixels at the current zoom.
	 */
	nearest(
		x: number,
		y: number,
		options: { radiusPx: number; worldSizePx: number; window: DayInterval | null }
	): number {
		const { radiusPx, worldSizePx, window } = options;
		const { memberCells, members, maxOffsetPx } = this.#cells;
		const reach = (radiusPx + maxOffsetPx) / worldSizePx;
		const [minColumn, maxColumn] = [x - reach, x + reach].map((v) =>
			Math.floor(Math.min(1, Math.max(0, v)) * cellsPerSide)
		);
		const [minRow, maxRow] = [y - reach, y + reach].map((v) =>
			Math.floor(Math.min(1, Math.max(0, v)) * cellsPerSide)
		);
		let best = -1;
		let bestDistance = radiusPx;
		for (let row = minRow; row <= Math.min(maxRow, cellsPerSide - 1); row++) {
			// A row's cells in reach are consecutive numbers, so their events are one run.
			const last = row * cellsPerSide + Math.min(maxColumn, cellsPerSide - 1);
			let member = lowerBound(memberCells, row * cellsPerSide + minColumn);
			for (; member < members.length && memberCells[member] <= last; member++) {
				const index = members[member];
				if (
					window &&
					(this.#table.end[index] < window.start || this.#table.start[index] > window.end)
				) {
					continue;
				}
				const dx = (this.#table.mercatorX[index] - x) * worldSizePx + this.#offsets[index * 2];
				const dy = (this.#table.mercatorY[index] - y) * worldSizePx + this.#offsets[index * 2 + 1];
				const distance = Math.hypot(dx, dy);
				if (distance <= bestDistance) {
					best = index;
					bestDistance = distance;
				}
			}
		}
		return best;
	}
}
