import { describe, expect, it } from 'vitest';
import type { Paragraph } from '$lib/extract/types';
import { findWords } from './findWords';

const text = 'Photo: Mazyr refinery\n\nVolunteers met in Mazyr.\nThey left   MAZYR in spring.';
const paragraphs: Paragraph[] = [
	{ start: 0, end: 21, boilerplate: true },
	{ start: 23, end: 47, boilerplate: false },
	{ start: 48, end: text.length, boilerplate: false }
];

describe('findWords', () => {
	it('finds the words in shown paragraphs only, ignoring case, with context', () => {
		const found = findWords(text, paragraphs, 'mazyr');
		expect(found.map((span) => text.slice(span.start, span.end))).toEqual(['Mazyr', 'MAZYR']);
		expect(found[0].before).toBe('Volunteers met in ');
		expect(found[0].after).toBe('.');
	});

	it('matches across runs of spaces and treats punctuation literally', () => {
		expect(findWords(text, paragraphs, 'left mazyr')).toHaveLength(1);
		expect(findWords(text, paragraphs, 'Mazyr.')).toHaveLength(1);
		expect(findWords(text, paragraphs, '(.*)')).toEqual([]);
		expect(findWords(text, paragraphs, '   ')).toEqual([]);
	});

	it('stops at the limit', () => {
		expect(findWords(text, paragraphs, 'e', 2)).toHaveLength(2);
	});
});
