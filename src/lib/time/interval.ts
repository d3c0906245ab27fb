import type { Day } from './days';

/** A closed range of days: both `start` and `end` are included. */
export interface DayInterval {
	start: Day;
	end: Day;
}

export function overlaps(a: DayInterval, b: DayInterval): boolean {
	return a.start <= b.end && b.start <= a.end;
}

/** The smallest interval that contains all the given ones, or null for none. */
export function spanOf(intervals: Iterable<DayInterval>): DayInterval | null {
	let span: DayInterval | null = null;
	for (const interval of intervals) {
		span = span
			? { start: Math.min(span.start, interval.start), end: Math.max(span.end, interval.end) }
			: { start: interval.start, end: interval.end };
	}
	return span;
}
