/** Units relative to publication or to the date before: "last year", "the past two weeks", "three years ago", "two years later", "recently". */
import {
	addDays,
	addCalendarMonths as addMonths,
	isoWeek,
	monthEnd,
	parseIso
} from '$lib/time/calendar';
import {
	type DateRule,
	NUM,
	back,
	count,
	fuzzy,
	interval,
	wholeMonth,
	wholeYear
} from '../reading';
import { sentenceAround } from '../referenceTime';

export const relativeUnit: DateRule = {
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
};

export const pastDuration: DateRule = {
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
};

export const ago: DateRule = {
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
};

export const yearsLater: DateRule = {
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
};

export const recent: DateRule = {
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
};
