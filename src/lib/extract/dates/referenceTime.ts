/**
 * The reference-time model: whether a clause looks ahead, which year a month or weekday written
 * without one means, and which sentence a date belongs to.
 */
import type { Span, TemporalExpression } from '../types';
import {
	type CalendarDay as Day,
	addDays,
	compareDays,
	daysBetween,
	daysInMonth,
	parseIso,
	weekday
} from '$lib/time/calendar';
import type { DateContext } from './reading';

/** A clause that looks ahead ("expires on", "is planned for", "may come in", "due to go by"). */
const FUTURE_CUE =
	/\b(?:will|would|shall|may(?! have)|due|scheduled|planned|plans? to|expected|expires?|upcoming|coming|set to|(?:is|are) to|next|(?:runs?|lasts?|continues?|extends?|remains?|stays?) (?:through|until|till|into)|(?:begins|starts|opens|takes place|kicks off|premieres|(?:is|are) held))\b/g;
const CLAUSE_START = /[,;:—–(]|\.\s/g;

/**
 * A verb in the past tense after its subject: a pronoun, or a noun after a determiner ("no
 * candidate won", "the court said", "they lost"). Irregular forms only: a word in -ed after
 * "will" is as often an adjective or a name ("will visit wounded soldiers", "Mohammed").
 */
const PAST_VERB =
	/\b(?:(?:he|she|it|they|we|I|you|who)|(?:no|the|a|an|his|her|their|its|our|this|that|these|those|some|many|both|each|every|most|few) \w+) (?:won|lost|said|told|took|came|went|made|saw|began|fell|rose|met|led|ran|gave|found|became|brought|sent|spent|struck|broke|fought)\b/gi;

/** Where the last verb in the past tense of `words` begins, with the word before it, or -1. */
export function pastVerbAt(words: string): number {
	let at = -1;
	for (const m of words.matchAll(PAST_VERB)) at = m.index;
	return at;
}

/**
 * True when the clause before offset speaks of the future (FUTURE_CUE), and no verb in the past
 * tense comes after the cue ("will return on 14 December after no candidate won … on Sunday").
 */
export function looksAhead(text: string, offset: number): boolean {
	const before = text.slice(Math.max(0, offset - 120), offset);
	let from = 0;
	CLAUSE_START.lastIndex = 0;
	for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) from = m.index + 1;
	const clause = before.slice(from);
	const cues = [...clause.matchAll(FUTURE_CUE)];
	if (!cues.length) return false;
	const last = cues[cues.length - 1];
	return pastVerbAt(clause.slice(last.index + last[0].length)) < 0;
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
