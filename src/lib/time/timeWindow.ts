import { addMonths, type Day } from './days';
import { overlaps, type DayInterval } from './interval';

export type WindowStep = 'event' | 'month' | 'year';

/** Keeps a window inside `bounds` without changing its length where it fits. */
export function clampWindow(window: DayInterval, bounds: DayInterval): DayInterval {
	const length = window.end - window.start;
	if (length >= bounds.end - bounds.start) return { ...bounds };
	if (window.start < bounds.start) return { start: bounds.start, end: bounds.start + length };
	if (window.end > bounds.end) return { start: bounds.end - length, end: bounds.end };
	return { ...window };
}

/**
 * Moves a single handle (or the whole window) by one step. `eventStarts` must be sorted:
 * an event step goes to the next or previous event start strictly beyond `day`.
 */
export function stepDay(
	day: Day,
	step: WindowStep,
	direction: 1 | -1,
	eventStarts: readonly Day[]
): Day {
	if (step === 'month') return addMonths(day, direction);
	if (step === 'year') return addMonths(day, 12 * direction);
	if (direction === 1) return eventStarts.find((start) => start > day) ?? day;
	return eventStarts.findLast((start) => start < day) ?? day;
}

/**
 * The event "next" or "previous" goes to, of `events` sorted by start: the one after or before the
 * selected event while it is inside the window, else the first event starting in the window (or
 * the last, going back). Events of one day are stepped through one by one.
 */
export function steppedEvent<T extends DayInterval>(
	events: readonly T[],
	selected: T | null,
	window: DayInterval,
	direction: 1 | -1
): T | undefined {
	const at = selected && overlaps(selected, window) ? events.indexOf(selected) : -1;
	if (at >= 0) return events[at + direction];
	return direction === 1
		? events.find((event) => event.start >= window.start)
		: events.findLast((event) => event.start <= window.end);
}
