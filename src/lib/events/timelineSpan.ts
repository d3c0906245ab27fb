import { spanOf, type DayInterval } from '$lib/time/interval';
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
	const fromDuration = (event: TimelineEvent) => event.event?.fromDuration === true;
	if (!events.some(fromDuration)) return spanOf(events);
	const dated = events.filter((event) => !fromDuration(event));
	return spanOf(dated.length ? dated : events);
}
