import { describe, expect, it } from 'vitest';
import { seededRandom } from './seededRandom';
import { overlaps, type DayInterval } from '$lib/time/interval';
import { datePrecisions } from '$lib/time/datePrecision';
import {
	candidateRanges,
	floatsPerEvent,
	precisionFill,
	precisionFillGlsl,
	prepareEventDrawing,
	shownCount
} from './eventDrawing';
import { emptyEventTable, type EventTable } from './eventTable';
import { spreadOffsets } from './spreadOffsets';

/** Events of every duration class: single days, months, seasons, years and long ranges. */
function mixedTable(count: number, seed: number): EventTable {
	const random = seededRandom(seed);
	const durations = [0, 0, 0, 29, 91, 364, 800, 3000];
	const table = emptyEventTable(count);
	for (let index = 0; index < count; index++) {
		table.mercatorX[index] = 0.55 + random() * 0.05;
		table.mercatorY[index] = 0.33 + random() * 0.05;
		table.start[index] = Math.floor(random() * 4000);
		table.end[index] = table.start[index] + durations[Math.floor(random() * durations.length)];
		table.kindIndex[index] = index % 6;
		table.precisionIndex[index] = index % datePrecisions.length;
		table.areal[index] = index % 3 === 0 ? 1 : 0;
		table.shrinks[index] = index % 2;
	}
	return table;
}

const eventAt = (vertices: Float32Array, position: number) =>
	vertices[position * floatsPerEvent + 9];

describe('prepareEventDrawing', () => {
	const table = mixedTable(2_000, 7);
	const drawing = prepareEventDrawing(table, spreadOffsets(table));

	it('lays out every event once, and knows where each one is drawn', () => {
		const seen = new Set<number>();
		for (let position = 0; position < drawing.count; position++) {
			seen.add(eventAt(drawing.vertices, position));
		}
		expect(seen.size).toBe(table.count);
		for (const index of [0, 1, 999, 1_999]) {
			const at = drawing.drawPositionOf[index] * floatsPerEvent;
			expect(eventAt(drawing.vertices, drawing.drawPositionOf[index])).toBe(index);
			expect(drawing.vertices[at + 2]).toBe(table.start[index]);
			expect(drawing.vertices[at + 3]).toBe(table.end[index]);
			expect(drawing.vertices[at + 8]).toBe(table.areal[index] + 2 * table.shrinks[index]);
		}
	});

	it('groups events by duration and sorts each group by start day', () => {
		expect(drawing.batches.length).toBe(6);
		for (const { starts, longestDays } of drawing.batches) {
			for (let i = 1; i < starts.length; i++)
				expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]);
			expect(longestDays).toBeLessThan(2 ** Math.ceil(Math.log2(longestDays + 1)));
		}
		expect(drawing.batches.map((batch) => batch.longestDays)).toEqual([0, 29, 91, 364, 800, 3000]);
	});
});

describe('the draw order', () => {
	const drawnOrder = (table: EventTable) => {
		const { vertices, count } = prepareEventDrawing(table, new Float32Array(table.count * 2));
		return Array.from({ length: count }, (_, position) => eventAt(vertices, position));
	};
	const expectedOrder = (table: EventTable) => {
		const durationClass = (index: number) => {
			const days = table.end[index] - table.start[index];
			return days <= 0 ? 0 : Math.ceil(Math.log2(days + 1));
		};
		return Array.from({ length: table.count }, (_, index) => index).sort(
			(a, b) => durationClass(a) - durationClass(b) || table.start[a] - table.start[b] || a - b
		);
	};

	it('is by duration class, then start day, then table order, before 1970 too', () => {
		const table = mixedTable(5_000, 5);
		for (let index = 0; index < table.count; index += 7) {
			table.start[index] -= 30_000;
			table.end[index] -= 30_000;
		}
		expect(drawnOrder(table)).toEqual(expectedOrder(table));
	});

	it('is the same for start days that are not whole', () => {
		const table = mixedTable(500, 9);
		table.start[3] += 0.5;
		expect(drawnOrder(table)).toEqual(expectedOrder(table));
	});
});

