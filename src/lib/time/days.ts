import { addCalendarMonths, daysInMonth, type CalendarDay } from './calendar';

/** Dates in the time model are whole UTC days counted from 1970-01-01, so comparisons are exact. */
export type Day = number;

const msPerDay = 86_400_000;
const isoDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first day of a full or partial ISO date ('2022', '2022-03', '2022-03-25'). */
export function dayFromIso(iso: string): Day {
	const match = isoDatePattern.exec(iso);
	if (!match) throw new Error(`“${iso}” is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD).`);
	const [year, month, day] = match.slice(1).map((part) => Number(part ?? '01'));
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

/** The day number of a calendar day. */
export function dayOfCalendar({ y, m, d }: CalendarDay): Day {
	const date = new Date(0);
	// setUTCFullYear, unlike Date.UTC, reads years 0–99 as themselves, not as 1900–1999.
	date.setUTCFullYear(y, m - 1, d);
	return Math.round(date.getTime() / msPerDay);
}

/** Moves by whole calendar months, clamping the day of month (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
	return dayOfCalendar(addCalendarMonths(calendarOfDay(day), months));
}
