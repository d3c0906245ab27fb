import { casual } from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import type { DateInterval, DateModifier, DatePrecision, Span, TemporalExpression } from './types';
import {
	MONTHS,
	type Day,
	addDays,
	addMonths,
	compareDays,
	daysBetween,
	daysInMonth,
	isoDate,
	isoWeek,
	monthEnd,
	monthStart,
	parseIso,
	toIso,
	weekday
} from './calendar';
import { HOLIDAY_SOURCE, holiday } from './holidays';

/** What a rule may consult besides its match: the publication day and the dates named earlier. */
interface DateContext {
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
}

interface Reading {
	interval: Omit<DateInterval, 'mod'>;
	confidence?: number;
}

interface DateRule {
	name: string;
	pattern: RegExp;
	read(m: RegExpExecArray, ctx: DateContext): Reading | null;
	/** Read in the second pass, from dates the first pass found ("the end of that year"). */
	anaphoric?: boolean;
	/** A word (lower case) the text must hold for the rule to be tried at all. */
	cue?: string;
}

/** How far back "that year", "in March" or "the end of the year" look for the year meant. */
const YEAR_CONTEXT_CHARS = 1500;

const M = `(${MONTHS.source})\\.?`;
const Y = '((?:19|20)\\d{2})';
const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';
const SEASON = '(spring|summer|autumn|fall|winter)';
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
const NUM = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const count = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? +word;

const month = (name: string) => MONTHS.index(name) ?? 1;
const interval = (start: Day | string, end: Day | string, precision: DatePrecision): Reading => ({
	interval: {
		start: typeof start === 'string' ? start : toIso(start),
		end: typeof end === 'string' ? end : toIso(end),
		precision
	}
});
/** A reading whose bounds are fuzzy by up to `days` either way (GUIDELINES: tolerance_days). */
const fuzzy = (reading: Reading | null, days: number): Reading | null =>
	reading && { ...reading, interval: { ...reading.interval, toleranceDays: days } };
/** How fuzzy "N units" ago or long is: a unit's length, at most a year. */
const UNIT_TOLERANCE: Record<string, number> = { year: 366, month: 31, week: 7, day: 1 };
const unitTolerance = (unit: string) => UNIT_TOLERANCE[unit.toLowerCase().replace(/s$/, '')] ?? 1;
const wholeYear = (y: number, precision: DatePrecision = 'year') =>
	interval(`${y}-01-01`, `${y}-12-31`, precision);
const wholeMonth = (y: number, m: number) => interval(monthStart(y, m), monthEnd(y, m), 'month');

/** Meteorological seasons; winter Y runs from December Y to February Y+1. */
function season(name: string, y: number): Reading {
	const first = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }[name.toLowerCase()] ?? 3;
	const start = { y, m: first, d: 1 };
	const last = addMonths(start, 2);
	return interval(start, { ...last, d: daysInMonth(last.y, last.m) }, 'season');
}

/** The first season of that name that starts after the publication day ("next winter"). */
function nextSeason(name: string, published: Day): Reading {
	for (let y = published.y; ; y++) {
		const s = season(name, y);
		if (compareDays(parseIso(s.interval.start), published) > 0) return s;
	}
}

/** The season of that name not yet over at publication ("may come in the spring"). */
function comingSeason(name: string, published: Day): Reading {
	for (let y = published.y - 1; ; y++) {
		const s = season(name, y);
		if (compareDays(parseIso(s.interval.end), published) >= 0) return s;
	}
}

/** The latest season of that name that ended before the publication day ("last summer"). */
function lastSeason(name: string, published: Day): Reading {
	for (let y = published.y; ; y--) {
		const s = season(name, y);
		if (compareDays(parseIso(s.interval.end), published) < 0) return s;
	}
}

/** A clause that looks ahead ("expires on", "is planned for", "may come in", "due to go by"). */
const FUTURE_CUE =
	/\b(?:will|shall|may(?! have)|due|scheduled|planned|plans? to|expected|expires?|upcoming|coming|set to|(?:is|are) to|next|(?:runs?|lasts?|continues?|extends?|remains?|stays?) (?:through|until|till|into)|(?:begins|starts|opens|takes place|kicks off|premieres|(?:is|are) held))\b/;