describe('candidateRanges', () => {
	const table = mixedTable(3_000, 11);
	const drawing = prepareEventDrawing(table, spreadOffsets(table));
	const candidatesOf = (window: DayInterval | null) => {
		const positions = new Set<number>();
		for (const { first, count } of candidateRanges(drawing, window)) {
			for (let position = first; position < first + count; position++) positions.add(position);
		}
		return positions;
	};

	it('holds every event that overlaps the window, at any window', () => {
		const random = seededRandom(3);
		for (let trial = 0; trial < 200; trial++) {
			const start = Math.floor(random() * 4500) - 300;
			const window = { start, end: start + Math.floor(random() * 400) };
			const candidates = candidatesOf(window);
			for (let index = 0; index < table.count; index++) {
				const shown = overlaps(window, { start: table.start[index], end: table.end[index] });
				if (shown) expect(candidates.has(drawing.drawPositionOf[index])).toBe(true);
			}
		}
	});

	it('leaves out most of what a short window does not show', () => {
		const window = { start: 2000, end: 2010 };
		let shown = 0;
		for (let index = 0; index < table.count; index++) {
			if (overlaps(window, { start: table.start[index], end: table.end[index] })) shown++;
		}
		const candidates = candidatesOf(window).size;
		expect(candidates).toBeLessThan(table.count / 2);
		expect(candidates).toBeGreaterThanOrEqual(shown);
	});

	it('draws everything without a window and nothing outside the events', () => {
		expect(candidatesOf(null).size).toBe(table.count);
		expect(candidatesOf({ start: -Infinity, end: Infinity }).size).toBe(table.count);
		expect(candidatesOf({ start: 9_000, end: 9_100 }).size).toBe(0);
		expect(candidatesOf({ start: -500, end: -400 }).size).toBe(0);
	});

	it('counts exactly the events a window shows', () => {
		const random = seededRandom(5);
		for (let trial = 0; trial < 100; trial++) {
			const start = Math.floor(random() * 4500) - 300;
			const window = { start, end: start + Math.floor(random() * 400) };
			let shown = 0;
			for (let index = 0; index < table.count; index++) {
				if (overlaps(window, { start: table.start[index], end: table.end[index] })) shown++;
			}
			expect(shownCount(drawing, window)).toBe(shown);
		}
		expect(shownCount(drawing, null)).toBe(table.count);
	});

	it('does not widen the search for short events because of one long event', () => {
		const longOne = emptyEventTable(1_001);
		for (let index = 0; index < 1_000; index++) longOne.start[index] = longOne.end[index] = index;
		longOne.start[1_000] = 0;
		longOne.end[1_000] = 3_000;
		const withLongOne = prepareEventDrawing(longOne, new Float32Array(1_001 * 2));
		const window = { start: 500, end: 509 };
		const candidates = candidateRanges(withLongOne, window).reduce((n, r) => n + r.count, 0);
		expect(shownCount(withLongOne, window)).toBe(11);
		expect(candidates).toBe(11);
	});

	it('handles an empty table', () => {
		const empty = prepareEventDrawing(emptyEventTable(0), new Float32Array(0));
		expect(candidateRanges(empty, { start: 0, end: 10 })).toEqual([]);
		expect(shownCount(empty, { start: 0, end: 10 })).toBe(0);
	});
});

describe('precisionFill', () => {
	it('never draws a coarser precision crisper than a finer one', () => {
		const fills = datePrecisions.map((precision) => precisionFill[precision]);
		for (let i = 1; i < fills.length; i++) expect(fills[i]).toBeLessThanOrEqual(fills[i - 1]);
		expect(fills[0]).toBe(1);
	});

	it('gives the GPU program one fill per precision index, in index order', () => {
		expect(precisionFillGlsl).toBe('float[7](1.00, 0.60, 0.18, 0.18, 0.18, 0.18, 0.18)');
	});
});
