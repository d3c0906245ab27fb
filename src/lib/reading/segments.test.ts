import { describe, expect, it } from 'vitest';
import { segmentText, type Mark } from './segments';

const text = 'Minsk and Kyiv met in March 2022.';
const marks: Mark[] = [
	{ start: 0, end: 5, kind: 'place', ref: 0 },
	{ start: 10, end: 14, kind: 'place', ref: 1 },
	{ start: 22, end: 32, kind: 'date', ref: 0 }
];

describe('segmentText', () => {
	it('covers the text exactly once, in order, with marks where they are', () => {
		const segments = segmentText(text, 0, text.length, marks);
		expect(segments.map((segment) => segment.text).join('')).toBe(text);
		expect(segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual([
			'Minsk',
			'Kyiv',
			'March 2022'
		]);
	});

	it('drops a mark that overlaps an earlier one instead of repeating text', () => {
		const overlapping: Mark[] = [...marks, { start: 3, end: 12, kind: 'date', ref: 9 }];
		const segments = segmentText(text, 0, text.length, overlapping);
		expect(segments.map((segment) => segment.text).join('')).toBe(text);
		expect(segments.some((segment) => segment.mark?.ref === 9)).toBe(false);
	});

	it('keeps only the marks inside the requested range', () => {
		const segments = segmentText(text, 6, 20, marks);
		expect(segments.map((segment) => segment.text).join('')).toBe(text.slice(6, 20));
		expect(segments.filter((segment) => segment.mark)).toHaveLength(1);
	});
});

describe('segmentText with a highlighted passage', () => {
	it('cuts plain text at the passage edges and flags what is inside', () => {
		const segments = segmentText(text, 0, text.length, marks, {
			highlight: { start: 15, end: 33 }
		});
		expect(segments.map((segment) => segment.text).join('')).toBe(text);
		const highlighted = segments.filter((segment) => segment.highlighted).map((s) => s.text);
		expect(highlighted.join('')).toBe(text.slice(15, 33));
		expect(segments.find((segment) => segment.text === 'Kyiv')?.highlighted).toBe(false);
	});
});
