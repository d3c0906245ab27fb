import { addMonths, startOfMonth, type Day } from './days';
import type { DayInterval } from './interval';

export interface MonthBin {
	start: Day;
	/** First day of the next month. */
	end: Day;
	count: number;
}

/** Days of range up to which each day's month is looked up in a table, not searched for. */
const tabledDays = 200_000;

/** The index in `monthStarts` of the month holding a day of `range`. */
function monthIndexByDay(monthStarts: readonly Day[], range: DayInterval): (day: Day) => number {
	const days = range.end - range.start + 1;
	if (days > tabledDays) {
		const starts = Float64Array.from(monthStarts);
		return (day) => {
			let low = 0;
			let high = starts.length - 1;
			while (low < high) {
				const middle = (low + high + 1) >> 1;
				if (starts[middle] <= day) low = middle;
				else high = middle - 1;
			}
			return low;
		};
	}
	const table = new Int32Array(Math.max(0, days));
	monthStarts.forEach((start, index) =>
		table.fill(
			index,
			Math.max(0, start - range.start),
			(monthStarts[index + 1] ?? Infinity) - range.start
		)
	);
	return (day) => table[day - range.start];
}

/**
 * Events per calendar month across `range`. An event spanning several months counts in each
 * month it overlaps, so a season or a year shows as a plateau rather than a spike.
 */
export function monthlyHistogram(events: readonly DayInterval[], range: DayInterval): MonthBin[] {
	const monthStarts: Day[] = [];
	for (let start = startOfMonth(range.start); start <= range.end; start = addMonths(start, 1)) {
		monthStarts.push(start);
	}
	const binOfDay = monthIndexByDay(monthStarts, range);
	// Each event adds one where its months begin and takes one away after them; a running sum
	// gives the counts (an import counts 100,000 events here).
	const changes = new Int32Array(monthStarts.length + 1);
	if (monthStarts.length)
		for (let i = 0; i < events.length; i++) {
			const event = events[i];
			if (event.end < range.start || event.start > range.end) continue;
			changes[binOfDay(Math.max(event.start, range.start))]++;
			changes[binOfDay(Math.min(event.end, range.end)) + 1]--;
		}
	let count = 0;
	return monthStarts.map((start, index) => {
		count += changes[index];
		return { start, end: addMonths(start, 1), count };
	});
}
