/** What the date rules share: the reading of a match and the counts and units rules read. */
import type { DateInterval, DatePrecision, TemporalExpression } from '../types';
import {
	MONTHS,
	type CalendarDay as Day,
	addDays,
	addCalendarMonths as addMonths,
	monthEnd,
	monthStart,
	toIso
} from '$lib/time/calendar';

/** What a rule may consult besides its match: the publication day and the dates named earlier. */
export interface DateContext {
	published: Day;
	/**
	 * The year meant by "that year" or "the end of the year": the year of the last date found
	 * earlier in the same paragraph, else the last year written out before `offset` (within
	 * YEAR_CONTEXT_CHARS), else null.
	 */
	yearBefore(offset: number): number | null;
	/**
	 * The narrative time a month or day written without its year continues from: the last month
	 * or season written with its year ("1 October 2022", "the spring of 2021") earlier in the same
	 * paragraph, or a bare year ("in 2014") earlier in the same sentence; never one introduced by
	 * "since". Null when there is none.
	 */
	referenceBefore(offset: number): { y: number; m: number } | null;
	/** Dates found by the first pass, in text order (empty during the first pass). */
	found: TemporalExpression[];
	/** The last date the first pass found before offset in the same paragraph, else null. */
	previous(offset: number): TemporalExpression | null;
}

/** A rule's reading of its match: the days meant, and how sure the rule is (0..1, default 0.9). */
export interface Reading {
	interval: Omit<DateInterval, 'mod'>;
	confidence?: number;
}

/** One row of a rule table: a pattern and how to read its matches. */
export interface DateRule {
	name: string;
	pattern: RegExp;
	read(m: RegExpExecArray, ctx: DateContext): Reading | null;
	/** Read in the second pass, from dates the first pass found ("the end of that year"). */
	anaphoric?: boolean;
	/** A word (lower case) the text must hold for the rule to be tried at all. */
	cue?: string;
	/** The rule dates a period from its length only ("his 26-year reign"); see TemporalExpression. */
	fromDuration?: boolean;
}

/** Regex sources: a month name (group), a year 1900–2099, a day with its ordinal, a season. */
export const M = `(${MONTHS.source})\\.?`;
export const Y = '((?:19|20)\\d{2})';
export const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';
export const SEASON = '(spring|summer|autumn|fall|winter)';
const NUMBER_WORDS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
	few: 3,
	several: 3
};
/** Regex source for a count in digits or words ('three', 'a few'); `count` reads it. */
export const NUM = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
/** The number a NUM match stands for. */
export const count = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? +word;

/** Regex source of the ordinal words "first" to "twenty-second"; `ordinal` reads them. */
export const ORDINAL_WORDS =
	'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second';
/** The number an ordinal stands for ("third" or "3rd" -> 3), 0 for any other word ("last"). */
export const ordinal = (word: string) =>
	/^\d/.test(word) ? parseInt(word, 10) : ORDINAL_WORDS.split('|').indexOf(word.toLowerCase()) + 1;
/** A month's number 1..12 from its name or abbreviation. */
export const month = (name: string) => MONTHS.index(name) ?? 1;
/** A reading from start to end (Day or ISO) at a precision. */
export const interval = (
	start: Day | string,
	end: Day | string,
	precision: DatePrecision
): Reading => ({
	interval: {
		start: typeof start === 'string' ? start : toIso(start),
		end: typeof end === 'string' ? end : toIso(end),
		precision
	}
});
/** A reading whose bounds are fuzzy by up to `days` either way (GUIDELINES: tolerance_days). */
export const fuzzy = (reading: Reading | null, days: number): Reading | null =>
	reading && { ...reading, interval: { ...reading.interval, toleranceDays: days } };
/** How fuzzy "N units" ago or long is: a unit's length, at most a year. */
const UNIT_TOLERANCE: Record<string, number> = { year: 366, month: 31, week: 7, day: 1 };
/** tolerance_days for a count of units ('six weeks'): one unit, at most a year. */
export const unitTolerance = (unit: string) =>
	UNIT_TOLERANCE[unit.toLowerCase().replace(/s$/, '')] ?? 1;
/** The whole year y. */
export const wholeYear = (y: number, precision: DatePrecision = 'year') =>
	interval(`${y}-01-01`, `${y}-12-31`, precision);
/** The whole month m of year y. */
export const wholeMonth = (y: number, m: number) =>
	interval(monthStart(y, m), monthEnd(y, m), 'month');

/** The day n units (years, months, weeks, days) before `published`; negative n goes forward. */
export function back(published: Day, n: number, unit: string): Day {
	const u = unit.toLowerCase().replace(/s$/, '');
	if (u === 'year') return addMonths(published, -Math.round(n * 12));
	if (u === 'month') return addMonths(published, -Math.round(n));
	return addDays(published, -Math.round(n * (u === 'week' ? 7 : 1)));
}
