import type { Paragraph, Sentence } from './types';

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof gen lt col maj capt sgt st mt ft no nos vol jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp vs etc e.g i.e cf approx est fig u.s u.k u.n e.u'.split(
		' '
	)
);
const BOUNDARY = /[.!?…]+["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
/**
 * Longest sentence kept whole, in characters. Every later stage works per sentence and per date
 * within it, so a longer one (a text with no full stops) is split into parts no longer than this:
 * extraction stays linear in the text. Real sentences run to a few hundred characters.
 */
export const MAX_SENTENCE_CHARS = 1000;
/** Where a long sentence is best split: after a clause mark, before a word that starts no date ("May 5, 2022"). */
const CLAUSE_BREAK = /[,;:–—]\s+(?=[^\s\d])/g;
const WORD_BREAK = /\s+(?=[^\s\d])/g;

/** Last end of `pattern` in text[from, to) that is at least `from`; -1 when there is none. */
function lastBreak(text: string, pattern: RegExp, from: number, to: number): number {
	const part = text.slice(from, to);
	let at = -1;
	for (const m of part.matchAll(pattern)) if (m.index > 0) at = from + m.index + m[0].length;
	return at;
}

/**
 * Splits text[start, end) into parts of at most MAX_SENTENCE_CHARS: at the last clause mark in
 * the second half of the allowance, else the last space, else exactly at the limit.
 */
function splitLong(text: string, sentence: Sentence): Sentence[] {
	const parts: Sentence[] = [];
	let start = sentence.start;
	while (sentence.end - start > MAX_SENTENCE_CHARS) {
		const limit = start + MAX_SENTENCE_CHARS;
		const half = start + MAX_SENTENCE_CHARS / 2;
		let cut = lastBreak(text, CLAUSE_BREAK, half, limit);
		if (cut < 0) cut = lastBreak(text, WORD_BREAK, half, limit);
		if (cut < 0) cut = limit;
		const end = cut - (/\s*$/.exec(text.slice(start, cut))?.[0].length ?? 0);
		parts.push({ start, end, paragraph: sentence.paragraph });
		start = cut;
	}
	parts.push({ start, end: sentence.end, paragraph: sentence.paragraph });
	return parts;
}

/** Splits each paragraph into sentences of at most MAX_SENTENCE_CHARS; offsets are into the full text. */
export function segmentSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
	return wholeSentences(text, paragraphs).flatMap((s) =>
		s.end - s.start > MAX_SENTENCE_CHARS ? splitLong(text, s) : [s]
	);
}

function wholeSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
	const sentences: Sentence[] = [];
	paragraphs.forEach((para, paragraph) => {
		const body = text.slice(para.start, para.end);
		let start = 0;
		BOUNDARY.lastIndex = 0;
		for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
			const before = /([\p{L}.]+)\.$/u.exec(body.slice(Math.max(0, m.index - 12), m.index + 1));
			const word = before?.[1].toLowerCase() ?? '';
			// "U.S." and single initials ("J. Smith") are not sentence ends.
			if (m[0][0] === '.' && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
			const end = m.index + m[0].length;
			sentences.push({ start: para.start + start, end: para.start + end, paragraph });
			start = end + (/^\s*/.exec(body.slice(end))?.[0].length ?? 0);
		}
		if (start < body.length)
			sentences.push({ start: para.start + start, end: para.end, paragraph });
	});
	return sentences;
}

/** Index of the sentence containing offset, by binary search; -1 when none does. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (offset < sentences[mid].start) hi = mid - 1;
		else if (offset >= sentences[mid].end) lo = mid + 1;
		else return mid;
	}
	return -1;
}
