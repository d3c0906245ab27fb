/**
 * Dates read from other dates: stretches around an anchor ("the day after the election",
 * "the first weeks of the full-scale invasion") and days counted from the last day named
 * ("eight days later", "the following Tuesday", "later that day").
 */
import type { DatePrecision, TemporalExpression } from '../types';
import {
	type CalendarDay as Day,
	addDays,
	addCalendarMonths as addMonths,
	compareDays,
	parseIso,
	weekday
} from '$lib/time/calendar';
import { HOLIDAY_SOURCE, holidayReading } from './holidays';
import { type DateContext, type DateRule, Y, count, interval, fuzzy } from './reading';
import { sentenceAround, WEEKDAY_NAMES } from './referenceTime';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Nouns for events an article dates and then refers back to ("the day after the election"). */
const EVENT_NOUNS =
	'elections?|vote|referendum|invasion|coup|summit|offensive|attacks?|protests?|uprising|ceasefire|talks|war|mutiny|annexation|inauguration|funeral|blast|explosion|earthquake|meeting|visit|deadline|crash|strikes?|operations?|exercises?|drills|negotiations|agreement|deal|treaty|announcement|raid|siege|withdrawal';

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
	// Only earlier sentences: a date in the phrase's own sentence is what the phrase dates.
	for (const f of dated.filter((d) => d.end <= own.start).reverse()) {
		const s = sentenceAround(text, f.start);
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
export function anchorRules(anchors: Map<string, string>): DateRule[] {
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
				`\\b(?:the\\s+(day|night|morning|evening|week|weekend|month|year)|(?:the\\s+)?(shortly|just|soon|immediately|right|hours|days|weeks|months))\\s+(before|after|following|ahead of|prior to)\\s+${target('')}`,
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

/**
 * "eight days later", "the following night", "the day before", "the following Tuesday": a day
 * counted from the last day named in the paragraph.
 */
const DAY_OFFSET =
	/\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(later|earlier|before|after)|the\s+(following|next|previous|preceding)\s+(day|night|morning|evening|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|the\s+(day|night|week)\s+(before|after)|(?:later|earlier)\s+(?:that|the same|in the)\s+(?:day|morning|afternoon|evening|night)|(?:that|the same)\s+(?:day|morning|afternoon|evening|night)|(?:by|before)\s+the\s+end\s+of\s+the\s+day)\b/gi;
/** Same-day phrases that, with no day named before, mean the publication day ("earlier in the day"). */
const SAME_DAY_OF_NEWS = /\bin the (?:day|morning|afternoon|evening)\b|\bend of the day\b/i;

/** Days counted from the last day-precision date in the paragraph (see DAY_OFFSET). */
export function dayOffsets(
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
