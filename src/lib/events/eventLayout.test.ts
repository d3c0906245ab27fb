import { describe, expect, it } from 'vitest';
import { prepareEventDrawing } from './eventDrawing';
import { eventCells, EventIndex } from './eventIndex';
import { layOutEvents, layoutBuffers } from './eventLayout';
import { emptyEventTable } from './eventTable';
import { seededRandom } from './seededRandom';
import { spreadOffsets } from './spreadOffsets';

/** Events at a few hundred places, many sharing one, over three years. */
function table(count: number) {
	const random = seededRandom(4);
	const events = emptyEventTable(count);
	for (let index = 0; index < count; index++) {
		const place = Math.floor(random() * 300);
		events.mercatorX[index] = 0.55 + (place % 20) * 0.002;
		events.mercatorY[index] = 0.33 + Math.floor(place / 20) * 0.002;
		events.start[index] = 19_000 + Math.floor(random() * 1_000);
		events.end[index] = events.start[index] + (index % 5 === 0 ? 30 : 0);
	}
	return events;
}

/** Typed arrays compared value by value: toEqual takes seconds over the grid's million cells. */
const same = (a: ArrayLike<number>, b: ArrayLike<number>) =>
	a.length === b.length && Array.prototype.every.call(a, (value, i) => value === b[i]);

describe('layOutEvents', () => {
	const events = table(5_000);
	const layout = layOutEvents(events);

	it('spreads, orders and grids the events as the page did', () => {
		const offsets = spreadOffsets(events);
		expect(layout.offsets).toEqual(offsets);
		expect(layout.drawing).toEqual(prepareEventDrawing(events, offsets));
		const cells = eventCells(events, offsets);
		expect(same(layout.cells.memberCells, cells.memberCells)).toBe(true);
		expect(same(layout.cells.members, cells.members)).toBe(true);
	});

	it('is handed over whole by transferring its buffers, with nothing copied', () => {
		const buffers = layoutBuffers(layout);
		expect(new Set(buffers).size).toBe(buffers.length);
		const before = layOutEvents(events);
		const moved = structuredClone(before, { transfer: layoutBuffers(before) });
		expect(before.drawing.vertices.length).toBe(0);
		expect(before.cells.members.length).toBe(0);
		expect(moved.drawing).toEqual(layout.drawing);
		expect(same(moved.cells.memberCells, layout.cells.memberCells)).toBe(true);
		const [first, second] = moved.drawing.batches;
		expect(first.starts.buffer).toBe(second.starts.buffer);
	});
});

describe('eventCells', () => {
	it('lists each cell’s events in table order, and the picking index finds them', () => {
		const events = table(2_000);
		const offsets = spreadOffsets(events);
		const { memberCells, members } = eventCells(events, offsets);
		expect([...members].sort((a, b) => a - b)).toEqual([...Array(2_000).keys()]);
		for (let member = 1; member < members.length; member++) {
			const [cell, previousCell] = [memberCells[member], memberCells[member - 1]];
			expect(cell).toBeGreaterThanOrEqual(previousCell);
			if (cell === previousCell) expect(members[member]).toBeGreaterThan(members[member - 1]);
		}
		expect(new Set(memberCells).size).toBeGreaterThan(1);
		const index = new EventIndex(events, offsets);
		const hit = index.nearest(events.mercatorX[7], events.mercatorY[7], {
			radiusPx: 4,
			worldSizePx: 512 * 2 ** 8,
			window: { start: events.start[7], end: events.end[7] }
		});
		expect(hit).toBeGreaterThanOrEqual(0);
		expect(events.mercatorX[hit]).toBe(events.mercatorX[7]);
	});

	it('picks what a search of every event picks, across cells and rows', () => {
		const events = table(2_000);
		const offsets = spreadOffsets(events);
		const index = new EventIndex(events, offsets);
		const worldSizePx = 512 * 2 ** 9;
		const radiusPx = 12;
		const random = seededRandom(9);
		let hits = 0;
		for (let probe = 0; probe < 400; probe++) {
			// Near an event (within 30 pixels of its place) or anywhere over the events' area.
			const near = Math.floor(random() * events.count);
			const jitter = () => ((random() - 0.5) * 60) / worldSizePx;
			const x = probe % 2 ? events.mercatorX[near] + jitter() : 0.549 + random() * 0.042;
			const y = probe % 2 ? events.mercatorY[near] + jitter() : 0.329 + random() * 0.032;
			let expected = -1;
			let bestDistance = radiusPx;
			for (let i = 0; i < events.count; i++) {
				const distance = Math.hypot(
					(events.mercatorX[i] - x) * worldSizePx + offsets[i * 2],
					(events.mercatorY[i] - y) * worldSizePx + offsets[i * 2 + 1]
				);
				if (distance <= bestDistance) [expected, bestDistance] = [i, distance];
			}
			expect(index.nearest(x, y, { radiusPx, worldSizePx, window: null })).toBe(expected);
			if (expected >= 0) hits++;
		}
		expect(hits).toBeGreaterThan(50);
	});
});
