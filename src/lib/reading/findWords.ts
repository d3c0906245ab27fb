import type { Paragraph, Span } from '$lib/extract/types';

/** One place where the words occur, with the text around it for telling occurrences apart. */
export interface WordsFound extends Span {
	before: string;
	after: string;
}

const contextChars = 40;

/**
 * Where `words` occur in the paragraphs a reader is shown (not in boilerplate), ignoring case
 * and runs of spaces; at most `limit` occurrences, in text order.
 */
export function findWords(
	text: string,
	paragraphs: readonly Paragraph[],
	words: string,
	limit = 8
): WordsFound[] {
	const parts = words.trim().split(/\s+/).filter(Boolean);
	if (!parts.length) return [];
	const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const pattern = new RegExp(escaped.join('\\s+'), 'giu');
	const found: WordsFound[] = [];
	for (const paragraph of paragraphs) {
		if (paragraph.boilerplate) continue;
		const body = text.slice(paragraph.start, paragraph.end);
		for (const match of body.matchAll(pattern)) {
			const start = paragraph.start + match.index;
			const end = start + match[0].length;
			found.push({
				start,
				end,
				before: text.slice(Math.max(paragraph.start, start - contextChars), start),
				after: text.slice(end, Math.min(paragraph.end, end + contextChars))
			});
			if (found.length === limit) return found;
		}
	}
	return found;
}
