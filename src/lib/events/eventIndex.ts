import type { DayInterval } from '$lib/time/interval';
import type { EventTable } from './eventTable';

const cellsPerSide = 1024;

function cellOf(x: number, y: number): number {
	const column = Math.min(cellsPerSide - 1, Math.max(0, Math.floor(x * cellsPerSide)));
	const row = Math.min(cellsPerSide - 1, Math.max(0, Math.floor(y * cellsPerSide)));
	return row * cellsPerSide + column;
}

/**
 * The events of each cell of a uniform grid over Web Mercator space, as two typed arrays (so a
 * worker can build them and hand them over): `members` holds table indices by cell, cell `c`'s
 * from `cellStarts[c]` to `cellStarts[c + 1]`.
 */
export interface EventCells {
	cellStarts: Uint32Array;
	members: Uint32Array;
	/** The longest spread offset, in pixels: how far from its cell an event may be drawn. */
	maxOffsetPx: number;
}

/** Sorts events into their cells (a counting sort: O(events + cells)). */
export function eventCells(table: EventTable, offsets: Float32Array): EventCells {
	const cells = new Uint32Array(table.count);
	const cellStarts = new Uint32Array(cellsPerSide * cellsPerSide + 1);
	let maxOffsetPx = 0;
	for (let index = 0; index < table.count; index++) {
		cells[index] = cellOf(table.mercatorX[index], table.mercatorY[index]);
		cellStarts[cells[index] + 1]++;
		maxOffsetPx = Math.max(maxOffsetPx, Math.hypot(offsets[index * 2], offsets[index * 2 + 1]));
	}
	for (let cell = 1; cell < cellStarts.length; cell++) cellStarts[cell] += cellStarts[cell - 1];
	const filled = cellStarts.slice(0, -1);
	const members = new Uint32Array(table.count);
	for (let index = 0; index < table.count; index++) members[filled[cells[index]]++] = index;
	return { cellStarts, members, maxOffsetPx };
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
		const { cellStarts, members, maxOffsetPx } = this.#cells;
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
			for (let column = minColumn; column <= Math.min(maxColumn, cellsPerSide - 1); column++) {
				const cell = row * cellsPerSide + column;
				for (let member = cellStarts[cell]; member < cellStarts[cell + 1]; member++) {
					const index = members[member];
					if (
						window &&
						(this.#table.end[index] < window.start || this.#table.start[index] > window.end)
					) {
						continue;
					}
					const dx = (this.#table.mercatorX[index] - x) * worldSizePx + this.#offsets[index * 2];
					const dy =
						(this.#table.mercatorY[index] - y) * worldSizePx + this.#offsets[index * 2 + 1];
					const distance = Math.hypot(dx, dy);
					if (distance <= bestDistance) {
						best = index;
						bestDistance = distance;
					}
				}
			}
		}
		return best;
	}
}
