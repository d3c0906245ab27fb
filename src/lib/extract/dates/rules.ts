/**
 * The rule table for what chrono-node does not read: months, seasons, years and their parts,
 * ranges, decades, centuries, quarters, fiscal years, holidays, relative units, periods.
 * Each row is a pattern and its reading; 05-dates runs them and keeps the longest match.
 */
import {
	MONTHS,
	addDays,
	addCalendarMonths as addMonths,
	compareDays,
	daysInMonth,
	isoDate,
	isoWeek,
	monthEnd,
	monthStart,
	parseIso
} from '$lib/time/calendar';
import { HOLIDAY_SOURCE } from './holidays';
import { SPELLED_YEAR, spelledYear } from './spelledYear';
import {
	type DateRule,
	M,
	Y,
	ORD,
	SEASON,
	NUM,
	count,
	month,
	interval,
	fuzzy,
	unitTolerance,
	wholeYear,
	wholeMonth,
	season,
	nextSeason,
	comingSeason,
	lastSeason,
	looksAhead,
	yearForMonth,
	sentenceAround,
	weekdayDay,
	partOfMonth,
	partOfYear,
	back,
	dateInSentence,
	WEEKDAY_NAMES,
	holidayReading
} from './reading';

const YEAR_PART =
	'(early|mid|late|the (?:very )?(?:beginning|start|end|middle|close|first half|second half|(?:first|second|third|fourth) quarter|(?:first|last|final|closing|opening)(?: few)? (?:months|weeks|days)))';

/** Years of a decade its part covers: "the late 1980s" is 1987–1989. */
const DECADE_PART: Record<string, [number, number]> = {
	early: [0, 3],
	mid: [3, 6],
	late: [7, 9]
};

const ORDINAL_WORDS =
	'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second';
const ordinal = (word: string) =>
	/^\d/.test(word) ? parseInt(word, 10) : ORDINAL_WORDS.split('|').indexOf(word.toLowerCase()) + 1;
const QUARTERS = ['first', 'second', 'third', 'fourth'];

const HOLIDAY_AS_MODIFIER = /(?:\b(?:a|an|the|its|his|her|their|our|this|that)|['’]s)\s+$/i;

/** The rules in tie-break order (earlier wins between matches of the same length). */
export const RULES: DateRule[] = [
	{
		name: 'dotted-date',
		// "1.1.2023", "24.02.2022": day, month, year, as written in most of Europe.
		pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d)/g,
		read: (m) => {
			const iso = isoDate(+m[3], +m[2], +m[1]);
			return iso ? interval(iso, iso, 'day') : null;
		}
	},
	{
		name: 'day-range',
		pattern: new RegExp(
			`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[-–]|\\s(?:and|to|until|till|through)\\s)\\s*${ORD}\\s+${M}|${M}\\s+(\\d{1,2})\\s*[-–]\\s*${ORD})(?:,?\\s+${Y})?\\b(?![-–/]\\d)`,
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
		pattern: /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:((?:1[5-9]|20)\d)|['’](\d))0s\b/gi,
		read: (m, ctx) => {
			// "the ’90s": the latest such decade that began by publication.
			if (m[3]) m[2] = `${ctx.published.y >= 2000 + +m[3] * 10 ? 20 : 19}${m[3]}`;
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
		name: 'spelled-year',
		pattern: new RegExp(SPELLED_YEAR, 'giu'),
		read: (m, ctx) => {
			const y = spelledYear(m[0]);
			return y > ctx.published.y + 30 ? null : wholeYear(y);
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
		pattern: new RegExp(`\\b${NUM}\\s+(decades?|years?|months?|weeks?|days?)\\s+ago\\b`, 'gi'),
		read: (m, ctx) => {
			if (/^decade/i.test(m[2])) return fuzzy(wholeYear(ctx.published.y - 10 * count(m[1])), 366);
			const day = back(ctx.published, count(m[1]), m[2]);
			const unit = m[2].toLowerCase().replace(/s$/, '');
			if (unit === 'year') return wholeYear(day.y);
			if (unit === 'month') return wholeMonth(day.y, day.m);
			// "a few days ago" is a stretch; "two days ago" a day; "a week ago" that calendar week.
			if (/^(?:few|several)$/i.test(m[1]))
				return fuzzy(interval(addDays(day, -3), addDays(day, 3), 'range'), 3);
			if (unit === 'day') return interval(day, day, 'day');
			const week = isoWeek(day);
			return interval(week.start, week.end, 'range');
		}
	},
	{
		name: 'years-later',
		anaphoric: true,
		// "two years later", "a month earlier": counted from the date before, else ("a year
		// earlier" in a results report) from publication.
		pattern: new RegExp(`\\b${NUM}\\s+(years?|months?)\\s+(later|earlier)\\b`, 'gi'),
		read: (m, ctx) => {
			// "Five years later, in 1970": the sentence's own date says when; read nothing here.
			const own = sentenceAround(m.input, m.index);
			if (ctx.found.some((f) => f.start > m.index && f.end <= own.end)) return null;
			// The last date within a few sentences, paragraphs or not; "later" needs one.
			const from = ctx.found.filter((f) => f.end <= m.index && m.index - f.end < 600).pop();
			const later = /later/i.test(m[3]);
			if (!from && later) return null;
			const base = from ? parseIso(from.interval.start) : ctx.published;
			const n = count(m[1]) * (later ? 1 : -1);
			const day = back(base, -n, m[2]);
			return /^year/i.test(m[2]) ? wholeYear(day.y) : wholeMonth(day.y, day.m);
		}
	},
	{
		name: 'recent',
		pattern:
			/\b(?:in\s+)?recent\s+(years|months|weeks|days)\b|\brecently\b|\bearlier this (year|month|week)\b|\blater this (year|month|week)\b/gi,
		read: (m, ctx) => {
			const p = ctx.published;
			const unit = (m[1] ?? '').toLowerCase();
			const week = isoWeek(p);
			const span = (m[2] ?? m[3] ?? '').toLowerCase();
			const [first, last] =
				span === 'year'
					? [
							{ y: p.y, m: 1, d: 1 },
							{ y: p.y, m: 12, d: 31 }
						]
					: span === 'month'
						? [{ ...p, d: 1 }, parseIso(monthEnd(p.y, p.m))]
						: [week.start, week.end];
			if (m[3]) return interval(p, last, 'range');
			if (m[2]) return interval(first, p, 'range');
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
		fromDuration: true,
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
		fromDuration: true,
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

/** Capitalised words a year may follow without being part of a name ("In 2021", "Since 2014"). */
const YEAR_LEADS = new Set(
	'in since by from until till before after during between the and of on around through throughout circa early late mid'.split(
		' '
	)
);
