import type { Paragraph, Sentence } from './types';

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof gen lt col maj capt sgt st mt ft no nos vol jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp vs etc e.g i.e cf approx est fig u.s u.k u.n e.u'.split(
		' '
	)
);
const BOUNDARY = /[.!?…]+["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;

/** Splits each paragraph into sentences; offsets are into the full text. */
export function segmentSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
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
