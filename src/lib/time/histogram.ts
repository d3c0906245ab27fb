import { addMonths, dateOfDay, startOfMonth, type Day } from './days';
import type { DayInterval } from './interval';

export interface MonthBin {
	start: Day;
	/** First day of the next month. */
	end: Day;
	count: number;
}

function monthOrdinal(day: Day): number {
	const date = dateOfDay(day);
	return date.getUTCFullYear() * 12 + date.getUTCMonth();
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
	const firstOrdinal = monthOrdinal(range.start);
	for (const event of events) {
		if (event.end < range.start || event.start > range.end) continue;
		const from = monthOrdinal(Math.max(event.start, range.start)) - firstOrdinal;
		const to = monthOrdinal(Math.min(event.end, range.end)) - firstOrdinal;
		for (let index = from; index <= to; index++) bins[index].count++;
	}
	return bins;
}
