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

/** The latest season of that name that ended before the publication day ("last summer"). */
function lastSeason(name: string, published: Day): Reading {
	for (let y = published.y; ; y--) {
		const s = season(name, y);
		if (compareDays(parseIso(s.interval.end), published) < 0) return s;
	}
}

/** Reads a month without a year into the year named nearby, else the latest one not in the future. */
function yearForMonth(m: number, offset: number, ctx: DateContext): number {
	return ctx.yearBefore(offset) ?? (m <= ctx.published.m ? ctx.published.y : ctx.published.y - 1);
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
			const iso = isoDate(yearForMonth(mo, m.index, ctx), mo, d);
			return iso ? { ...interval(iso, iso, 'day'), confidence: 0.7 } : null;
		}
	},
	{
		name: 'month-alone',
		pattern: new RegExp(
			`(?:\\b(early|mid-?|late)[\\s-]+|(?<=\\b(?:in|since|until|till|by|from|during|through|before|after|last|this|next|of)\\s{1,3}))${M}\\b(?![,.]?\\s*\\d)`,
			'gi'
		),
		read: (m, ctx) => {
			if (!/^\p{Lu}/u.test(m[2])) return null;
			const mo = month(m[2]);
			const lead = /\b(last|this|next)\s+$/i.exec(m.input.slice(Math.max(0, m.index - 6), m.index));
			const y = lead
				? ctx.published.y - (lead[1].toLowerCase() === 'last' && mo >= ctx.published.m ? 1 : 0)
				: yearForMonth(mo, m.index, ctx);
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
		pattern: new RegExp(`\\b(last|this|next|past)\\s+${SEASON}\\b`, 'gi'),
		read: (m, ctx) => {
			const which = m[1].toLowerCase();
			if (which === 'last' || which === 'past') return lastSeason(m[2], ctx.published);
			const s = season(m[2], ctx.published.y);
			return which === 'next' ? season(m[2], ctx.published.y + 1) : s;
		}
	},
	{
		name: 'season-alone',
		pattern: new RegExp(
			`(?<=\\b(?:in|during|since|by|until|through)\\s{1,3})(?:the\\s+)?(?:(early|late)\\s+)?${SEASON}\\b(?!\\s+(?:of\\s+)?\\d)`,
			'gi'
		),
		read: (m, ctx) => {
			const y = ctx.yearBefore(m.index);
			return {
				...(y === null ? lastSeason(m[2], ctx.published) : season(m[2], y)),
				confidence: 0.6
			};
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
			/\b(?:in\s+)?recent\s+(years|months|weeks|days)\b|\brecently\b|\bearlier this (year|month)\b/gi,
		read: (m, ctx) => {
			const p = ctx.published;
			const unit = (m[1] ?? '').toLowerCase();
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
	const ctx: DateContext = {
		published: parseIso(published),
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
	for (const t of found) if (!kept.some((k) => t.start < k.end && t.end > k.start)) kept.push(t);
	return kept.sort((a, b) => a.start - b.start);
}
