import type { DateInterval, DateModifier, DatePrecision, Span, TemporalExpression } from './types';
import {
	MONTHS,
	type Day,
	addDays,
	addMonths,
	compareDays,
	daysInMonth,
	isoDate,
	monthEnd,
	monthStart,
	parseIso,
	toIso
} from './calendar';

/** What a rule may consult besides its match: the publication day and the years named earlier. */
interface DateContext {
	published: Day;
	/** The last year written out before `offset` (within YEAR_CONTEXT_CHARS), else null. */
	yearBefore(offset: number): number | null;
	/**
	 * The last date written with its year ("1 October 2022", "September 2023", "the spring of 2021",
	 * "in 2014") earlier in the same paragraph, not one introduced by "since": the narrative time a
	 * following "on 23 November" continues from. Null when the paragraph has none.
	 */
	referenceBefore(offset: number): { y: number; m: number } | null;
}

interface Reading {
	interval: Omit<DateInterval, 'mod'>;
	confidence?: number;
}

interface DateRule {
	name: string;
	pattern: RegExp;
	read(m: RegExpExecArray, ctx: DateContext): Reading | null;
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
	/\b(?:will|shall|may|due|scheduled|planned|plans?|expected|expires?|upcoming|coming|set to|(?:is|are) to|next)\b/;
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
 * the paragraph's reference date ("1 October 2022 ... then, on 23 November"), unless that lies
 * after publication; else the latest one not after publication ("since January", "on 19 July").
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
	return notAfter(p.y) ? p.y : p.y - 1;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_BEFORE = /\b(sun|mon|tues|wednes|thurs|fri|satur)day,?\s+(?:the\s+)?$/i;

/** A weekday written before the date ("Monday, 8 November") picks the nearest year it fits. */
function yearForWeekday(y: number, m: number, d: number, text: string, offset: number): number {
	const named = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, offset - 14), offset));
	if (!named) return y;
	const want = WEEKDAYS.findIndex((w) => w.startsWith(named[1].toLowerCase()));
	for (const shift of [0, 1, -1, -2, 2, -3, -4, -5, -6]) {
		if (new Date(Date.UTC(y + shift, m - 1, d)).getUTCDay() === want) return y + shift;
	}
	return y;
}

const PART_OF_MONTH: Record<string, [number, number]> = {
	early: [1, 10],
	mid: [11, 20],
	late: [21, 31]
};
function partOfMonth(part: string | undefined, y: number, m: number): Reading {
	if (!part) return wholeMonth(y, m);
	const [from, to] = PART_OF_MONTH[part.toLowerCase().replace(/-$/, '')] ?? [1, 31];
	return interval({ y, m, d: from }, { y, m, d: Math.min(to, daysInMonth(y, m)) }, 'month');
}

