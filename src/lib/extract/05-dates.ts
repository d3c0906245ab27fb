/**
 * Stage 5, dates: temporal expressions with their day intervals. chrono-node reads weekdays,
 * relative days, times and month days (dates/chrono.ts); the rule table reads what it lacks
 * (dates/rules/); a second pass reads what refers to dates found first (dates/anchors.ts).
 * The reference-time model (dates/referenceTime.ts): the publication day anchors every relative date;
 * tense and cue words choose past or future; a month or season written with its year sets the
 * paragraph's narrative time, a bare year only its own sentence's.
 */
import type { DateModifier, Span, TemporalExpression } from './types';
import { MONTHS, parseIso } from '$lib/time/calendar';
import { type DateContext, type Reading, type DateRule, SEASON } from './dates/reading';
import { RULES } from './dates/rules';
import { anchorRules, dayOffsets } from './dates/anchors';
import { chronoDates } from './dates/chrono';

/** How far back "that year", "in March" or "the end of the year" look for the year meant. */
const YEAR_CONTEXT_CHARS = 1500;

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
			if (!reading) continue;
			const t = expression(text, start, end, m[0], rule.name, reading);
			found.push(rule.fromDuration ? { ...t, fromDuration: true } : t);
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
	// Characters already covered by a kept expression: linear in the text, however many are found.
	const covered = new Uint8Array(found.reduce((end, t) => Math.max(end, t.end), 0));
	const kept = found.filter((t) => {
		if (covered.subarray(t.start, t.end).includes(1)) return false;
		covered.fill(1, t.start, t.end);
		return true;
	});
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
		previous(offset) {
			const last = ctx.found.filter((f) => f.end <= offset).pop();
			return last && !text.slice(last.end, offset).includes('\n') ? last : null;
		},
		yearBefore(offset) {
			const previous = ctx.previous(offset);
			if (previous) return +previous.interval.start.slice(0, 4);
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
