import { eventKinds } from '$lib/extract/eventKind';
import type { DatePrecision, EventKind, EventLocation } from '$lib/extract/types';
import { mercatorX, mercatorY } from '$lib/geo/earth';
import { datePrecisions } from '$lib/time/datePrecision';
import type { Day } from '$lib/time/days';

/** How precisely an event is placed: at a point, or only somewhere in a region or country. */
export type PlaceScope = EventLocation['scope'];

/** One event as the map and the timeline see it. */
export interface MapEvent {
	key: string;
	lon: number;
	lat: number;
	start: Day;
	end: Day;
	precision: DatePrecision;
	kind: EventKind;
	scope: PlaceScope;
	/** Imported data points shrink when thousands are shown at once; article events keep their size. */
	origin: 'article' | 'imported';
}

/**
 * Events as columns of typed arrays (about 30 bytes an event instead of a few hundred for
 * objects), in the order the GPU layer and the picking index use. Positions are Web Mercator
 * in 0..1, as MapLibre's custom layers expect.
 */
export interface EventTable {
	count: number;
	mercatorX: Float32Array;
	mercatorY: Float32Array;
	start: Float32Array;
	end: Float32Array;
	kindIndex: Uint8Array;
	precisionIndex: Uint8Array;
	/** 1 where the event is placed only at a region or a country. */
	areal: Uint8Array;
	/** 1 where the point may shrink when a window shows thousands (imported data). */
	shrinks: Uint8Array;
}

/** A table of `count` events with every column zeroed. */
export function emptyEventTable(count: number): EventTable {
	return {
		count,
		mercatorX: new Float32Array(count),
		mercatorY: new Float32Array(count),
		start: new Float32Array(count),
		end: new Float32Array(count),
		kindIndex: new Uint8Array(count),
		precisionIndex: new Uint8Array(count),
		areal: new Uint8Array(count),
		shrinks: new Uint8Array(count)
	};
}

export function buildEventTable(events: readonly MapEvent[]): EventTable {
	const table = emptyEventTable(events.length);
	events.forEach((event, index) => {
		table.mercatorX[index] = mercatorX(event.lon);
		table.mercatorY[index] = mercatorY(event.lat);
		table.start[index] = event.start;
		table.end[index] = event.end;
		table.kindIndex[index] = Math.max(0, eventKinds.indexOf(event.kind));
		table.precisionIndex[index] = Math.max(0, datePrecisions.indexOf(event.precision));
		table.areal[index] = event.scope === 'point' ? 0 : 1;
		table.shrinks[index] = event.origin === 'imported' ? 1 : 0;
	});
	return table;
}

/** The buffers under a table, to transfer it instead of copying it. */
export function tableBuffers(table: EventTable): ArrayBuffer[] {
	const { mercatorX, mercatorY, start, end, kindIndex, precisionIndex, areal, shrinks } = table;
	const columns = [mercatorX, mercatorY, start, end, kindIndex, precisionIndex, areal, shrinks];
	return columns.map((column) => column.buffer as ArrayBuffer);
}
