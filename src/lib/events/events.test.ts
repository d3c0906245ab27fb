import { describe, expect, it } from 'vitest';
import { EventIndex } from './eventIndex';
import { mercatorX, mercatorY } from '$lib/geo/earth';
import { buildEventTable, type MapEvent } from './eventTable';
import { spiralSlots, spreadOffsets } from './spreadOffsets';

const kyiv = { lon: 30.52, lat: 50.45 };
const minsk = { lon: 27.56, lat: 53.9 };
const event = (
	key: string,
	place: { lon: number; lat: number },
	start: number,
	end = start
): MapEvent => ({
	key,
	...place,
	start,
	end,
	precision: 'day',
	kind: 'military',
	scope: 'point',
	origin: 'article'
});

describe('buildEventTable', () => {
	it('stores Web Mercator positions in 0..1', () => {
		expect(mercatorX(-180)).toBe(0);
		expect(mercatorX(0)).toBe(0.5);
		expect(mercatorY(0)).toBeCloseTo(0.5, 10);
		expect(mercatorY(85.05)).toBeCloseTo(0, 3);
		const table = buildEventTable([event('a', kyiv, 10)]);
		expect(table.mercatorX[0]).toBeCloseTo(mercatorX(kyiv.lon), 6);
		expect(table.kindIndex[0]).toBe(0);
	});
});

describe('spreadOffsets', () => {
	it('leaves a lone event in place and fans out above it the events that share a place', () => {
		const table = buildEventTable([
			event('a', kyiv, 1),
			event('b', kyiv, 2),
			event('c', kyiv, 3),
			event('d', minsk, 1)
		]);
		const offsets = spreadOffsets(table, { spacingPx: 10 });
		expect([offsets[0], offsets[1]]).toEqual([0, 0]);
		expect([offsets[6], offsets[7]]).toEqual([0, 0]);
		const second = Math.hypot(offsets[2], offsets[3]);
		const third = Math.hypot(offsets[4], offsets[5]);
		expect(second).toBeCloseTo(10 * Math.SQRT2, 5);
		expect(third).toBeGreaterThan(second);
		expect(Math.hypot(offsets[2] - offsets[4], offsets[3] - offsets[5])).toBeGreaterThan(10);
	});

	it('keeps hundreds of events at one place within the spiral of its first slots', () => {
		const table = buildEventTable(Array.from({ length: 500 }, (_, i) => event(`e${i}`, kyiv, i)));
		const offsets = spreadOffsets(table, { spacingPx: 9 });
		const radius = (i: number) => Math.hypot(offsets[i * 2], offsets[i * 2 + 1]);
		const outermost = Math.max(...Array.from({ length: spiralSlots }, (_, i) => radius(i)));
		for (let i = spiralSlots; i < table.count; i++) {
			expect(radius(i)).toBeGreaterThan(0);
			expect(radius(i)).toBeLessThanOrEqual(outermost);
		}
	});

	it('keeps fanned events apart and off the place name below the place', () => {
		const table = buildEventTable(Array.from({ length: 60 }, (_, i) => event(`e${i}`, kyiv, i)));
		const offsets = spreadOffsets(table, { spacingPx: 9 });
		for (let i = 0; i < table.count; i++) {
			expect(offsets[i * 2 + 1]).toBeLessThanOrEqual(0);
			for (let j = 0; j < i; j++) {
				const apart = Math.hypot(
					offsets[i * 2] - offsets[j * 2],
					offsets[i * 2 + 1] - offsets[j * 2 + 1]
				);
				expect(apart).toBeGreaterThan(12);
			}
		}
	});
});

describe('EventIndex', () => {
	const table = buildEventTable([event('a', kyiv, 100), event('b', minsk, 200, 300)]);
	const index = new EventIndex(table, spreadOffsets(table));
	const worldSizePx = 512 * 2 ** 6;

	it('finds the event under the pointer', () => {
		const hit = index.nearest(mercatorX(30.53), mercatorY(50.46), {
			radiusPx: 10,
			worldSizePx,
			window: null
		});
		expect(hit).toBe(0);
	});

	it('ignores events outside the time window and beyond the radius', () => {
		const at = { x: mercatorX(minsk.lon), y: mercatorY(minsk.lat) };
		expect(
			index.nearest(at.x, at.y, { radiusPx: 10, worldSizePx, window: { start: 250, end: 260 } })
		).toBe(1);
		expect(
			index.nearest(at.x, at.y, { radiusPx: 10, worldSizePx, window: { start: 301, end: 400 } })
		).toBe(-1);
		expect(
			index.nearest(mercatorX(20), mercatorY(45), { radiusPx: 10, worldSizePx, window: null })
		).toBe(-1);
	});
});
