/** Parts of the calendar a rule names: seasons, and parts of a month or of a year. */
import {
	type CalendarDay as Day,
	addCalendarMonths as addMonths,
	compareDays,
	daysInMonth,
	monthEnd,
	monthStart,
	parseIso
} from '$lib/time/calendar';
import { type Reading, fuzzy, interval, ordinal, wholeMonth, wholeYear } from './reading';

/** Meteorological seasons; winter Y runs from December Y to February Y+1. */
export function season(name: string, y: number): Reading {
	const first = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }[name.toLowerCase()] ?? 3;
	const start = { y, m: first, d: 1 };
	const last = addMonths(start, 2);
	return interval(start, { ...last, d: daysInMonth(last.y, last.m) }, 'season');
}

/** The first season of that name that starts after the publication day ("next winter"). */
export function nextSeason(name: string, published: Day): Reading {
	for (let y = published.y; ; y++) {
		const s = season(name, y);
		if (compareDays(parseIso(s.interval.start), published) > 0) return s;
	}
}

/** The season of that name not yet over at publication ("may come in the spring"). */
export function comingSeason(name: string, published: Day): Reading {
	for (let y = published.y - 1; ; y++) {
		const s = season(name, y);
		if (compareDays(parseIso(s.interval.end), published) >= 0) return s;
	}
}

/** The latest season of that name that ended before the publication day ("last summer"). */
export function lastSeason(name: string, published: Day): Reading {
	for (let y = published.y; ; y--) {
		const s = season(name, y);
		if (compareDays(parseIso(s.interval.end), published) < 0) return s;
	}
}
const PART_OF_MONTH: Record<string, [number, number]> = {
	early: [1, 10],
	mid: [11, 20],
	late: [21, 31]
};
/** 'early/mid/late March' (10-day thirds, 5 days' tolerance), or the whole month. */
export function partOfMonth(part: string | undefined, y: number, m: number): Reading {
	if (!part) return wholeMonth(y, m);
	const [from, to] = PART_OF_MONTH[part.toLowerCase().replace(/-$/, '')] ?? [1, 31];
	const days = interval({ y, m, d: from }, { y, m, d: Math.min(to, daysInMonth(y, m)) }, 'month');
	return { ...days, interval: { ...days.interval, toleranceDays: 5 } };
}

/** Quarter q (1..4) of year y: "Q3 2023" is July to September 2023. */
export const quarterOf = (y: number, q: number) =>
	interval(monthStart(y, q * 3 - 2), monthEnd(y, q * 3), 'quarter');

/** "early 2022", "the end of 2020", "the first months of 2021": a part of year y. */
export function partOfYear(part: string, y: number): Reading {
	const p = part.toLowerCase().replace(/\s+/g, ' ');
	const exact = /quarter|half/.test(p);
	const months = (a: number, b: number) => {
		const part = interval(monthStart(y, a), monthEnd(y, b), 'year');
		return exact ? part : fuzzy(part, 31)!;
	};
	if (
		/^(early|beginning|start|first months|first few months|opening months|first weeks|first days)/.test(
			p
		)
	)
		return /weeks|days/.test(p)
			? months(1, 1)
			: p.startsWith('early')
				? months(1, 4)
				: months(1, 3);
	if (/^(mid|middle)/.test(p)) return months(5, 8);
	if (/^late/.test(p)) return months(9, 12);
	if (/^(end|close|final|last|closing)/.test(p))
		return /weeks|days/.test(p) ? months(12, 12) : months(10, 12);
	if (p === 'first half') return months(1, 6);
	if (p === 'second half') return months(7, 12);
	const quarter = /^(first|second|third|fourth) quarter/.exec(p);
	if (quarter) return quarterOf(y, ordinal(quarter[1]));
	return wholeYear(y);
}
