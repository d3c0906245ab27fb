import { isoDate, monthEnd, MONTHS } from '$lib/time/calendar';
import type { DatePrecision } from '$lib/extract/types';
import type { DayOrder, ImportedValue } from './importResult';

/** The days a date value covers: first and last day ISO YYYY-MM-DD, both included. */
export interface DateRange {
	start: string;
	end: string;
	precision: DatePrecision;
}

/** Years outside this range are refused: ISO dates in the time model have four digits. */
const minYear = 1000;
const maxYear = 9999;
/** Epoch numbers at or above this are milliseconds (1e11 s is the year 5138). */
const millisecondsFrom = 1e11;

const yearOnly = /^(\d{4})$/;
const yearMonth = /^(\d{4})-(\d{1,2})$/;
const yearMonthDay =
	/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const numericDayMonthYear = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const dayMonthNameYear = new RegExp(
	String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s-]+(${MONTHS.source})\.?,?[\s-]+(\d{4})$`,
	'i'
);
const monthNameDayYear = new RegExp(
	String.raw`^(${MONTHS.source})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`,
	'i'
);
const monthNameYear = new RegExp(String.raw`^(${MONTHS.source})\.?,?\s+(\d{4})$`, 'i');
const epochDigits = /^-?\d{9,15}$/;

function yearInRange(year: number): boolean {
	return year >= minYear && year <= maxYear;
}

function day(year: number, month: number, dayOfMonth: number, text: string): DateRange | string {
	const iso = yearInRange(year) ? isoDate(year, month, dayOfMonth) : null;
	return iso ? { start: iso, end: iso, precision: 'day' } : `“${text}” is not a real date`;
}

function month(year: number, monthNumber: number, text: string): DateRange | string {
	if (!yearInRange(year) || monthNumber < 1 || monthNumber > 12) {
		return `“${text}” is not a real month`;
	}
	return {
		start: isoDate(year, monthNumber, 1)!,
		end: monthEnd(year, monthNumber),
		precision: 'month'
	};
}

function year(value: number): DateRange {
	const padded = String(value);
	return { start: `${padded}-01-01`, end: `${padded}-12-31`, precision: 'year' };
}

function fromEpochMilliseconds(ms: number, text: string): DateRange | string {
	const date = new Date(ms);
	if (Number.isNaN(date.getTime()) || !yearInRange(date.getUTCFullYear())) {
		return `${text} is not a time stamp between the years ${minYear} and ${maxYear}`;
	}
	const iso = date.toISOString().slice(0, 10);
	return { start: iso, end: iso, precision: 'day' };
}

function fromNumber(value: number): DateRange | string {
	if (!Number.isFinite(value)) return `${value} is not a date`;
	if (Number.isInteger(value) && yearInRange(value)) return year(value);
	return fromEpoch(value, String(value));
}

/** A Unix time stamp, in milliseconds when large enough, in seconds otherwise. */
function fromEpoch(value: number, text: string): DateRange | string {
	return fromEpochMilliseconds(Math.abs(value) >= millisecondsFrom ? value : value * 1000, text);
}

/** A date with a time and a UTC offset falls on the UTC day; without an offset, on the day written. */
function fromIsoDateTime(match: RegExpExecArray, text: string): DateRange | string {
	const [, y, m, d, hours, minutes, offset] = match;
	if (!offset || /^z$/i.test(offset)) return day(+y, +m, +d, text);
	const sign = offset[0] === '-' ? -1 : 1;
	const [offsetHours, offsetMinutes] = [+offset.slice(1, 3), +offset.slice(-2)];
	const utc =
		Date.UTC(+y, +m - 1, +d, +hours, +minutes) - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
	if (isoDate(+y, +m, +d) === null) return `“${text}” is not a real date`;
	return fromEpochMilliseconds(utc, `“${text}”`);
}

function fromText(text: string, dayOrder: DayOrder): DateRange | string {
	let match: RegExpExecArray | null;
	if ((match = yearOnly.exec(text))) {
		return yearInRange(+match[1]) ? year(+match[1]) : `${text} is not a year`;
	}
	if ((match = yearMonth.exec(text))) return month(+match[1], +match[2], text);
	if ((match = yearMonthDay.exec(text))) {
		return match[4] === undefined
			? day(+match[1], +match[2], +match[3], text)
			: fromIsoDateTime(match, text);
	}
	if ((match = numericDayMonthYear.exec(text))) {
		const [first, second, y] = [+match[1], +match[2], +match[3]];
		const dayFirst = first > 12 || (second <= 12 && dayOrder === 'dmy');
		return dayFirst ? day(y, second, first, text) : day(y, first, second, text);
	}
	if ((match = dayMonthNameYear.exec(text))) {
		return day(+match[3], MONTHS.index(match[2]) ?? 0, +match[1], text);
	}
	if ((match = monthNameDayYear.exec(text))) {
		return day(+match[3], MONTHS.index(match[1]) ?? 0, +match[2], text);
	}
	if ((match = monthNameYear.exec(text)))
		return month(+match[2], MONTHS.index(match[1]) ?? 0, text);
	if (epochDigits.test(text)) return fromEpoch(Number(text), text);
	return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}” is not a date geobrief can read`;
}

