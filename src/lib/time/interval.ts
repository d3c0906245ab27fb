import type { Day } from './days';

/** A closed range of days: both `start` and `end` are included. */
export interface DayInterval {
	start: Day;
	end: Day;
}

export function overlaps(a: DayInterval, b: DayInterval): boolean {
	return a.start <= b.end && b.start <= a.end;
}

/** How many of the intervals overlap the window, counted without a filtered copy. */
export function countOverlapping(intervals: readonly DayInterval[], window: DayInterval): number {
	let count = 0;
	for (let i = 0; i < intervals.length; i++) if (overlaps(intervals[i], window)) count++;
	return count;
}
