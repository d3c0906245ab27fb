import { addCalendarMonths, daysInMonth, type CalendarDay } from './calendar';

/** Dates in the time model are whole UTC days counted from 1970-01-01, so comparisons are exact. */
export type Day = number;

const msPerDay = 86_400_000;
const isoDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The number the ASCII digits of `text` from `start` to `end` write, or -1 if one is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
	let value = 0;
	for (let i = start; i < end; i++) {
		const digit = text.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return -1;
		value = value * 10 + digit;
	}
	return value;
}

/**
 * The first day of a full or partial ISO date ('2022', '2022-03', '2022-03-25'). Full dates, the
 * most read (an import of 100,000 rows reads 200,000 in one update), are read without a regular
 * expression.
 */
export function dayFromIso(iso: string): Day {
	let year = -1;
	let month = 1;
	let day = 1;
	if (iso.length === 10 && iso[4] === '-' && iso[7] === '-') {
		year = digitsAt(iso, 0, 4);
		month = digitsAt(iso, 5, 7);
		day = digitsAt(iso, 8, 10);
	} else {
		const match = isoDatePattern.exec(iso);
		if (match) [year, month, day] = match.slice(1).map((part) => Number(part ?? '01'));
	}
	if (year < 0 || month < 0 || day < 0)
		throw new Error(`“${iso}” is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD).`);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
		throw new Error(`“${iso}” is not a real date.`);
	return dayOfCalendar({ y: year, m: month, d: day });
}

/** The last day of a full or partial ISO date ('2022' → 2022-12-31, '2022-02' → 2022-02-28). */
export function lastDayFromIso(iso: string): Day {
	const parts = iso.split('-');
	if (parts.length === 3) return dayFromIso(iso);
	if (parts.length === 2) return addMonths(dayFromIso(iso), 1) - 1;
	return dayFromIso(`${Number(parts[0]) + 1}`) - 1;
}

export function isoFromDay(day: Day): string {
	return new Date(day * msPerDay).toISOString().slice(0, 10);
}

export function dateOfDay(day: Day): Date {
	return new Date(day * msPerDay);
}

export function startOfMonth(day: Day): Day {
	const date = dateOfDay(day);
	return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / msPerDay);
}

/** The calendar day (year, month 1..12, day) of a day number. */
export function calendarOfDay(day: Day): CalendarDay {
	const date = dateOfDay(day);
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * The day number of a calendar day; months and days past their ends carry over, as a Date's do
 * (month 13 is January of the next year, day 0 the last of the month before). Counted, not asked
 * of a Date, by days from the civil calendar (H. Hinnant's algorithm): eras of 400 years from 1 March.
 */
export function dayOfCalendar({ y, m, d }: CalendarDay): Day {
	const month = (((m - 1) % 12) + 12) % 12;
	// Years counted from March, so that a leap day ends its year.
	const year = y + Math.floor((m - 1) / 12) - (month < 2 ? 1 : 0);
	const era = Math.floor(year / 400);
	const yearOfEra = year - era * 400;
	const dayOfYear = Math.floor((153 * ((month + 10) % 12) + 2) / 5) + d - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

/** Moves by whole calendar months, clamping the day of month (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
	return dayOfCalendar(addCalendarMonths(calendarOfDay(day), months));
}