/** "early 2022", "the end of 2020", "the first months of 2021": a part of year y. */
function partOfYear(part: string, y: number): Reading {
	const p = part.toLowerCase().replace(/\s+/g, ' ');
	const months = (a: number, b: number) => interval(monthStart(y, a), monthEnd(y, b), 'year');
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

const RULES: DateRule[] = [
	{
		name: 'iso-date',
		pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
		read: (m) => {
			const iso = isoDate(+m[1], +m[2], +m[3]);
			return iso ? interval(iso, iso, 'day') : null;
		}
	},
	{
		name: 'month-day-year',
		pattern: new RegExp(`\\b${M}\\s+${ORD},?\\s+${Y}\\b`, 'g'),
		read: (m) => {
			const iso = isoDate(+m[3], month(m[1]), +m[2]);
			return iso ? interval(iso, iso, 'day') : null;
		}
	},
	{
		name: 'day-month-year',
		pattern: new RegExp(`\\b${ORD}\\s+(?:of\\s+)?${M},?\\s+${Y}\\b`, 'g'),
		read: (m) => {
			const iso = isoDate(+m[3], month(m[2]), +m[1]);
			return iso ? interval(iso, iso, 'day') : null;
		}
	},
	{
		name: 'day-range-month-year',
		pattern: new RegExp(`\\b(\\d{1,2})\\s*[-–]\\s*${ORD}\\s+${M},?\\s+${Y}\\b`, 'g'),
		read: (m) => {
			const [y, mo] = [+m[4], month(m[3])];
			const a = isoDate(y, mo, +m[1]);
			const b = isoDate(y, mo, +m[2]);
			return a && b && a <= b ? interval(a, b, 'range') : null;
		}
	},
	{
		name: 'month-day-range-year',
		pattern: new RegExp(`\\b${M}\\s+(\\d{1,2})\\s*[-–]\\s*${ORD},?\\s+${Y}\\b`, 'g'),
		read: (m) => {
			const [y, mo] = [+m[4], month(m[1])];
			const a = isoDate(y, mo, +m[2]);
			const b = isoDate(y, mo, +m[3]);
			return a && b && a <= b ? interval(a, b, 'range') : null;
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
		name: 'month-day',
		pattern: new RegExp(
			`\\b${M}\\s+${ORD}\\b(?![,.]?\\s*\\d)|\\b${ORD}\\s+(?:of\\s+)?${M}\\b(?![,.]?\\s*\\d)`,
			'g'
		),
		read: (m, ctx) => {
			const mo = month(m[1] ?? m[4]);
			const d = +(m[2] ?? m[3]);
			const y = yearForWeekday(yearForMonth(mo, m.index, ctx, d, m.input), mo, d, m.input, m.index);
			const iso = isoDate(y, mo, d);
			return iso ? { ...interval(iso, iso, 'day'), confidence: 0.7 } : null;
		}
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
		pattern: new RegExp(`\\b${YEAR_PART}\\s+of\\s+(?:the|that|this)?\\s*year\\b`, 'gi'),
		read: (m, ctx) => {
			const y = ctx.yearBefore(m.index) ?? ctx.published.y;
			return { ...partOfYear(m[1].replace(/^the (very )?/i, ''), y), confidence: 0.7 };
		}
	},
	{
		name: 'year-range',
		pattern: new RegExp(
			`\\b(?:(?:between|from)\\s+)?${Y}\\s*(?:[-–—]|to|until|till|through|and)\\s*${Y}\\b`,
			'gi'
		),
		read: (m) => {
			const [a, b] = [+m[1], +m[2]];
			const word = /\band\b/i.test(m[0]) && !/^between/i.test(m[0]);
			// "2014 and 2022" are two separate years; "2022 and 2023" reads as one span.
			if (b <= a || (word && b !== a + 1)) return null;
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
		pattern: /\b(?:the\s+)?((?:19|20)\d)0s\b/gi,
		read: (m) => interval(`${m[1]}0-01-01`, `${m[1]}9-12-31`, 'range')
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
		name: 'relative-unit',
		pattern:
			/\b(last|this|next|previous|the past|the previous|the current|the following)\s+(year|month|week)\b/gi,
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
			return step === 0
				? interval(addDays(p, -6), p, 'range')
				: interval(addDays(p, step * 7 - 3), addDays(p, step * 7 + 3), 'range');
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
			return { ...interval(from, p, 'range'), confidence: 0.4 };
		}
	},
	{
		name: 'tenure',
		pattern: new RegExp(
			`\\b(?:his|her|their|its)\\s+${NUM}-year(?:-long)?\\s+(?:reign|rule|tenure|presidency|premiership|term|career|occupation|war|conflict|dictatorship|leadership)\\b`,
			'gi'
		),
		read: (m, ctx) => interval(back(ctx.published, count(m[1]), 'years'), ctx.published, 'year')
	}
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "the first weeks of the full-scale invasion": a stretch from the start of a known event. */
function anchoredRule(anchors: Map<string, string>): DateRule {
	const names = [...anchors.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	return {
		name: 'anchored',
		pattern: new RegExp(
			`\\bthe\\s+(?:very\\s+)?(?:first|early|opening|initial)\\s+(?:few\\s+)?(hours|days|weeks|months)\\s+(?:of|after)\\s+(${names.join('|')})`,
			'gi'
		),
		read: (m) => {
			const key = [...anchors.keys()].find((k) => k.toLowerCase() === m[2].toLowerCase());
			if (!key) return null;
			const start = parseIso(anchors.get(key)!);
			const unit = m[1].toLowerCase();
			const end =
				unit === 'months'
					? addMonths(start, 3)
					: addDays(start, unit === 'weeks' ? 27 : unit === 'days' ? 6 : 0);
			return interval(start, end, 'range');
		}
	};
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

/** Index of the last item for which `before` holds, in a list where it holds for a prefix; -1 when none. */
function lastBefore<T>(sorted: T[], before: (item: T) => boolean): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (before(sorted[mid])) lo = mid + 1;
		else hi = mid;
	}
	return lo - 1;
}

/** A test of whether text[from, to) holds no line break, in log time (a line can be megabytes long). */
function lineTest(text: string): (from: number, to: number) => boolean {
	const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
	return (from, to) => {
		const next = breaks[lastBefore(breaks, (at) => at < from) + 1];
		return next === undefined || next >= to;
	};
}

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
		return [{ at, y: year, m: seasonStart ?? MONTHS.index(named) ?? 1 }];
	});
}

