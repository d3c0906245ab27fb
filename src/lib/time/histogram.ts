import { addMonths, startOfMonth, type Day } from './days';
import type { DayInterval } from './interval';

export interface MonthBin {
	start: Day;
	/** First day of the next month. */
	end: Day;
	count: number;
}

/** The bin holding `day`, found among the consecutive months (no Date made per event). */
function binOf(bins: readonly MonthBin[], day: Day): number {
	let low = 0;
	let high = bins.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (bins[middle].start <= day) low = middle;
		else high = middle - 1;
	}
	return low;
}

/**
 * Events per calendar month across `range`. An event spanning several months counts in each
 * month it overlaps, so a season or a year shows as a plateau rather than a spike.
 */
export function monthlyHistogram(events: readonly DayInterval[], range: DayInterval): MonthBin[] {
	const bins: MonthBin[] = [];
	for (let start = startOfMonth(range.start); start <= range.end; start = addMonths(start, 1)) {
		bins.push({ start, end: addMonths(start, 1), count: 0 });
	}
	if (bins.length === 0) return bins;
	for (const event of events) {
		if (event.end < range.start || event.start > range.end) continue;
		const from = binOf(bins, Math.max(event.start, range.start));
		const to = binOf(bins, Math.min(event.end, range.end));
		for (let index = from; index <= to; index++) bins[index].count++;
	}
	return bins;
}
