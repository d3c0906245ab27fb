import { eventKinds } from '$lib/extract/eventKind';
import { datePrecisions } from '$lib/time/datePrecision';
import type { ExplorerEvent } from '$lib/events/explorerEvents';
import type { DatePrecision, EventKind } from '$lib/extract';
import type { EventReviewStatus } from '$lib/review/edits';
import { reviewStatusOf } from '$lib/review/edits';

/**
 * Which article events the explorer shows, by kind, date precision and review status. A field
 * left out lets every value through; an empty list lets none through.
 */
export interface EventFilters {
	kinds?: readonly EventKind[];
	precisions?: readonly DatePrecision[];
	reviewStatuses?: readonly EventReviewStatus[];
}

const reviewStatuses: Record<EventReviewStatus, true> = {
	automatic: true,
	accepted: true,
	corrected: true,
	added: true,
	notEvent: true
};

/** Every value each filter can hold, in the order a link writes them. */
export const filterValues: { [Field in keyof EventFilters]-?: NonNullable<EventFilters[Field]> } = {
	kinds: eventKinds,
	precisions: datePrecisions,
	reviewStatuses: Object.keys(reviewStatuses) as EventReviewStatus[]
};

/** Whether any filter is set: with none, every event passes. */
export function isFiltering(filters: EventFilters): boolean {
	return Object.values(filters).some((values) => values !== undefined);
}

/** Whether an event passes every filter that is set. */
export function passesFilters(event: ExplorerEvent, filters: EventFilters): boolean {
	return (
		(!filters.kinds || filters.kinds.includes(event.event.kind)) &&
		(!filters.precisions || filters.precisions.includes(event.precision)) &&
		(!filters.reviewStatuses ||
			(filters.reviewStatuses as readonly string[]).includes(reviewStatusOf(event.event)))
	);
}
