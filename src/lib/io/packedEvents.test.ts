import { describe, expect, it } from 'vitest';
import { dayFromIso } from '$lib/time/days';
import type { ImportedEvent } from './importResult';
import {
	isPackedEvents,
	packedChunkEvents,
	packedEventAt,
	packedEventsJsonParts,
	packEvents,
	samePackedEvents,
	unpackEvents
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
		expect(unpackEvents(packed)).toEqual(rows);
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
