import { datePrecisions } from '$lib/time/datePrecision';
import { dayFromIso, type Day } from '$lib/time/days';
import type { ImportedEvent } from './importResult';

/** Events per chunk of JSON text: one chunk is parsed to show one of its events. */
export const packedChunkEvents = 2_000;

/**
 * The events of an imported layer as the page holds them: their rows as JSON text in chunks,
 * and the columns the map and the timeline read. 100,000 rows held as objects are about two
 * million objects, and every one the page receives is copied by the garbage collector while it
 * is young (scavenges of 70–90 ms, one every few messages); a few long strings are not. Plain
 * data, so it crosses to and from workers and IndexedDB as it is.
 */
export interface PackedEvents {
	count: number;
	/** JSON array texts of `packedChunkEvents` events each, the last one fewer. */
	chunks: string[];
	lon: Float64Array;
	lat: Float64Array;
	start: Float64Array;
	/** Last day, included. */
	end: Float64Array;
	/** Index in `datePrecisions`. */
	precisionIndex: Uint8Array;
}

/** Packs events whose dates are ISO days (as every importer writes them); throws on others. */
export function packEvents(events: readonly ImportedEvent[]): PackedEvents {
	const count = events.length;
	const packed: PackedEvents = {
		count,
		chunks: [],
		lon: new Float64Array(count),
		lat: new Float64Array(count),
		start: new Float64Array(count),
		end: new Float64Array(count),
		precisionIndex: new Uint8Array(count)
	};
	// Rows repeat their dates: each is read once.
	const days = new Map<string, Day>();
	const dayOf = (iso: string) => {
		let day = days.get(iso);
		if (day === undefined) days.set(iso, (day = dayFromIso(iso)));
		return day;
	};
	events.forEach((event, index) => {
		packed.lon[index] = event.lon;
		packed.lat[index] = event.lat;
		packed.start[index] = dayOf(event.start);
		packed.end[index] = dayOf(event.end);
		packed.precisionIndex[index] = Math.max(0, datePrecisions.indexOf(event.precision));
	});
	for (let from = 0; from < count; from += packedChunkEvents) {
		packed.chunks.push(JSON.stringify(events.slice(from, from + packedChunkEvents)));
	}
	return packed;
}

/** The buffers of the columns, to transfer rather than copy them to another thread. */
export function packedBuffers(packed: Omit<PackedEvents, 'chunks'>): ArrayBuffer[] {
	const { lon, lat, start, end, precisionIndex } = packed;
	return [lon, lat, start, end, precisionIndex].map((column) => column.buffer as ArrayBuffer);
}

/** The events of one chunk, as objects. */
export const chunkEvents = (chunk: string) => JSON.parse(chunk) as ImportedEvent[];

let lastChunk: { text: string; events: ImportedEvent[] } | null = null;

/** One event, read from its chunk (the last chunk read is kept: neighbours are often asked for). */
export function packedEventAt(packed: PackedEvents, index: number): ImportedEvent | undefined {
	if (!Number.isInteger(index) || index < 0 || index >= packed.count) return undefined;
	const text = packed.chunks[Math.floor(index / packedChunkEvents)];
	if (lastChunk?.text !== text) lastChunk = { text, events: chunkEvents(text) };
	return lastChunk.events[index % packedChunkEvents];
}

/** Every event as an object: for exports and merges, which read them all once. */
export function unpackEvents(packed: PackedEvents): ImportedEvent[] {
	return packed.chunks.flatMap(chunkEvents);
}

/**
 * The events as a JSON array text in parts, a chunk each, made from the chunks without reading
 * them: joined, they are the text.
 */
export function packedEventsJsonParts(packed: PackedEvents): string[] {
	const inner = packed.chunks.map((chunk, n) => `${n ? ',' : ''}${chunk.slice(1, -1)}`);
	return ['[', ...inner, ']'];
}

/** Whether two packings hold the same events, written the same way. */
export function samePackedEvents(a: PackedEvents, b: PackedEvents): boolean {
	return (
		a.count === b.count &&
		a.chunks.length === b.chunks.length &&
		a.chunks.every((chunk, n) => chunk === b.chunks[n])
	);
}

/**
 * Whether a value read back from storage has the shape of packed events (columns as long as
 * the count, text chunks enough for it).
 */
export function isPackedEvents(value: unknown): value is PackedEvents {
	if (typeof value !== 'object' || value === null) return false;
	const packed = value as Partial<PackedEvents>;
	const count = packed.count;
	if (!Number.isSafeInteger(count) || (count as number) < 0) return false;
	const columns = [packed.lon, packed.lat, packed.start, packed.end];
	return (
		columns.every((column) => column instanceof Float64Array && column.length === count) &&
		packed.precisionIndex instanceof Uint8Array &&
		packed.precisionIndex.length === count &&
		Array.isArray(packed.chunks) &&
		packed.chunks.length === Math.ceil((count as number) / packedChunkEvents) &&
		packed.chunks.every((chunk) => typeof chunk === 'string')
	);
}