/** "eight days later", "the following night", "the day before": a day counted from the last day named. */
const DAY_OFFSET =
	/\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(later|earlier|before|after)|the\s+(following|next|previous|preceding)\s+(day|night|morning|evening|week)|the\s+(day|night|week)\s+(before|after))\b/gi;

/**
 * Day offsets counted from the last day-precise expression on the same line.
 * `taken` marks the characters of the kept expressions, which are sorted by start.
 */
function dayOffsets(
	text: string,
	kept: TemporalExpression[],
	taken: Uint8Array,
	sameLine: (from: number, to: number) => boolean
): TemporalExpression[] {
	const days = kept.filter((k) => k.interval.precision === 'day');
	const out: TemporalExpression[] = [];
	for (const m of text.matchAll(DAY_OFFSET)) {
		const start = m.index;
		const end = start + m[0].length;
		if (taken.subarray(start, end).includes(1)) continue;
		const prev = days[lastBefore(days, (k) => k.end <= start)];
		if (!prev || !sameLine(prev.end, start)) continue;
		const back = /earlier|before|previous|preceding/i.test(m[0]);
		const weeks = /week/i.test(m[2] ?? m[5] ?? m[6] ?? '');
		const n = m[1] ? count(m[1]) : 1;
		const day = addDays(parseIso(prev.interval.end), (back ? -1 : 1) * n * (weeks ? 7 : 1));
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

/**
 * Finds temporal expressions and normalises them to day intervals, anchored on `published`
 * (YYYY-MM-DD) and read into the past unless the text says otherwise.
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
	const sameLine = lineTest(text);
	const ctx: DateContext = {
		published: parseIso(published),
		referenceBefore(offset) {
			const found = references[lastBefore(references, (r) => r.at < offset)];
			return found && sameLine(found.at, offset) ? found : null;
		},
		yearBefore(offset) {
			// Binary search for the last mention before offset, then step back over boilerplate.
			let lo = 0;
			let hi = years.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (years[mid].at < offset) lo = mid + 1;
				else hi = mid;
			}
			for (let i = lo - 1; i >= 0 && years[i].at >= offset - YEAR_CONTEXT_CHARS; i--) {
				if (!skip.some((s) => years[i].at >= s.start && years[i].at < s.end)) return years[i].year;
			}
			return null;
		}
	};
	const found: TemporalExpression[] = [];
	const rules = anchors.size ? [...RULES, anchoredRule(anchors)] : RULES;
	rules.forEach((rule) => {
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
			if (!reading) continue;
			const lead = text.slice(Math.max(0, start - 16), start);
			const mod = MODIFIERS.find(([re]) => re.test(lead))?.[1];
			found.push({
				start,
				end,
				text: m[0],
				interval: { ...reading.interval, ...(mod ? { mod } : {}) },
				rule: rule.name,
				confidence: reading.confidence ?? 0.9
			});
		}
	});
	// Longest expression wins where rules overlap; RULES order breaks ties.
	const order = new Map(rules.map((r, i) => [r.name, i]));
	found.sort(
		(a, b) => b.end - b.start - (a.end - a.start) || order.get(a.rule)! - order.get(b.rule)!
	);
	const kept: TemporalExpression[] = [];
	const taken = new Uint8Array(text.length);
	for (const t of found) {
		if (taken.subarray(t.start, t.end).includes(1)) continue;
		taken.fill(1, t.start, t.end);
		kept.push(t);
	}
	kept.sort((a, b) => a.start - b.start);
	const offsets = dayOffsets(text, kept, taken, sameLine).filter(
		(t) => !skip.some((s) => t.start < s.end && t.end > s.start)
	);
	return offsets.length ? [...kept, ...offsets].sort((a, b) => a.start - b.start) : kept;
}
