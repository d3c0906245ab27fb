import type { ExtractedEvent, Extraction, Toponym } from '$lib/extract';
import { reviewStatusOf } from '$lib/review/edits';
import { dayFromIso, lastDayFromIso, type Day } from '$lib/time/days';
import type { MapEvent } from './eventTable';

/** An extracted event with what the explorer needs to draw it and to cite it. */
export interface ExplorerEvent extends MapEvent {
	docId: string;
	/** Index of the event within its article's extraction. */
	index: number;
	event: ExtractedEvent;
	place: Toponym | null;
	located: boolean;
}

/** Whether a map event is an article's, which carries its extracted event and place. */
export function isArticleEvent(event: MapEvent): event is ExplorerEvent {
	return event.origin === 'article';
}

export function eventKey(docId: string, index: number): string {
	return `${docId}:${index}`;
}

function dayRange(event: ExtractedEvent): { start: Day; end: Day } | null {
	try {
		const start = dayFromIso(event.interval.start);
		const end = lastDayFromIso(event.interval.end);
		return start <= end ? { start, end } : null;
	} catch {
		return null;
	}
}

/** A reviewer marked this passage as not an event. */
function isRejected(event: ExtractedEvent): boolean {
	return reviewStatusOf(event) === 'notEvent';
}

const eventsOfExtraction = new WeakMap<Extraction, ExplorerEvent[]>();

/**
 * Turns one article's extraction into explorer events, skipping events with unreadable dates;
 * once per extraction, so that one article more does not convert every other article again.
 */
export function explorerEvents(extraction: Extraction): ExplorerEvent[] {
	let events = eventsOfExtraction.get(extraction);
	if (!events) {
		events = eventsOf(extraction);
		eventsOfExtraction.set(extraction, events);
	}
	return events;
}

function eventsOf(extraction: Extraction): ExplorerEvent[] {
	const docId = extraction.doc.id;
	// A long article names the same dates again and again: each interval is read once.
	const ranges = new Map<string, ReturnType<typeof dayRange>>();
	const rangeOf = (event: ExtractedEvent) => {
		const key = `${event.interval.start}/${event.interval.end}`;
		let range = ranges.get(key);
		if (range === undefined) ranges.set(key, (range = dayRange(event)));
		return range;
	};
	return extraction.events.flatMap((event, index) => {
		if (isRejected(event)) return [];
		const range = rangeOf(event);
		if (!range) return [];
		const location = event.location;
		const place = location ? (extraction.toponyms[location.toponymIndex] ?? null) : null;
		return [
			{
				key: eventKey(docId, index),
				docId,
				index,
				event,
				place,
				located: location !== null,
				lon: location?.lon ?? 0,
				lat: location?.lat ?? 0,
				start: range.start,
				end: range.end,
				precision: event.interval.precision,
				kind: event.kind,
				scope: location?.scope ?? 'country',
				origin: 'article'
			}
		];
	});
}
