/** What the date rules share: the reading of a match, the reference-time model and calendar parts. */
import type { DateInterval, DatePrecision, Span, TemporalExpression } from '../types';
import {
	MONTHS,
	type CalendarDay as Day,
	addDays,
	addCalendarMonths as addMonths,
	compareDays,
	daysBetween,
	daysInMonth,
	monthEnd,
	monthStart,
	parseIso,
	toIso,
	weekday
} from '$lib/time/calendar';
import { holiday } from './holidays';

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

/** A clause that looks ahead ("expires on", "is planned for", "may come in", "due to go by"). */
const FUTURE_CUE =
	/\b(?:will|would|shall|may(?! have)|due|scheduled|planned|plans? to|expected|expires?|upcoming|coming|set to|(?:is|are) to|next|(?:runs?|lasts?|continues?|extends?|remains?|stays?) (?:through|until|till|into)|(?:begins|starts|opens|takes place|kicks off|premieres|(?:is|are) held))\b/;
const CLAUSE_START = /[,;:—–(]|\.\s/g;

/** True when the clause before offset speaks of the future (FUTURE_CUE). */
export function looksAhead(text: string, offset: number): boolean {
	const before = text.slice(Math.max(0, offset - 120), offset);
	let from = 0;
	CLAUSE_START.lastIndex = 0;
	for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) from = m.index + 1;
	return FUTURE_CUE.test(before.slice(from));
}

/**
 * The year of a month (and day) written without one. In order: the first such day on or after
 * publication when the clause looks ahead ("expires on 31 December"); the first one on or after
 * the reference date ("1 October 2022 ... then, on 23 November"), unless that lies after
 * publication; the publication year for a day of the publication month or of the two weeks after
 * it ("February 21-26" in a 20 February update); else the latest one not after publication
 * ("since January", "on 19 July").
 */
export function yearForMonth(
	m: number,
	offset: number,
	ctx: DateContext,
	d = 1,
	text = ''
): number {
	const p = ctx.published;
	const notAfter = (y: number) => compareDays({ y, m, d }, p) <= 0;
	if (text && looksAhead(text, offset))
		return compareDays({ y: p.y, m, d }, p) >= 0 ? p.y : p.y + 1;
	const since =
		text && /\bsince\s+(?:early\s+|mid-?|late\s+)?$/i.test(text.slice(offset - 12, offset));
	const ref = since ? null : ctx.referenceBefore(offset);
	if (ref) {
		const y = m >= ref.m ? ref.y : ref.y + 1;
		if (notAfter(y)) return y;
	}
	const ahead = daysBetween(p, { y: p.y, m, d: Math.min(d, daysInMonth(p.y, m)) });
	if (m === p.m || (ahead >= 0 && ahead <= 14)) return p.y;
	return notAfter(p.y) ? p.y : p.y - 1;
}

/** A weekday written with the date ("Monday, 8 November") picks the nearest year it fits. */
export function yearForWeekday(y: number, m: number, d: number, want: number): number {
	for (const shift of [0, 1, -1, -2, 2, -3, -4, -5, -6]) {
		if (d <= daysInMonth(y + shift, m) && weekday({ y: y + shift, m, d }) === want)
			return y + shift;
	}
	return y;
}

/** Words that put a bare weekday after publication ("postponed until Saturday"). */
export const WEEKDAY_AHEAD =
	/\b(?:until|till|postponed|delayed|adjourned|rescheduled)\b[^.;,]{0,40}$/i;

/**
 * The day a bare weekday names: the latest one on or before publication ("said Friday"), or the
 * first one on or after it when the clause looks ahead ("will vote on Tuesday").
 */
export function weekdayDay(want: number, published: Day, ahead: boolean): Day {
	const forward = (want - weekday(published) + 7) % 7;
	return addDays(published, ahead ? forward : forward === 0 ? 0 : forward - 7);
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
	if (quarter) {
		const q = ['first', 'second', 'third', 'fourth'].indexOf(quarter[1]);
		return months(q * 3 + 1, q * 3 + 3);
	}
	return wholeYear(y);
}

/** The day n units (years, months, weeks, days) before `published`; negative n goes forward. */
export function back(published: Day, n: number, unit: string): Day {
	const u = unit.toLowerCase().replace(/s$/, '');
	if (u === 'year') return addMonths(published, -Math.round(n * 12));
	if (u === 'month') return addMonths(published, -Math.round(n));
	return addDays(published, -Math.round(n * (u === 'week' ? 7 : 1)));
}

/** The days of the date found nearest to offset in its sentence, if any. */
export function dateInSentence(
	text: string,
	offset: number,
	ctx: DateContext
): { start: Day; end: Day } | null {
	const own = sentenceAround(text, offset);
	let best: TemporalExpression | null = null;
	for (const f of ctx.found)
		if (
			f.start >= own.start &&
			f.end <= own.end &&
			(!best || Math.abs(f.start - offset) < Math.abs(best.start - offset))
		)
			best = f;
	return best && { start: parseIso(best.interval.start), end: parseIso(best.interval.end) };
}

/** Where a date's sentence starts and ends, roughly (for finding what an earlier date dated). */
export function sentenceAround(text: string, at: number): Span {
	const from = Math.max(0, at - 400);
	// Two characters past `at`, so that a sentence starting right at `at` is seen to start there.
	const before = text.slice(from, at + 2);
	const breaks = [...before.matchAll(SENTENCE_BREAK)].filter(
		(b) => from + b.index + b[0].length <= at
	);
	const last = breaks.pop();
	const start = last ? from + last.index + last[0].length : from;
	const after = new RegExp(SENTENCE_BREAK.source, 'u').exec(text.slice(at, at + 400));
	return { start, end: after ? at + after.index + 1 : Math.min(text.length, at + 400) };
}
const SENTENCE_BREAK = /[.!?]["”’)]*\s+(?=["“]?\p{Lu})|\n/gu;

/** Weekday stems, Sunday first, as Date.getUTCDay counts them. */
export const WEEKDAY_NAMES = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

/** A named day in year y ("Easter 2023"), or the latest one by publication, or the next one ahead. */
export function holidayReading(
	name: string,
	year: string | undefined,
	offset: number,
	ctx: DateContext,
	text: string
) {
	const p = ctx.published;
	const ahead = looksAhead(text, offset);
	const pick = (y: number) => holiday(name, y);
	let days = year ? pick(+year) : null;
	if (!year) {
		for (const y of ahead ? [p.y, p.y + 1] : [p.y, p.y - 1]) {
			const d = pick(y);
			if (d && (ahead ? compareDays(d.end, p) >= 0 : compareDays(d.start, p) <= 0)) {
				days = d;
				break;
			}
		}
	}
	return days
		? interval(days.start, days.end, compareDays(days.start, days.end) === 0 ? 'day' : 'range')
		: null;
}
