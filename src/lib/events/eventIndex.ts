import type { DayInterval } from '$lib/time/interval';
import type { EventTable } from './eventTable';

const cellsPerSide = 1024;

/**
 * A uniform grid over Web Mercator space for finding the event under the pointer without
 * projecting every event. Offsets are the spread offsets in pixels, so picking matches drawing.
 */
export class EventIndex {
	#table: EventTable;
	#offsets: Float32Array;
	#cells = new Map<number, number[]>();
	#maxOffsetPx = 0;

	constructor(table: EventTable, offsets: Float32Array) {
		this.#table = table;
		this.#offsets = offsets;
		for (let index = 0; index < table.count; index++) {
			const cell = this.#cellOf(table.mercatorX[index], table.mercatorY[index]);
			const members = this.#cells.get(cell);
			if (members) members.push(index);
			else this.#cells.set(cell, [index]);
			this.#maxOffsetPx = Math.max(
				this.#maxOffsetPx,
				Math.hypot(offsets[index * 2], offsets[index * 2 + 1])
			);
		}
	}

	#cellOf(x: number, y: number): number {
		const column = Math.min(cellsPerSide - 1, Math.max(0, Math.floor(x * cellsPerSide)));
		const row = Math.min(cellsPerSide - 1, Math.max(0, Math.floor(y * cellsPerSide)));
		return row * cellsPerSide + column;
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
		const reach = (radiusPx + this.#maxOffsetPx) / worldSizePx;
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
				for (const index of this.#cells.get(row * cellsPerSide + column) ?? []) {
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
