/** Days and months: dotted dates, day and month ranges, a month with or without its year. */
import { isoDate, monthEnd, monthStart } from '$lib/time/calendar';
import { type DateRule, M, Y, ORD, month, interval } from '../reading';
import { partOfMonth } from '../calendarParts';
import { yearForMonth } from '../referenceTime';

export const dottedDate: DateRule = {
	name: 'dotted-date',
	// "1.1.2023", "24.02.2022": day, month, year, as written in most of Europe.
	pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d)/g,
	read: (m) => {
		const iso = isoDate(+m[3], +m[2], +m[1]);
		return iso ? interval(iso, iso, 'day') : null;
	}
};

export const dayRange: DateRule = {
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
};

export const monthRangeYear: DateRule = {
	name: 'month-range-year',
	pattern: new RegExp(
		`\\b${M}\\s*(?:[-–/]|to|and|through|until)\\s*${M},?\\s+(?:of\\s+)?${Y}\\b`,
		'g'
	),
	read: (m) => {
		const [a, b, y] = [month(m[1]), month(m[2]), +m[3]];
		return a < b ? interval(monthStart(y, a), monthEnd(y, b), 'month') : null;
	}
};

export const monthYearRange: DateRule = {
	name: 'month-year-range',
	pattern: new RegExp(`\\b${M}\\s+${Y}\\s*(?:[-–]|to|until|through)\\s*${M}\\s+${Y}\\b`, 'g'),
	read: (m) => interval(monthStart(+m[2], month(m[1])), monthEnd(+m[4], month(m[3])), 'range')
};

export const monthYear: DateRule = {
	name: 'month-year',
	pattern: new RegExp(`\\b(?:(early|mid-?|late)[\\s-]+)?${M},?\\s+(?:of\\s+)?${Y}\\b`, 'gi'),
	read: (m) => (/^\p{Lu}/u.test(m[2]) ? partOfMonth(m[1], +m[3], month(m[2])) : null)
};

export const monthAlone: DateRule = {
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
};

export const monthPartRange: DateRule = {
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
};
