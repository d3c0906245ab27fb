/** Calendar arithmetic on plain (year, month 1..12, day) triples; no Date objects leak out. */

const MONTH_NAMES = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
const MONTH_ABBREVIATIONS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
];

export const MONTHS = {
	/** Regex source matching a month name or its abbreviation ("Sept" included). */
	source:
		'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec',
	/** "Sept" -> 9, "march" -> 3, anything else -> null. */
	index(name: string): number | null {
		const lower = name.toLowerCase().replace(/\.$/, '');
		const full = MONTH_NAMES.indexOf(lower);
		if (full >= 0) return full + 1;
		const short = MONTH_ABBREVIATIONS.indexOf(lower.slice(0, 3));
		return short >= 0 && lower.length <= 4 ? short + 1 : null;
	}
};

export interface Day {
	y: number;
	m: number;
	d: number;
}

export function daysInMonth(y: number, m: number): number {
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isoDate(y: number, m: number, d: number): string | null {
	if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function toIso({ y, m, d }: Day): string {
	return isoDate(y, m, d) ?? `${y}-01-01`;
}

export function parseIso(iso: string): Day {
	return { y: +iso.slice(0, 4), m: +iso.slice(5, 7), d: +iso.slice(8, 10) };
}

export function monthStart(y: number, m: number): string {
	return toIso({ y, m, d: 1 });
}

export function monthEnd(y: number, m: number): string {
	return toIso({ y, m, d: daysInMonth(y, m) });
}

/** Shifts by whole days (negative goes back). */
export function addDays(day: Day, days: number): Day {
	const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
	return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Shifts by calendar months, clamping the day (31 March - 1 month = 28/29 February). */
export function addMonths(day: Day, months: number): Day {
	const total = day.y * 12 + (day.m - 1) + months;
	const y = Math.floor(total / 12);
	const m = (total % 12) + 1;
	return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function compareDays(a: Day, b: Day): number {
	return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekday({ y, m, d }: Day): number {
	return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The ISO week (Monday to Sunday) holding `day`, moved by `weeks` (negative goes back). */
export function isoWeek(day: Day, weeks = 0): { start: Day; end: Day } {
	const monday = addDays(day, -((weekday(day) + 6) % 7) + 7 * weeks);
	return { start: monday, end: addDays(monday, 6) };
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
	return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000;
}
