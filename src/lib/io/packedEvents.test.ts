import { describe, expect, it } from 'vitest';
import { dayFromIso } from '$lib/time/days';
import type { ImportedEvent } from './importResult';
import {
	chunkEvents,
	isPackedEvents,
	madeAtOnce,
	madeInTasks,
	mergingPackedEvents,
	packedChunkEvents,
	packedEventAt,
	packedEventsJsonParts,
	packEvents,
	samePackedEvents
} from './packedEvents';

const row = (n: number): ImportedEvent => ({
	lon: 30 + n / 1000,
	lat: 50 - n / 1000,
	start: n % 2 ? '2022-02-24' : '2023-01-01',
	end: n % 2 ? '2022-02-24' : '2023-12-31',
	precision: n % 2 ? 'day' : 'year',
	label: `Row ${n} “quoted”, with a comma`,
	description: n % 3 ? '' : 'Line one\nline two',
	properties: { n, note: null, flag: n % 2 === 0 },
	position: 'point',
	sourceLine: n + 2
});
const rows = Array.from({ length: packedChunkEvents * 2 + 3 }, (_, n) => row(n));

describe('packEvents', () => {
	const packed = packEvents(rows);

	it('keeps every row, in order, in chunks', () => {
		expect(packed.count).toBe(rows.length);
		expect(packed.chunks).toHaveLength(3);
		expect(packed.chunks.flatMap(chunkEvents)).toEqual(rows);
		expect(packedEventsJsonParts(packed).join('')).toBe(JSON.stringify(rows));
	});

	it('reads one row from its chunk, and nothing out of range', () => {
		for (const index of [0, 1, packedChunkEvents - 1, packedChunkEvents, rows.length - 1])
			expect(packedEventAt(packed, index)).toEqual(rows[index]);
		expect(packedEventAt(packed, rows.length)).toBeUndefined();
		expect(packedEventAt(packed, -1)).toBeUndefined();
		expect(packedEventAt(packed, 1.5)).toBeUndefined();
	});

	it('gives the columns the map reads: position, days and precision', () => {
		expect([packed.lon[1], packed.lat[1]]).toEqual([rows[1].lon, rows[1].lat]);
		expect([packed.start[1], packed.end[1]]).toEqual([
			dayFromIso('2022-02-24'),
			dayFromIso('2022-02-24')
		]);
		expect([packed.start[2], packed.end[2]]).toEqual([
			dayFromIso('2023-01-01'),
			dayFromIso('2023-12-31')
		]);
		expect([packed.precisionIndex[1], packed.precisionIndex[2]]).toEqual([0, 4]);
	});

	it('tells packings of the same rows from packings of others', () => {
		expect(samePackedEvents(packed, packEvents(rows))).toBe(true);
		const changed = rows.map((event, n) => (n === 2500 ? { ...event, label: 'Row 2501' } : event));
		expect(samePackedEvents(packed, packEvents(changed))).toBe(false);
		expect(samePackedEvents(packed, packEvents(rows.slice(1)))).toBe(false);
	});

	it('packs no rows as an empty list', () => {
		const empty = packEvents([]);
		expect(empty.count).toBe(0);
		expect(packedEventsJsonParts(empty).join('')).toBe('[]');
		expect(isPackedEvents(empty)).toBe(true);
	});
});

describe('mergingPackedEvents', () => {
	// Here: rows 0–2,499 (a last chunk not full); the other: rows 1,500–4,499 and a copy of one.
	const here = packEvents(rows.slice(0, 2500).map((_, n) => row(n)));
	const otherRows = Array.from({ length: 3000 }, (_, n) => row(n + 1500));
	const other = packEvents([...otherRows, row(4000)]);

	it('adds the rows not held here after its own, packed as if packed at once', () => {
		const merged = madeAtOnce(mergingPackedEvents(here, other));
		const expected = [
			...Array.from({ length: 2500 }, (_, n) => row(n)),
			...otherRows.slice(1000),
			row(4000)
		];
		expect(merged).toEqual(packEvents(expected));
		expect(merged.chunks[0]).toBe(here.chunks[0]);
	});

	it('gives back the events here when the other holds none they lack', () => {
		const fewer = packEvents(rows.slice(10, 20).map((_, n) => row(n + 10)));
		expect(madeAtOnce(mergingPackedEvents(here, fewer))).toBe(here);
	});

	it('works a chunk at a time', async () => {
		let steps = 0;
		const merging = mergingPackedEvents(here, other);
		while (!merging.next().done) steps++;
		// Two chunks read here, two of the other, and two packed (500 rows kept from here, 2,001 added).
		expect(steps).toBe(6);
		expect(await madeInTasks(mergingPackedEvents(here, other))).toEqual(
			madeAtOnce(mergingPackedEvents(here, other))
		);
	});
});

describe('isPackedEvents', () => {
	const packed = packEvents(rows.slice(0, 3));

	it('accepts packed events as storage gives them back', () => {
		expect(isPackedEvents(structuredClone(packed))).toBe(true);
	});

	it.each([
		['a list of rows', rows.slice(0, 3)],
		['a column short of the count', { ...packed, lat: packed.lat.subarray(1) }],
		['a column of the wrong type', { ...packed, start: Array.from(packed.start) }],
		['chunks missing', { ...packed, chunks: [] }],
		['a chunk that is not text', { ...packed, chunks: [rows.slice(0, 3)] }],
		['no count', { ...packed, count: undefined }]
	])('refuses %s', (_, value) => {
		expect(isPackedEvents(value)).toBe(false);
	});
});
