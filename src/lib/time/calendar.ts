/**
 * Calendar arithmetic on plain (year, month 1..12, day) triples; no Date objects leak out.
 * The time model's day numbers (`Day` in ./days) convert to and from them.
 */

/** Month names, January first. */
export const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;
const lowerMonthNames: readonly string[] = monthNames.map((name) => name.toLowerCase());
const lowerAbbreviations = lowerMonthNames.map((name) => name.slice(0, 3));
/** Three-letter abbreviations of the names longer than that, "Sept" before "Sep". */
const abbreviations = monthNames
	.filter((name) => name.length > 3)
	.flatMap((name) => (name === 'September' ? ['Sept', 'Sep'] : [name.slice(0, 3)]));

export const MONTHS = {
	/** Regex source matching a month name or its abbreviation ("Sept" included). */
	source: [...monthNames, ...abbreviations].join('|'),
	/** "Sept" -> 9, "march" -> 3, anything else -> null. */
	index(name: string): number | null {
		const lower = name.toLowerCase().replace(/\.$/, '');
		const full = lowerMonthNames.indexOf(lower);
		if (full >= 0) return full + 1;
		const short = lowerAbbreviations.indexOf(lower.slice(0, 3));
		return short >= 0 && lower.length <= 4 ? short + 1 : null;
	}
};

/** A calendar day as the date rules read it; `Day` in ./days is the same day as a number. */
export interface CalendarDay {
	y: number;
	m: number;
	d: number;
}

/** Days of each month of a common year, January first. */
const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
	// Counted, not asked of a Date: an import reads 200,000 dates in one update.
	const year = y + Math.floor((m - 1) / 12);
	const month = (((m - 1) % 12) + 12) % 12;
	if (month !== 1) return monthLengths[month];
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

export function isoDate(y: number, m: number, d: number): string | null {
	if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whether a value is a YYYY-MM-DD string naming a day of the calendar ("2023-02-30" is not). */
export function isIsoDay(value: unknown): value is string {
	const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
	return match !== null && isoDate(+match[1], +match[2], +match[3]) === value;
}

export function toIso({ y, m, d }: CalendarDay): string {
	return isoDate(y, m, d) ?? `${y}-01-01`;
}

export function parseIso(iso: string): CalendarDay {
	return { y: +iso.slice(0, 4), m: +iso.slice(5, 7), d: +iso.slice(8, 10) };
}

export function monthStart(y: number, m: number): string {
	return toIso({ y, m, d: 1 });
}

export function monthEnd(y: number, m: number): string {
	return toIso({ y, m, d: daysInMonth(y, m) });
}

/** Shifts by whole days (negative goes back). */
export function addDays(day: CalendarDay, days: number): CalendarDay {
	const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
	return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Shifts by calendar months, clamping the day (31 March - 1 month = 28/29 February). */
export function addCalendarMonths(day: CalendarDay, months: number): CalendarDay {
	const total = day.y * 12 + (day.m - 1) + months;
	const y = Math.floor(total / 12);
	const m = (total % 12) + 1;
	return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
	return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekday({ y, m, d }: CalendarDay): number {
	return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The ISO week (Monday to Sunday) holding `day`, moved by `weeks` (negative goes back). */
export function isoWeek(day: CalendarDay, weeks = 0): { start: CalendarDay; end: CalendarDay } {
	const monday = addDays(day, -((weekday(day) + 6) % 7) + 7 * weeks);
	return { start: monday, end: addDays(monday, 6) };
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
	return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000;
}
