import type { DayInterval } from '$lib/time/interval';
import type { MapEvent } from './eventTable';

/** A map event, with the extracted event behind it when it comes from an article. */
type TimelineEvent = MapEvent & { event?: { fromDuration?: true } };

/**
 * The span of days a timeline should cover: every event's, except periods dated only from their
 * length, which would otherwise stretch it over decades; those count when they are all there is.
 * Null when there is no event.
 *
 * @example timelineSpan([reign1995to2021, may2021]) // May 2021 only
 */
export function timelineSpan(events: readonly TimelineEvent[]): DayInterval | null {
	if (events.length === 0) return null;
	const all = { start: Infinity, end: -Infinity };
	const dated = { start: Infinity, end: -Infinity };
	// One indexed pass: an import puts 100,000 events here in the update that shows them.
	for (let i = 0; i < events.length; i++) {
		const { start, end } = events[i];
		if (start < all.start) all.start = start;
		if (end > all.end) all.end = end;
		if (events[i].event?.fromDuration === true) continue;
		if (start < dated.start) dated.start = start;
		if (end > dated.end) dated.end = end;
	}
	return dated.start <= dated.end ? dated : all;
}