const CLAUSE_START = /[,;:—–(]|\.\s/g;

function looksAhead(text: string, offset: number): boolean {
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
function yearForMonth(m: number, offset: number, ctx: DateContext, d = 1, text = ''): number {
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
function yearForWeekday(y: number, m: number, d: number, want: number): number {
	for (const shift of [0, 1, -1, -2, 2, -3, -4, -5, -6]) {
		if (d <= daysInMonth(y + shift, m) && weekday({ y: y + shift, m, d }) === want)
			return y + shift;
	}
	return y;
}

/** Words that put a bare weekday after publication ("postponed until Saturday"). */
const WEEKDAY_AHEAD = /\b(?:until|till|postponed|delayed|adjourned|rescheduled)\b[^.;,]{0,40}$/i;

/**
 * The day a bare weekday names: the latest one on or before publication ("said Friday"), or the
 * first one on or after it when the clause looks ahead ("will vote on Tuesday").
 */
function weekdayDay(want: number, published: Day, ahead: boolean): Day {
	const forward = (want - weekday(published) + 7) % 7;
	return addDays(published, ahead ? forward : forward === 0 ? 0 : forward - 7);
}

const PART_OF_MONTH: Record<string, [number, number]> = {
	early: [1, 10],
	mid: [11, 20],
	late: [21, 31]
};
function partOfMonth(part: string | undefined, y: number, m: number): Reading {
	if (!part) return wholeMonth(y, m);
	const [from, to] = PART_OF_MONTH[part.toLowerCase().replace(/-$/, '')] ?? [1, 31];
	const days = interval({ y, m, d: from }, { y, m, d: Math.min(to, daysInMonth(y, m)) }, 'month');
	return { ...days, interval: { ...days.interval, toleranceDays: 5 } };
}

/** "early 2022", "the end of 2020", "the first months of 2021": a part of year y. */
function partOfYear(part: string, y: number): Reading {
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

function back(published: Day, n: number, unit: string): Day {
	const u = unit.toLowerCase().replace(/s$/, '');
	if (u === 'year') return addMonths(published, -Math.round(n * 12));
	if (u === 'month') return addMonths(published, -Math.round(n));
	return addDays(published, -Math.round(n * (u === 'week' ? 7 : 1)));
}

const YEAR_PART =
	'(early|mid|late|the (?:very )?(?:beginning|start|end|middle|close|first half|second half|(?:first|second|third|fourth) quarter|(?:first|last|final|closing|opening)(?: few)? (?:months|weeks|days)))';

/** Years of a decade its part covers: "the late 1980s" is 1987–1989. */
const DECADE_PART: Record<string, [number, number]> = { early: [0, 3], mid: [3, 6], late: [7, 9] };

const ORDINAL_WORDS =
	'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second';
const ordinal = (word: string) =>
	/^\d/.test(word) ? parseInt(word, 10) : ORDINAL_WORDS.split('|').indexOf(word.toLowerCase()) + 1;
const QUARTERS = ['first', 'second', 'third', 'fourth'];

/** A named day in year y ("Easter 2023"), or the latest one by publication, or the next one ahead. */
function holidayReading(
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

const HOLIDAY_AS_MODIFIER = /(?:\b(?:a|an|the|its|his|her|their|our|this|that)|['’]s)\s+$/i;

const RULES: DateRule[] = [
	{
		name: 'day-range',
		pattern: new RegExp(
			`\\b(?:(\\d{1,2})\\s*[-–]\\s*${ORD}\\s+${M}|${M}\\s+(\\d{1,2})\\s*[-–]\\s*${ORD})(?:,?\\s+${Y})?\\b(?![-–/]\\d)`,
			'g'
		),
		read: (m, ctx) => {
			const mo = month(m[3] ?? m[4]);
			const [from, to] = [+(m[1] ?? m[5]), +(m[2] ?? m[6])];
			const y = m[7] ? +m[7] : yearForMonth(mo, m.index, ctx, from, m.input);
			const a = isoDate(y, mo, from);
			const b = isoDate(y, mo, to);
			return a && b && a < b ? interval(a, b, 'range') : null;
		}
	},
	{
		name: 'month-range-year',
		pattern: new RegExp(
			`\\b${M}\\s*(?:[-–/]|to|and|through|until)\\s*${M},?\\s+(?:of\\s+)?${Y}\\b`,
			'g'
		),
		read: (m) => {
			const [a, b, y] = [month(m[1]), month(m[2]), +m[3]];
			return a < b ? interval(monthStart(y, a), monthEnd(y, b), 'month') : null;
		}
	},
	{
		name: 'month-year-range',
		pattern: new RegExp(`\\b${M}\\s+${Y}\\s*(?:[-–]|to|until|through)\\s*${M}\\s+${Y}\\b`, 'g'),
		read: (m) => interval(monthStart(+m[2], month(m[1])), monthEnd(+m[4], month(m[3])), 'range')
	},
	{
		name: 'month-year',
		pattern: new RegExp(`\\b(?:(early|mid-?|late)[\\s-]+)?${M},?\\s+(?:of\\s+)?${Y}\\b`, 'gi'),
		read: (m) => (/^\p{Lu}/u.test(m[2]) ? partOfMonth(m[1], +m[3], month(m[2])) : null)
	},
	{
		name: 'month-alone',
		pattern: new RegExp(
			`(?:\\b(early|mid-?|late)[\\s-]+|(?<=\\b(?:in|since|until|till|by|from|during|through|before|after|last|this|next|of|for)\\s{1,3}))${M}\\b(?![,.]?\\s*\\d)`,
			'gi'
		),
		read: (m, ctx) => {
			if (!/^\p{Lu}/u.test(m[2])) return null;
			const mo = month(m[2]);
			const lead = /\b(last|this|next)\s+$/i.exec(m.input.slice(Math.max(0, m.index - 6), m.index));
			const y = lead
				? ctx.published.y - (lead[1].toLowerCase() === 'last' && mo >= ctx.published.m ? 1 : 0)
				: yearForMonth(mo, m.index, ctx, 1, m.input);
			return { ...partOfMonth(m[1], y, mo), confidence: 0.7 };
		}
	},
	{
		name: 'season-year',
		pattern: new RegExp(
			`\\b(?:(early|mid|late)[\\s-]+)?(?:the\\s+)?${SEASON}\\s+(?:of\\s+)?${Y}\\b`,
			'gi'
		),
		read: (m) => season(m[2], +m[3])
	},
	{
		name: 'season-of-that-year',
		anaphoric: true,
		pattern: new RegExp(
			`\\b(?:the\\s+)?${SEASON}\\s+of\\s+(that|the same|the following|the next|the previous)\\s+year\\b`,
			'gi'
		),
		read: (m, ctx) => {
			const y = ctx.yearBefore(m.index);
			if (y === null) return null;
			const shift = /following|next/i.test(m[2]) ? 1 : /previous/i.test(m[2]) ? -1 : 0;
			return season(m[1], y + shift);
		}
	},
	{
		name: 'relative-season',
		pattern: new RegExp(`\\b(last|this|next|past|coming|upcoming)\\s+${SEASON}\\b`, 'gi'),
		read: (m, ctx) => {
			const which = m[1].toLowerCase();
			if (which === 'last' || which === 'past') return lastSeason(m[2], ctx.published);
			if (which === 'this') return season(m[2], ctx.published.y);
			return nextSeason(m[2], ctx.published);
		}
	},
	{
		name: 'season-alone',
		pattern: new RegExp(
			`(?<=\\b(?:in|during|since|by|until|through|over|throughout|for)\\s{1,3})(?:the\\s+)?(?:(early|late)\\s+)?${SEASON}\\b(?!\\s+(?:of\\s+)?\\d)`,
			'gi'
		),
		read: (m, ctx) => {
			if (looksAhead(m.input, m.index))
				return { ...comingSeason(m[2], ctx.published), confidence: 0.6 };
			const ref = ctx.referenceBefore(m.index);
			const first = season(m[2], 2000).interval.start.slice(5, 7);
			const inRef = ref && season(m[2], +first >= ref.m ? ref.y : ref.y + 1);
			const reading =
				inRef && compareDays(parseIso(inRef.interval.start), ctx.published) <= 0
					? inRef
					: lastSeason(m[2], ctx.published);
			return { ...reading, confidence: 0.6 };
		}
	},
	{
		name: 'quarter',
		pattern: new RegExp(`\\bQ([1-4])\\s*(?:of\\s+)?${Y}\\b|\\b${Y}\\s*Q([1-4])\\b`, 'g'),
		read: (m) => {
			const q = +(m[1] ?? m[4]) - 1;
			const y = +(m[2] ?? m[3]);
			return interval(monthStart(y, q * 3 + 1), monthEnd(y, q * 3 + 3), 'month');
		}
	},
	{
		name: 'month-part-range',
		pattern: new RegExp(
			`\\b(?:(?:between|from)\\s+)?(?:(early|mid-?|late)[\\s-]*)?${M}\\s+(?:and|to|until|through|[-–])\\s+(?:(the end of|the beginning of|early|mid-?|late)[\\s-]*)?${M}\\b(?![,.]?\\s*(?:of\\s+)?\\d)`,
			'g'
		),
		read: (m, ctx) => {
			const [a, b] = [month(m[2]), month(m[4])];
			const y = yearForMonth(a, m.index, ctx, 1, m.input);
			const part = (p?: string) =>
				p && /end/i.test(p) ? 'late' : p && /beginning/i.test(p) ? 'early' : p;
			const from = partOfMonth(part(m[1]), y, a).interval.start;
			const to = partOfMonth(part(m[3]), b >= a ? y : y + 1, b).interval.end;
			return a === b && !m[1] && !m[3] ? null : { ...interval(from, to, 'range'), confidence: 0.7 };
		}
	},
	{
		name: 'part-of-year',
		pattern: new RegExp(`\\b${YEAR_PART}(?:\\s+of|-|\\s)\\s*${Y}\\b`, 'gi'),
		read: (m) => partOfYear(m[1].replace(/^the (very )?/i, ''), +m[2])
	},
	{
		name: 'part-of-that-year',
		anaphoric: true,
		pattern: new RegExp(`\\b${YEAR_PART}\\s+of\\s+(the|that|this)?\\s*year\\b`, 'gi'),
		read: (m, ctx) => {
			const y =
				(m[2]?.toLowerCase() === 'this' || looksAhead(m.input, m.index)
					? null
					: ctx.yearBefore(m.index)) ?? ctx.published.y;
			return { ...partOfYear(m[1].replace(/^the (very )?/i, ''), y), confidence: 0.7 };
		}
	},
	{
		name: 'year-range',
		pattern: new RegExp(
			`(?<![/\\d])\\b(?:(?:between|from)\\s+)?${Y}\\s*(?:[-–—/]|to|until|till|through|and)\\s*(${Y}|\\d{2}(?![\\d%/]))\\b(?![/.]\\d)`,
			'gi'
		),
		read: (m) => {
			const a = +m[1];
			// "2019–21": the second year shares the first one's century.
			const short = a - (a % 100) + +m[2];
			const b = m[2].length === 2 ? (short < a ? short + 100 : short) : +m[2];
			const word = /\band\b/i.test(m[0]) && !/^between/i.test(m[0]);
			// "2014 and 2022" are two separate years; "2022 and 2023" reads as one span.
			if (b <= a || b - a > 50 || (word && b !== a + 1)) return null;
			return interval(`${a}-01-01`, `${b}-12-31`, 'year');
		}
	},
	{
		name: 'decades',
		pattern:
			/\b(?:the\s+)?((?:19|20)\d)0s\s+(?:and|to|through|until|[-–])\s+(?:the\s+)?((?:19|20)\d)0s\b/gi,
		read: (m) => (+m[2] > +m[1] ? interval(`${m[1]}0-01-01`, `${m[2]}9-12-31`, 'range') : null)
	},
	{
		name: 'decade',
		pattern: /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?((?:1[5-9]|20)\d)0s\b/gi,
		read: (m) => {
			const part = DECADE_PART[m[1]?.toLowerCase() ?? ''];
			const [from, to] = part ?? [0, 9];
			const years = interval(`${m[2]}${from}-01-01`, `${m[2]}${to}-12-31`, 'range');
			return part ? fuzzy(years, 366) : years;
		}
	},
	{
		name: 'year',
		pattern: new RegExp(
			`(?<![\\p{L}\\d,.\\-/$€£#]|\\d\\s)${Y}(?![\\p{L}\\d%]|[.,]\\d|\\s*(?:km|kilomet|miles|people|troops|soldiers|men|tanks|units|vehicles|tonnes|tons|dollars|euros|times|hours|metres|meters|feet|casualties|refugees|residents|members|votes|copies|pages)\\b)`,
			'gu'
		),
		read: (m, ctx) => {
			const y = +m[1];
			if (y > ctx.published.y + 30) return null;
			const lead = m.input.slice(Math.max(0, m.index - 24), m.index);
			// A year after a name belongs to the name ("Zapad 2021", "Euro 2024", "Issue 6 2025").
			const word = /([\p{L}.]+)\s+$/u.exec(lead)?.[1] ?? '';
			if (
				/^\p{Lu}/u.test(word) &&
				!YEAR_LEADS.has(word.toLowerCase()) &&
				MONTHS.index(word) === null
			)
				return null;
			if (/\b(?:room|page|version|flight|number|no\.|model|code|route|resolution)\s+$/i.test(lead))
				return null;
			return wholeYear(y);
		}
	},
	{
		name: 'nth-weekday-of-month',
		pattern: new RegExp(
			`\\bthe\\s+(first|second|third|fourth|last)\\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\s+(?:of|in)\\s+(${MONTHS.source})\\b(?:,?\\s+${Y})?`,
			'g'
		),
		read: (m, ctx) => {
			const mo = month(m[3]);
			const y = m[4] ? +m[4] : yearForMonth(mo, m.index, ctx, 1, m.input);
			const want = WEEKDAY_NAMES.indexOf(m[2].slice(0, -3).toLowerCase());
			const nth = QUARTERS.indexOf(m[1]);
			const first = weekdayDay(want, { y, m: mo, d: 1 }, true);
			const last = weekdayDay(want, { y, m: mo, d: daysInMonth(y, mo) }, false);
			const day = nth < 0 ? last : addDays(first, 7 * nth);
			return day.m === mo ? interval(day, day, 'day') : null;
		}
	},
	{
		name: 'century',
		cue: 'century',
		pattern: new RegExp(
			`\\b(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS})\\s+[Cc]entury\\b(?!-)`,
			'gi'
		),
		read: (m) => {
			const n = ordinal(m[2]);
			if (n < 1 || n > 22) return null;
			const first = (n - 1) * 100;
			const [from, to] = { early: [0, 33], mid: [33, 66], late: [66, 99] }[
				m[1]?.toLowerCase() ?? ''
			] ?? [0, 99];
			return interval(
				`${first + from}`.padStart(4, '0') + '-01-01',
				`${first + to}`.padStart(4, '0') + '-12-31',
				'range'
			);
		}
	},
	{
		name: 'quarter-of-year',
		pattern:
			/\bthe\s+(first|second|third|fourth|last|final|previous|next|current)\s+(?:fiscal\s+|calendar\s+)?quarter\b(?!\s+of\s+(?:the\s+)?(?:\d|year|century))/gi,
		read: (m, ctx) => {
			const p = ctx.published;
			const word = m[1].toLowerCase();
			const current = Math.floor((p.m - 1) / 3);
			const step = { last: -1, final: -1, previous: -1, next: 1, current: 0 }[word];
			let y = p.y;
			let q = step === undefined ? QUARTERS.indexOf(word) : current + step;
			if (step === undefined && q > current && !looksAhead(m.input, m.index)) y--;
			if (q < 0) [q, y] = [q + 4, y - 1];
			if (q > 3) [q, y] = [q - 4, y + 1];
			return interval(monthStart(y, q * 3 + 1), monthEnd(y, q * 3 + 3), 'month');
		}
	},
	{
		name: 'fiscal-year',
		pattern: new RegExp(`\\b(?:fiscal(?:\\s+year)?|FY)\\s*${Y}\\b`, 'g'),
		read: (m) => wholeYear(+m[1])
	},
	{
		name: 'holiday',
		pattern: new RegExp(`\\b(${HOLIDAY_SOURCE})(?:,?\\s+(?:of\\s+)?${Y})?\\b`, 'g'),
		// "an Easter vacation", "the Christmas market": the name qualifies a noun, not a day.
		read: (m, ctx) =>
			!m[2] &&
			HOLIDAY_AS_MODIFIER.test(m.input.slice(Math.max(0, m.index - 24), m.index)) &&
			/^\s+[a-z]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))
				? null
				: holidayReading(m[1], m[2], m.index, ctx, m.input)
	},
	{
		name: 'relative-unit',
		pattern:
			/\b(last|this|next|previous|the past|the last|the previous|the current|the following)\s+(?:fiscal\s+)?(year|month|week)\b/gi,
		read: (m, ctx) => {
			const which = m[1].toLowerCase().replace(/^the /, '');
			const unit = m[2].toLowerCase();
			const step =
				which === 'next' || which === 'following'
					? 1
					: which === 'this' || which === 'current'
						? 0
						: -1;
			const p = ctx.published;
			if (unit === 'year') return wholeYear(p.y + step);
			if (unit === 'month') {
				const t = addMonths({ ...p, d: 1 }, step);
				return wholeMonth(t.y, t.m);
			}
			// "the past week" is the seven days before; "this/last/next week" are calendar weeks.
			if (which === 'past') return interval(addDays(p, -6), p, 'range');
			const week = isoWeek(p, step);
			return interval(week.start, week.end, 'range');
		}
	},
	{
		name: 'past-duration',
		pattern: new RegExp(
			`\\b(?:the|these|those)\\s+(?:past|last|previous)\\s+${NUM}(\\s+and\\s+a\\s+half)?\\s+(years|months|weeks|days)\\b`,
			'gi'
		),
		read: (m, ctx) => {
			const n = count(m[1]) + (m[2] ? 0.5 : 0);
			return interval(
				back(ctx.published, n, m[3]),
				ctx.published,
				m[3].toLowerCase() === 'months' ? 'month' : 'range'
			);
		}
	},
	{
		name: 'ago',
		pattern: new RegExp(`\\b${NUM}\\s+(years?|months?|weeks?|days?)\\s+ago\\b`, 'gi'),
		read: (m, ctx) => {
			const day = back(ctx.published, count(m[1]), m[2]);
			const unit = m[2].toLowerCase().replace(/s$/, '');
			if (unit === 'year') return wholeYear(day.y);
			if (unit === 'month') return wholeMonth(day.y, day.m);
			return interval(addDays(day, -3), addDays(day, 3), 'range');
		}
	},
	{
		name: 'recent',
		pattern:
			/\b(?:in\s+)?recent\s+(years|months|weeks|days)\b|\brecently\b|\bearlier this (year|month)\b|\blater this (year|month)\b/gi,
		read: (m, ctx) => {
			const p = ctx.published;
			const unit = (m[1] ?? '').toLowerCase();
			if (m[3])
				return interval(
					p,
					m[3].toLowerCase() === 'year' ? { y: p.y, m: 12, d: 31 } : parseIso(monthEnd(p.y, p.m)),
					'range'
				);
			if (m[2])
				return interval(
					m[2].toLowerCase() === 'year' ? { y: p.y, m: 1, d: 1 } : { ...p, d: 1 },
					p,
					'range'
				);
			const from =
				unit === 'years'
					? addMonths(p, -60)
					: unit === 'months'
						? addMonths(p, -6)
						: unit === 'weeks'
							? addDays(p, -42)
							: unit === 'days'
								? addDays(p, -10)
								: addMonths(p, -2);
			return { ...fuzzy(interval(from, p, 'range'), 31)!, confidence: 0.4 };
		}
	},
	{
		name: 'tenure',
		pattern: new RegExp(
			`\\b(?:his|her|their|its)\\s+${NUM}-year(?:-long)?\\s+(?:reign|rule|tenure|presidency|premiership|term|career|occupation|war|conflict|dictatorship|leadership)\\b`,
			'gi'
		),
		read: (m, ctx) =>
			fuzzy(interval(back(ctx.published, count(m[1]), 'years'), ctx.published, 'year'), 366)
	},
	{
		name: 'period-of',
		anaphoric: true,
		pattern: new RegExp(
			`\\b${NUM}\\s+(years?|months?|weeks?|days?)\\s+(?:of|in)\\s+(?:(?:his|her|their|its)\\s+)?(?:rule|power|office|reign|war|fighting|protests?|occupation|sanctions|negotiations|talks|conflict|isolation|blockade|siege|detention|captivity|exile|crisis|unrest|lockdown|shelling|strikes)\\b`,
			'gi'
		),
		// "26 years of rule", "six weeks of protests": the stretch ending at the sentence's date, else at publication.
		read: (m, ctx) => {
			const end = dateInSentence(m.input, m.index, ctx)?.end ?? ctx.published;
			const period = interval(back(end, count(m[1]), m[2]), end, 'range');
			return { ...fuzzy(period, unitTolerance(m[2]))!, confidence: 0.5 };
		}
	},
	{
		name: 'within',
		anaphoric: true,
		pattern: new RegExp(
			`\\bwithin\\s+(?:the\\s+)?(next\\s+|coming\\s+)?${NUM}\\s+(years?|months?|weeks?|days?)\\b(?!\\s+(?:of|after|before)\\b)`,
			'gi'
		),
		// "within five months": ahead of publication when the clause looks ahead, else after the sentence's date.
		read: (m, ctx) => {
			const n = count(m[2]);
			const from =
				m[1] || looksAhead(m.input, m.index)
					? ctx.published
					: dateInSentence(m.input, m.index, ctx)?.start;
			if (!from) return null;
			const period = interval(from, back(from, -n, m[3]), 'range');
			return { ...fuzzy(period, unitTolerance(m[3]))!, confidence: 0.5 };
		}
	}
];

/** The days of the date found nearest to offset in its sentence, if any. */
function dateInSentence(
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

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Nouns for events an article dates and then refers back to ("the day after the election"). */
const EVENT_NOUNS =
	'elections?|vote|referendum|invasion|coup|summit|offensive|attacks?|protests?|uprising|ceasefire|talks|war|mutiny|annexation|inauguration|funeral|blast|explosion|earthquake|meeting|visit|deadline|crash|strikes?|operations?|exercises?|drills|negotiations|agreement|deal|treaty|announcement|raid|siege|withdrawal';

/** Where a date's sentence starts and ends, roughly (for finding what an earlier date dated). */
function sentenceAround(text: string, at: number): Span {
	const before = text.slice(Math.max(0, at - 400), at);
	const breaks = [...before.matchAll(/[.!?]["”’)]*\s+(?=["“]?\p{Lu})|\n/gu)];
	const last = breaks.pop();
	const start = last ? at - before.length + last.index + last[0].length : Math.max(0, at - 400);
	const after = /[.!?]["”’)]*\s+(?=["“]?\p{Lu})|\n/u.exec(text.slice(at, at + 400));
	return { start, end: after ? at + after.index + 1 : Math.min(text.length, at + 400) };
}

/**
 * The days an event the text refers to took: a well-known anchor ("the full-scale invasion"),
 * a holiday ("Easter"), or an event dated earlier in the article ("the election" after "the
 * election of 9 August 2020"), looked for first in the same sentence, then backwards.
 */
function anchorDays(
	target: string,
	offset: number,
	ctx: DateContext,
	text: string,
	anchors: Map<string, string>
): { start: Day; end: Day; precision: DatePrecision } | null {
	const lower = target.toLowerCase();
	for (const [name, day] of anchors)
		if (name.toLowerCase() === lower)
			return { start: parseIso(day), end: parseIso(day), precision: 'day' };
	const named = new RegExp(`^(${HOLIDAY_SOURCE})(?:\\s+${Y})?$`).exec(target);
	if (named) {
		const r = holidayReading(named[1], named[2], offset, ctx, text);
		return (
			r && { start: parseIso(r.interval.start), end: parseIso(r.interval.end), precision: 'day' }
		);
	}
	const noun = new RegExp(`(?:${EVENT_NOUNS})$`, 'i').exec(target)?.[0];
	if (!noun) return null;
	const stem = new RegExp(`\\b${escapeRegExp(noun.replace(/s$/, ''))}`, 'i');
	const own = sentenceAround(text, offset);
	const dated = ctx.found.filter(
		(f) => f.interval.precision !== 'range' && f.interval.precision !== 'year'
	);
	const inSentence = dated.find((f) => f.start >= own.start && f.end <= own.end);
	const earlier = dated.filter((f) => f.end <= offset).reverse();
	for (const f of inSentence ? [inSentence, ...earlier] : earlier) {
		const s = f === inSentence ? own : sentenceAround(text, f.start);
		const body = text.slice(s.start, s.end);
		if (stem.test(body))
			return {
				start: parseIso(f.interval.start),
				end: parseIso(f.interval.end),
				precision: f.interval.precision
			};
	}
	return null;
}

const SPAN_DAYS: Record<string, number> = {
	hour: 0,
	day: 1,
	night: 1,
	morning: 1,
	evening: 1,
	week: 7,
	weekend: 2,
	month: 30,
	year: 365
};

/**
 * "the day after the election", "shortly before Easter", "the first weeks of the full-scale
 * invasion": stretches before, after or at the start of an anchor (see anchorDays).
 */
function anchorRules(anchors: Map<string, string>): DateRule[] {
	const names = [...anchors.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	// After "before"/"after" a noun needs its article ("the day before the vote", not "the day
	// before drills began"); after "the first days of" it need not ("of major offensive operations").
	const target = (article: '' | '?') =>
		`(${names.length ? names.join('|') + '|' : ''}(?:${HOLIDAY_SOURCE})(?:\\s+${Y.replace('(', '(?:')})?|(?:(?:the|this|that|his|her|its|their|last|next)\\s+)${article}(?:[\\w’'-]+\\s+){0,3}?(?:${EVENT_NOUNS}))\\b`;
	const read = (offset: number, target: string, ctx: DateContext, text: string) =>
		anchorDays(target, offset, ctx, text, anchors);
	return [
		{
			name: 'anchor-relative',
			anaphoric: true,
			pattern: new RegExp(
				`\\b(?:the\\s+(day|night|morning|evening|week|weekend|month|year)|(shortly|just|soon|immediately|right|hours|days|weeks|months))\\s+(before|after|following|ahead of|prior to)\\s+${target('')}`,
				'gi'
			),
			read: (m, ctx) => {
				const at = read(m.index, m[4], ctx, m.input);
				if (!at) return null;
				const before = /before|ahead|prior/i.test(m[3]);
				const unit = m[1]?.toLowerCase();
				if (unit) {
					if (SPAN_DAYS[unit] === 1) {
						if (at.precision !== 'day') return null;
						const day = addDays(before ? at.start : at.end, before ? -1 : 1);
						return interval(day, day, 'day');
					}
					const n = SPAN_DAYS[unit];
					return before
						? interval(addDays(at.start, -n), addDays(at.start, -1), 'range')
						: interval(addDays(at.end, 1), addDays(at.end, n), 'range');
				}
				const word = m[2].toLowerCase();
				const n =
					{ immediately: 2, right: 2, hours: 1, days: 10, weeks: 42, months: 180 }[word] ?? 14;
				const near = word === 'days' ? 1 : word === 'weeks' ? 7 : word === 'months' ? 30 : 0;
				const stretch = before
					? interval(addDays(at.start, -n), addDays(at.start, -near), 'range')
					: interval(addDays(at.end, near), addDays(at.end, n), 'range');
				return { ...fuzzy(stretch, Math.ceil(n / 2))!, confidence: 0.6 };
			}
		},
		{
			name: 'anchor-start',
			anaphoric: true,
			pattern: new RegExp(
				`\\bthe\\s+(?:very\\s+)?(?:first|early|opening|initial)\\s+(?:few\\s+)?(hours?|days?|weeks?|months?)\\s+(?:of|after)\\s+${target('?')}`,
				'gi'
			),
			read: (m, ctx) => {
				const at = read(m.index, m[2], ctx, m.input);
				if (!at) return null;
				const unit = m[1].toLowerCase().replace(/s$/, '');
				const plural = /s$/i.test(m[1]);
				// As before: the first weeks are four, the first months three, the first days a week.
				const e =
					unit === 'month'
						? plural
							? addMonths(at.start, 3)
							: addDays(addMonths(at.start, 1), -1)
						: addDays(at.start, { week: plural ? 27 : 6, day: plural ? 6 : 0, hour: 0 }[unit] ?? 0);
				return interval(at.start, e, compareDays(at.start, e) === 0 ? 'day' : 'range');
			}
		}
	];
}

/** Capitalised words a year may follow without being part of a name ("In 2021", "Since 2014"). */
const YEAR_LEADS = new Set(
	'in since by from until till before after during between the and of on around through throughout circa early late mid'.split(
		' '
	)
);
const MODIFIERS: [RegExp, DateModifier][] = [
	[/\b(?:since|ever since)\s+(?:the\s+)?$/i, 'since'],
	[/\b(?:after|following)\s+(?:the\s+)?$/i, 'after'],
	[/\b(?:before|until|till|prior to|ahead of)\s+(?:the\s+)?$/i, 'before']
];

function yearMentions(text: string): { at: number; year: number }[] {
	return [...text.matchAll(/(?<![\d,.])((?:19|20)\d{2})(?![\d])/g)].map((m) => ({
		at: m.index,
		year: +m[1]
	}));
}

const MONTH_BEFORE_YEAR = new RegExp(
	`\\b(?:${MONTHS.source}|${SEASON})\\.?,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:of\\s+)?$`,
	'i'
);
const SINCE_BEFORE_YEAR = /\bsince\s+(?:the\s+)?(?:[\p{L}\d]+,?\s+){0,3}$/iu;

/** Years written with their month or season, as narrative reference points (see DateContext). */
function referenceMentions(text: string, years: { at: number; year: number }[], skip: Span[]) {
	return years.flatMap(({ at, year }) => {
		if (/^\d{4}s/.test(text.slice(at, at + 5))) return [];
		if (skip.some((s) => at >= s.start && at < s.end)) return [];
		const lead = text.slice(Math.max(0, at - 40), at);
		if (SINCE_BEFORE_YEAR.test(lead)) return [];
		const named = MONTH_BEFORE_YEAR.exec(lead)?.[0].match(/^[\p{L}]+/u)?.[0] ?? '';
		const seasonStart = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }[
			named.toLowerCase()
		];
		const m = seasonStart ?? MONTHS.index(named);
		// A month or season with its year sets the paragraph's narrative time; a bare year only its sentence's.
		return [{ at, y: year, m: m ?? 1, scope: m ? ('paragraph' as const) : ('sentence' as const) }];
	});
}

/**
 * "eight days later", "the following night", "the day before", "the following Tuesday": a day
 * counted from the last day named in the paragraph.
 */
const DAY_OFFSET =
	/\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(later|earlier|before|after)|the\s+(following|next|previous|preceding)\s+(day|night|morning|evening|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|the\s+(day|night|week)\s+(before|after)|(?:later|earlier)\s+(?:that|the same|in the)\s+(?:day|morning|afternoon|evening|night)|(?:that|the same)\s+(?:day|morning|afternoon|evening|night)|(?:by|before)\s+the\s+end\s+of\s+the\s+day)\b/gi;
/** Same-day phrases that, with no day named before, mean the publication day ("earlier in the day"). */
const SAME_DAY_OF_NEWS = /\bin the (?:day|morning|afternoon|evening)\b|\bend of the day\b/i;
const WEEKDAY_NAMES = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

function dayOffsets(
	text: string,
	kept: TemporalExpression[],
	published: Day
): TemporalExpression[] {
	const out: TemporalExpression[] = [];
	for (const m of text.matchAll(DAY_OFFSET)) {
		const start = m.index;
		const end = start + m[0].length;
		const before = kept.filter((k) => k.end <= start && k.interval.precision === 'day').pop();
		const prev = before && !text.slice(before.end, start).includes('\n') ? before : null;
		const sameDay =
			/\b(?:that|same|in the|end of the)\s+(?:day|morning|afternoon|evening|night)\b/i.test(m[0]);
		if (!prev && !(sameDay && SAME_DAY_OF_NEWS.test(m[0]))) continue;
		const back = /earlier|before|previous|preceding/i.test(m[0]);
		const from = prev ? parseIso(prev.interval.end) : published;
		const named = WEEKDAY_NAMES.indexOf(/^(\w+)day$/i.exec(m[5] ?? '')?.[1].toLowerCase() ?? '');
		let day: Day;
		if (sameDay) day = from;
		else if (named >= 0) {
			const forward = (named - weekday(from) + 7) % 7 || 7;
			day = addDays(from, back ? forward - 7 || -7 : forward);
		} else {
			const weeks = /week/i.test(m[2] ?? m[5] ?? m[6] ?? '');
			const n = m[1] ? count(m[1]) : 1;
			day = addDays(from, (back ? -1 : 1) * n * (weeks ? 7 : 1));
		}
		out.push({
			start,
			end,
			text: m[0],
			interval: { ...interval(day, day, 'day').interval },
			rule: 'day-offset',
			confidence: 0.6
		});
	}
	return out;
}

/** Words near which chrono-node may find a date: weekdays, relative days, times, month days. */
const CHRONO_CUE = new RegExp(
	`\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|tomorrow|tonight|last night)\\b|\\b\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(?:${MONTHS.source})\\.?\\s+\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS.source})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
	'gi'
);
const CHRONO_WINDOW = 40;
type ChronoFind = Omit<TemporalExpression, 'interval'> & { reading: Reading };
const CASUAL_DAY =
	/\b(?:yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b/i;
const NAMED_WEEKDAY_BEFORE =
	/\b(?:Bloody|Black|Super|Ash|Palm|Holy|Maundy|Easter|Cyber|Blue|Fat|Shrove|Good|Whit|Mail on)\s+$/;
const NAMED_WEEKDAY_AFTER = /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Sport|People)\b/;
const LEADING_WORD = /^(?:on|at|in|by|from|since|until|till|before|after|the)\s+/i;

/**
 * What chrono-node reads that the rules above do not: weekdays ("Friday", "10 p.m. Wednesday"),
 * relative days ("yesterday", "last night"), times of day (kept as their day) and month days
 * with or without a year ("Aug. 2", "Monday, 8 November", "2022-03-25"). Chrono runs only on
 * short windows around cue words, so its cost stays proportional to the dates in the text.
 */
function chronoDates(text: string, ctx: DateContext): ChronoFind[] {
	const windows: Span[] = [];
	for (const m of text.matchAll(CHRONO_CUE)) {
		const start = Math.max(0, m.index - CHRONO_WINDOW);
		const end = Math.min(text.length, m.index + m[0].length + CHRONO_WINDOW);
		const last = windows[windows.length - 1];
		if (last && start <= last.end) last.end = end;
		else windows.push({ start, end });
	}
	// One chrono call over all windows, joined by blank lines (a call per window costs more than
	// the parse). Noon UTC keeps the reference day in every time zone from UTC-11 to UTC+11.
	const p = ctx.published;
	const reference = new Date(Date.UTC(p.y, p.m - 1, p.d, 12));
	const pieces: { from: number; at: number }[] = [];
	let joined = '';
	for (const w of windows) {
		// Start and end on word boundaries so that no result begins inside a word.
		const from = w.start === 0 ? 0 : Math.min(text.indexOf(' ', w.start) + 1 || w.start, w.end);
		const to = w.end === text.length ? w.end : Math.max(text.lastIndexOf(' ', w.end), from);
		pieces.push({ from, at: joined.length });
		joined += text.slice(from, to) + '\n\n';
	}
	const out: ChronoFind[] = [];
	let piece = 0;
	for (const r of casual.parse(joined, reference)) {
		if (r.text.includes('\n')) continue;
		while (piece + 1 < pieces.length && pieces[piece + 1].at <= r.index) piece++;
		const lead = LEADING_WORD.exec(r.text)?.[0].length ?? 0;
		const start = pieces[piece].from + r.index - pieces[piece].at + lead;
		const body = r.text.slice(lead).replace(/[\s,.]+$/, '');
		const reading = readChrono(r, body, start, text, ctx);
		if (reading)
			out.push({
				start,
				end: start + body.length,
				text: body,
				rule: 'chrono',
				confidence: reading.confidence ?? 0.8,
				reading
			});
	}
	return out;
}

function readChrono(
	r: ParsedResult,
	body: string,
	start: number,
	text: string,
	ctx: DateContext
): Reading | null {
	const c = r.start;
	// "may" and "march" in lower case are a verb; relative spans ("in a week") are the rules' job.
	// "9/11" without a year is a name or an American date chrono cannot place; leave it.
	if (/\b(?:may|march)\b/.test(body) || r.tags().has('result/relativeDate')) return null;
	if (/^\d{1,2}\/\d{1,2}$/.test(body)) return null;
	// A year chrono took from two digits ("March 20-Dec. 21") or a race time ("2:01:38") is no date.
	if (/\d:\d\d:\d/.test(body)) return null;
	if (c.isCertain('year') && !/\d{4}/.test(body) && !CASUAL_DAY.test(body)) return null;
	const day = (y: number, m: number, d: number, confidence: number): Reading | null => {
		const iso = isoDate(y, m, d);
		return iso ? { ...interval(iso, iso, 'day'), confidence } : null;
	};
	if (c.isCertain('day') && c.isCertain('month') && !CASUAL_DAY.test(body)) {
		const [m, d] = [c.get('month')!, c.get('day')!];
		let y = c.isCertain('year') ? c.get('year')! : yearForMonth(m, start, ctx, d, text);
		if (!c.isCertain('year') && c.isCertain('weekday'))
			y = yearForWeekday(y, m, d, c.get('weekday')!);
		const first = day(y, m, d, c.isCertain('year') ? 0.9 : 0.7);
		const e = r.end;
		if (!first || !e?.isCertain('day')) return first;
		const last = isoDate(e.isCertain('year') ? e.get('year')! : y, e.get('month')!, e.get('day')!);
		return last && last > first.interval.start
			? { ...interval(first.interval.start, last, 'range'), confidence: first.confidence }
			: first;
	}
	if (CASUAL_DAY.test(body)) return day(c.get('year')!, c.get('month')!, c.get('day')!, 0.8);
	if (c.isCertain('weekday')) {
		if (!/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i.test(body)) return null;
		if (/^(?:next|last|this|coming|past)\b/i.test(body))
			return day(c.get('year')!, c.get('month')!, c.get('day')!, 0.8);
		const lead = text.slice(Math.max(0, start - 60), start);
		// "the first Monday of spring" is not the latest Monday (the rules read "of March"), nor
		// is a named day ("Bloody Sunday", "Super Tuesday") or a paper ("The Sunday Times").
		if (/\b(?:first|second|third|fourth|fifth|last|final)\s+$/i.test(lead)) return null;
		if (
			NAMED_WEEKDAY_BEFORE.test(lead) ||
			NAMED_WEEKDAY_AFTER.test(text.slice(start + body.length, start + body.length + 12))
		)
			return null;
		const ahead = looksAhead(text, start) || WEEKDAY_AHEAD.test(lead);
		const d = weekdayDay(c.get('weekday')!, ctx.published, ahead);
		return day(d.y, d.m, d.d, 0.8);
	}
	if (c.isCertain('hour') && (c.isCertain('meridiem') || /\d:\d\d(?!:)/.test(body))) {
		const p = ctx.published;
		return day(p.y, p.m, p.d, 0.5);
	}
	return null;
}

/** Runs rules over the text; each match that reads becomes a temporal expression. */
function applyRules(
	rules: DateRule[],
	text: string,
	ctx: DateContext,
	skip: Span[]
): TemporalExpression[] {
	const found: TemporalExpression[] = [];
	const lower = rules.some((r) => r.cue) ? text.toLowerCase() : '';
	for (const rule of rules) {
		if (rule.cue && !lower.includes(rule.cue)) continue;
		rule.pattern.lastIndex = 0;
		for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
			const start = m.index;
			const end = start + m[0].length;
			if (end === start) {
				rule.pattern.lastIndex++;
				continue;
			}
			if (skip.some((s) => start < s.end && end > s.start)) continue;
			const reading = rule.read(m, ctx);
			if (reading) found.push(expression(text, start, end, m[0], rule.name, reading));
		}
	}
	return found;
}

function expression(
	text: string,
	start: number,
	end: number,
	words: string,
	rule: string,
	reading: Reading
): TemporalExpression {
	const lead = text.slice(Math.max(0, start - 16), start);
	const mod = MODIFIERS.find(([re]) => re.test(lead))?.[1];
	return {
		start,
		end,
		text: words,
		interval: { ...reading.interval, ...(mod ? { mod } : {}) },
		rule,
		confidence: reading.confidence ?? 0.9
	};
}

/** Longest expression wins where readings overlap; `order` (rule names) breaks ties. */
function longestFirst(found: TemporalExpression[], order: string[]): TemporalExpression[] {
	const rank = (t: TemporalExpression) => {
		const i = order.indexOf(t.rule);
		return i < 0 ? order.length : i;
	};
	found.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b));
	const kept: TemporalExpression[] = [];
	for (const t of found) if (!kept.some((k) => t.start < k.end && t.end > k.start)) kept.push(t);
	return kept.sort((a, b) => a.start - b.start);
}

/** Offsets of sentence ends in a stretch of text ("Mr." and "Aug." are not ends). */
const SENTENCE_END = /(\p{L}*)[.!?]["”’)]*\s+(?=["“]?\p{Lu})/gu;
function crossesSentence(text: string, from: number, to: number): boolean {
	for (const m of text.slice(from, to).matchAll(SENTENCE_END))
		if (m[1].length > 3 || !/^\p{Lu}/u.test(m[1])) return true;
	return false;
}

/**
 * Finds temporal expressions and normalises them to day intervals, anchored on `published`
 * (YYYY-MM-DD) and read into the past unless the text says otherwise. A first pass reads what
 * stands on its own; a second reads what refers back to it ("the end of that year", "the day
 * after the election", "the following Tuesday").
 * Example: "last summer" published 2021-03-05 -> 2020-06-01..2020-08-31 (season).
 */
export function findDates(
	text: string,
	published: string,
	skip: Span[] = [],
	anchors: Map<string, string> = new Map()
): TemporalExpression[] {
	const years = yearMentions(text);
	const references = referenceMentions(text, years, skip);
	const ctx: DateContext = {
		published: parseIso(published),
		found: [],
		referenceBefore(offset) {
			for (let i = lastBefore(references, offset); i >= 0; i--) {
				const r = references[i];
				if (text.slice(r.at, offset).includes('\n')) return null;
				if (r.scope === 'paragraph' || !crossesSentence(text, r.at, offset)) return r;
			}
			return null;
		},
		yearBefore(offset) {
			const previous = ctx.found.filter((f) => f.end <= offset).pop();
			if (previous && !text.slice(previous.end, offset).includes('\n'))
				return +previous.interval.start.slice(0, 4);
			// The last year mention before offset, stepping back over boilerplate.
			for (
				let i = lastBefore(years, offset);
				i >= 0 && years[i].at >= offset - YEAR_CONTEXT_CHARS;
				i--
			) {
				if (!skip.some((s) => years[i].at >= s.start && years[i].at < s.end)) return years[i].year;
			}
			return null;
		}
	};
	const first = RULES.filter((r) => !r.anaphoric);
	const second = [...RULES.filter((r) => r.anaphoric), ...anchorRules(anchors)];
	const order = [...first, ...second].map((r) => r.name);
	const standalone = applyRules(first, text, ctx, skip);
	for (const c of chronoDates(text, ctx)) {
		if (skip.some((s) => c.start < s.end && c.end > s.start)) continue;
		standalone.push(expression(text, c.start, c.end, c.text, c.rule, c.reading));
	}
	ctx.found = longestFirst(standalone, order);
	const kept = longestFirst([...ctx.found, ...applyRules(second, text, ctx, skip)], order);
	const offsets = dayOffsets(text, kept, ctx.published).filter(
		(t) => !skip.some((s) => t.start < s.end && t.end > s.start)
	);
	return offsets.length ? longestFirst([...kept, ...offsets], order) : kept;
}

/** Index of the last item whose `at` is before offset (items sorted by `at`), else -1. */
function lastBefore(items: { at: number }[], offset: number): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (items[mid].at < offset) lo = mid + 1;
		else hi = mid;
	}
	return lo - 1;
}
