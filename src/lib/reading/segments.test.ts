import { describe, expect, it } from 'vitest';
import { segmentText, type Mark, type Segment } from './segments';

/** The text shown, in order: each mark with the punctuation glued to it. */
const shown = (segments: Segment[]) =>
	segments
		.flatMap((segment) => [segment.before, segment, segment.after])
		.filter((segment) => segment !== undefined);

const text = 'Minsk and Kyiv met in March 2022.';
const marks: Mark[] = [
	{ start: 0, end: 5, kind: 'place', ref: 0 },
	{ start: 10, end: 14, kind: 'place', ref: 1 },
	{ start: 22, end: 32, kind: 'date', ref: 0 }
];

describe('segmentText', () => {
	it('covers the text exactly once, in order, with marks where they are', () => {
		const segments = segmentText(text, 0, text.length, marks);
		expect(
			shown(segments)
				.map((segment) => segment.text)
				.join('')
		).toBe(text);
		expect(segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual([
			'Minsk',
			'Kyiv',
			'March 2022'
		]);
	});

	it('drops a mark that overlaps an earlier one instead of repeating text', () => {
		const overlapping: Mark[] = [...marks, { start: 3, end: 12, kind: 'date', ref: 9 }];
		const segments = segmentText(text, 0, text.length, overlapping);
		expect(
			shown(segments)
				.map((segment) => segment.text)
				.join('')
		).toBe(text);
		expect(segments.some((segment) => segment.mark?.ref === 9)).toBe(false);
	});

	it('keeps only the marks inside the requested range', () => {
		const segments = segmentText(text, 6, 20, marks);
		expect(
			shown(segments)
				.map((segment) => segment.text)
				.join('')
		).toBe(text.slice(6, 20));
		expect(segments.filter((segment) => segment.mark)).toHaveLength(1);
	});
});

describe('segmentText with a highlighted passage', () => {
	it('cuts plain text at the passage edges and flags what is inside', () => {
		const segments = segmentText(text, 0, text.length, marks, {
			highlight: { start: 15, end: 33 }
		});
		expect(
			shown(segments)
				.map((segment) => segment.text)
				.join('')
		).toBe(text);
		const highlighted = shown(segments)
			.filter((segment) => segment.highlighted)
			.map((s) => s.text);
		expect(highlighted.join('')).toBe(text.slice(15, 33));
		expect(segments.find((segment) => segment.text === 'Kyiv')?.highlighted).toBe(false);
	});
});

describe('segmentText with punctuation touching a mark', () => {
	it('keeps the punctuation with its mark, offsets and all, so that no line starts with it', () => {
		const quoted = 'Talks (in Minsk), then “Kyiv”. In March 2022, no.';
		const marksOf = (...words: string[]): Mark[] =>
			words.map((word, ref) => {
				const start = quoted.indexOf(word);
				return { start, end: start + word.length, kind: 'place', ref };
			});
		const segments = segmentText(quoted, 0, quoted.length, marksOf('Minsk', 'Kyiv', 'March 2022'));
		const around = segments
			.filter((segment) => segment.mark)
			.map((segment) => [segment.before?.text, segment.text, segment.after?.text]);
		expect(around).toEqual([
			[undefined, 'Minsk', '),'],
			['“', 'Kyiv', '”.'],
			[undefined, 'March 2022', ',']
		]);
		const all = shown(segments);
		expect(all.map((segment) => segment.text).join('')).toBe(quoted);
		for (const segment of all) expect(quoted.slice(segment.start, segment.end)).toBe(segment.text);
		expect(new Set(segments.map((segment) => segment.start)).size).toBe(segments.length);
	});
});