/**
 * Reads one date value of an imported file: ISO dates and date-times ('2022', '2022-03',
 * '2022-03-25', '2022-03-25T14:00:00Z'), '25/03/2022' (day first unless `dayOrder` is 'mdy' or
 * the first number is over 12), '25 March 2022', 'March 25, 2022', 'March 2022', a year as a
 * number, or a Unix time stamp in seconds or milliseconds. Returns the days covered, or the
 * reason it cannot be read.
 *
 * @example readDate('March 2022') // { start: '2022-03-01', end: '2022-03-31', precision: 'month' }
 */
export function readDate(
	value: ImportedValue | undefined,
	dayOrder: DayOrder = 'dmy'
): DateRange | string {
	if (typeof value === 'number') return fromNumber(value);
	if (typeof value !== 'string' || !value.trim()) return 'the date is empty';
	return fromText(value.trim(), dayOrder);
}

function isEmpty(value: ImportedValue | undefined): boolean {
	return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

/**
 * Reads a start date and an optional end date into one range. The precision is the start's when
 * the end adds nothing, 'range' otherwise.
 *
 * @example readDateRange('2022-03', '2022-05-10') // { start: '2022-03-01', end: '2022-05-10', precision: 'range' }
 */
export function readDateRange(
	startValue: ImportedValue | undefined,
	endValue: ImportedValue | undefined,
	dayOrder: DayOrder = 'dmy'
): DateRange | string {
	const start = readDate(startValue, dayOrder);
	if (typeof start === 'string' || isEmpty(endValue)) return start;
	const end = readDate(endValue, dayOrder);
	if (typeof end === 'string') return `end date: ${end}`;
	if (end.end < start.start) return `it ends (${end.end}) before it starts (${start.start})`;
	if (end.start === start.start && end.end === start.end) return start;
	return { start: start.start, end: end.end > start.end ? end.end : start.end, precision: 'range' };
}

const startNames = ['start', 'start_date', 'startdate', 'begin', 'date_start', 'from'];
const endNames = ['end', 'end_date', 'enddate', 'date_end', 'until', 'to'];
const dateNames = [
	'date',
	'event_date',
	'eventdate',
	'datetime',
	'time',
	'timestamp',
	'when',
	'year'
];

/**
 * Finds the dates of a feature among its properties, case-insensitively: start/begin (with
 * end/until), else date, event_date, datetime, time, timestamp, when or year.
 */
export function readPropertyDates(
	properties: Record<string, ImportedValue>,
	dayOrder: DayOrder = 'dmy'
): DateRange | string {
	const byLowerName = new Map<string, ImportedValue>();
	for (const [name, value] of Object.entries(properties)) {
		if (!isEmpty(value)) byLowerName.set(name.toLowerCase(), value);
	}
	const first = (names: string[]) => names.find((name) => byLowerName.has(name));
	const startName = first(startNames) ?? first(dateNames);
	if (!startName) {
		return 'it has no date (looked for the properties date, event_date, start/end, time, timestamp)';
	}
	const endName = first(endNames);
	return readDateRange(
		byLowerName.get(startName),
		endName ? byLowerName.get(endName) : undefined,
		dayOrder
	);
}
