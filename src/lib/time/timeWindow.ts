import { addMonths, type Day } from './days';
import type { DayInterval } from './interval';

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
