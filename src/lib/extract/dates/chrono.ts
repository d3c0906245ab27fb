/** The chrono-node layer: weekdays, relative days, times of day and month days (chrono-node 2.x). */
import { casual } from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import type { Span, TemporalExpression } from '../types';
import { MONTHS, isoDate } from '$lib/time/calendar';
import { type DateContext, type Reading, interval } from './reading';
import {
	looksAhead,
	yearForMonth,
	yearForWeekday,
	WEEKDAY_AHEAD,
	weekdayDay
} from './referenceTime';

/** Words near which chrono-node may find a date: weekdays, relative days, times, month days. */
const CHRONO_CUE = new RegExp(
	`\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|tomorrow|tonight|last night)\\b|\\b\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(?:${MONTHS.source})\\.?\\s+\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS.source})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
	'gi'
);
const CHRONO_WINDOW = 40;
/** Windows of cue words close together merge up to this length, then a new one starts. */
const MAX_WINDOW = 2_000;
/** Text given to one chrono call, about. */
const CHRONO_CALL_CHARS = 20_000;
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
export function chronoDates(text: string, ctx: DateContext): ChronoFind[] {
	const windows: Span[] = [];
	for (const m of text.matchAll(CHRONO_CUE)) {
		const start = Math.max(0, m.index - CHRONO_WINDOW);
		const end = Math.min(text.length, m.index + m[0].length + CHRONO_WINDOW);
		const last = windows[windows.length - 1];
		if (last && start <= last.end && last.end - last.start < MAX_WINDOW) last.end = end;
		else windows.push({ start, end });
	}
	// Few chrono calls, each over many windows joined by blank lines (a call per window costs
	// more than the parse), but each call short: chrono reads the whole text before every date it
	// finds. Noon UTC keeps the reference day in every time zone from UTC-11 to UTC+11.
	const p = ctx.published;
	const reference = new Date(Date.UTC(p.y, p.m - 1, p.d, 12));
	const out: ChronoFind[] = [];
	let pieces: { from: number; at: number }[] = [];
	let joined = '';
	const parse = () => {
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
		pieces = [];
		joined = '';
	};
	for (const w of windows) {
		// Start and end on word boundaries so that no result begins inside a word.
		const from = w.start === 0 ? 0 : Math.min(text.indexOf(' ', w.start) + 1 || w.start, w.end);
		const to = w.end === text.length ? w.end : Math.max(text.lastIndexOf(' ', w.end), from);
		pieces.push({ from, at: joined.length });
		joined += text.slice(from, to) + '\n\n';
		if (joined.length >= CHRONO_CALL_CHARS) parse();
	}
	if (joined) parse();
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
