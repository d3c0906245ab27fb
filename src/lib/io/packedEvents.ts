import { datePrecisions } from '$lib/time/datePrecision';
import { dayFromIso, type Day } from '$lib/time/days';
import type { ImportedEvent } from './importResult';
import { nextTask } from './nextTask';

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

/** Empty columns for `count` events, and no chunks yet. */
function emptyPacking(count: number): PackedEvents {
	return {
		count,
		chunks: [],
		lon: new Float64Array(count),
		lat: new Float64Array(count),
		start: new Float64Array(count),
		end: new Float64Array(count),
		precisionIndex: new Uint8Array(count)
	};
}

/** Reads ISO days, each once: rows repeat their dates. */
function dayReader(): (iso: string) => Day {
	const days = new Map<string, Day>();
	return (iso) => {
		let day = days.get(iso);
		if (day === undefined) days.set(iso, (day = dayFromIso(iso)));
		return day;
	};
}

/** Packs `rows` from `rows[from]` as the next chunk of `packed`, its first row at `index`. */
function packChunk(
	packed: PackedEvents,
	rows: readonly ImportedEvent[],
	from: number,
	index: number,
	dayOf: (iso: string) => Day
) {
	const chunk = rows.slice(from, from + packedChunkEvents);
	chunk.forEach((event, offset) => {
		packed.lon[index + offset] = event.lon;
		packed.lat[index + offset] = event.lat;
		packed.start[index + offset] = dayOf(event.start);
		packed.end[index + offset] = dayOf(event.end);
		packed.precisionIndex[index + offset] = Math.max(0, datePrecisions.indexOf(event.precision));
	});
	packed.chunks.push(JSON.stringify(chunk));
}

/**
 * Packs events whose dates are ISO days (as every importer writes them), a chunk per step;
 * throws on other dates.
 */
export function* packingEvents(events: readonly ImportedEvent[]): Generator<void, PackedEvents> {
	const packed = emptyPacking(events.length);
	const dayOf = dayReader();
	for (let from = 0; from < events.length; from += packedChunkEvents) {
		packChunk(packed, events, from, from, dayOf);
		yield;
	}
	return packed;
}

export const packEvents = (events: readonly ImportedEvent[]) => madeAtOnce(packingEvents(events));

/**
 * The events of `here`, then those of `other` it does not hold (the same row, written the same
 * way), made a chunk at a time: the caller can give the page back at each `yield` (for 100,000
 * rows, the merge is seconds of work). The chunks of `here` are kept as they are but a last one
 * not full, which the added rows fill.
 */
export function* mergingPackedEvents(
	here: PackedEvents,
	other: PackedEvents
): Generator<void, PackedEvents> {
	const held = new Set<string>();
	for (const chunk of here.chunks) {
		for (const event of chunkEvents(chunk)) held.add(JSON.stringify(event));
		yield;
	}
	const added: ImportedEvent[] = [];
	for (const chunk of other.chunks) {
		for (const event of chunkEvents(chunk)) if (!held.has(JSON.stringify(event))) added.push(event);
		yield;
	}
	if (!added.length) return here;
	const keptChunks = Math.floor(here.count / packedChunkEvents);
	const kept = keptChunks * packedChunkEvents;
	const rows = [...here.chunks.slice(keptChunks).flatMap(chunkEvents), ...added];
	const merged = emptyPacking(kept + rows.length);
	merged.chunks.push(...here.chunks.slice(0, keptChunks));
	for (const column of ['lon', 'lat', 'start', 'end', 'precisionIndex'] as const) {
		merged[column].set(here[column].subarray(0, kept));
	}
	const dayOf = dayReader();
	for (let from = 0; from < rows.length; from += packedChunkEvents) {
		packChunk(merged, rows, from, kept + from, dayOf);
		yield;
	}
	return merged;
}

/** What `steps` make, made at once. */
export function madeAtOnce<Made>(steps: Generator<void, Made>): Made {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** What `steps` make, each step in a task of its own. */
export async function madeInTasks<Made>(steps: Generator<void, Made>): Promise<Made> {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		await nextTask();
	}
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
