import type { Span } from '$lib/extract';

/** Longer selections are passages, not a place name or a date expression. */
export const maxMentionChars = 200;

/**
 * The words a reader selected between `start` and `end` of `text`, trimmed of spaces, as a
 * mention to add; null for fewer than two characters. `tooLong` marks a passage, not a mention.
 *
 * @example mentionSpan('in  Minsk ', 3, 10) // { span: { start: 4, end: 9 }, tooLong: false }
 */
export function mentionSpan(
	text: string,
	start: number,
	end: number
): { span: Span; tooLong: boolean } | null {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	if (end - start < 2) return null;
	return { span: { start, end }, tooLong: end - start > maxMentionChars };
}
