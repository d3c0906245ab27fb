import { describe, expect, it } from 'vitest';
import { indexMarks, marksBetween, textChapters, textPages, type TextPage } from './textPages';

const sentence = 'Troops left Minsk for Kyiv in March 2022. ';
const oneLine = sentence.repeat(100).trim();
/** The spans of the place names and of the dates in `text`. */
const spansIn = (text: string) => {
	const spans = (pattern: RegExp) =>
		[...text.matchAll(pattern)].map((match) => ({
			start: match.index,
			end: match.index + match[0].length
		}));
	return { places: spans(/Minsk|Kyiv/g), dates: spans(/March 2022/g) };
};
const piecesOf = (pages: TextPage[]) => pages.flatMap((page) => page.pieces);

describe('textPages', () => {
	it('keeps short paragraphs whole, on one page', () => {
		const paragraphs = [
			{ start: 0, end: 10 },
			{ start: 12, end: 30 }
		];
		const pages = textPages('x'.repeat(30), paragraphs, indexMarks([], []), 100);
		expect(pages).toEqual([
			{
				start: 0,
				end: 30,
				pieces: [
					{ start: 0, end: 10, continued: false },
					{ start: 12, end: 30, continued: false }
				]
			}
		]);
	});

	it('cuts one long line at sentence ends into pages no longer than asked for', () => {
		const pages = textPages(oneLine, [{ start: 0, end: oneLine.length }], indexMarks([], []), 500);
		const pieces = piecesOf(pages);
		expect(pieces.length).toBeGreaterThan(8);
		expect(pieces[0].continued).toBe(false);
		expect(pieces.slice(1).every((piece) => piece.continued)).toBe(true);
		for (const page of pages) expect(page.end - page.start).toBeLessThanOrEqual(500);
		// Contiguous, in order, covering the whole line.
		expect(pieces[0].start).toBe(0);
		expect(pieces.at(-1)!.end).toBe(oneLine.length);
		pieces.slice(1).forEach((piece, i) => expect(piece.start).toBe(pieces[i].end));
		// Each cut follows a full stop.
		for (const piece of pieces.slice(1))
			expect(oneLine.slice(piece.start - 2, piece.start)).toBe('. ');
	});

	it('cuts after a sentence whatever space follows it (an em space here)', () => {
		const text = 'Troops left Minsk.\u2003'.repeat(50).trim();
		const pieces = piecesOf(
			textPages(text, [{ start: 0, end: text.length }], indexMarks([], []), 100)
		);
		expect(pieces.length).toBeGreaterThan(8);
		for (const piece of pieces.slice(1))
			expect(text.slice(piece.start - 2, piece.start)).toBe('.\u2003');
	});

	it('never cuts inside a mark, even where a sentence would end', () => {
		const text = 'a'.repeat(40) + '. Word. ' + 'b'.repeat(60);
		// A mark over "Word. b…": the only sentence end inside the limit is within it.
		const mark = { start: 42, end: 60 };
		const pieces = piecesOf(
			textPages(text, [{ start: 0, end: text.length }], indexMarks([mark], []), 50)
		);
		for (const piece of pieces) {
			expect(piece.start <= mark.start || piece.start >= mark.end).toBe(true);
		}
		expect(pieces.at(-1)!.end).toBe(text.length);
	});

	it('puts many small paragraphs on pages of about the size asked for', () => {
		const paragraphs = Array.from({ length: 100 }, (_, i) => ({ start: i * 50, end: i * 50 + 48 }));
		const pages = textPages('x'.repeat(5000), paragraphs, indexMarks([], []), 1000);
		expect(pages).toHaveLength(5);
		expect(piecesOf(pages)).toHaveLength(100);
	});
});

describe('textChapters', () => {
	it('groups the pages in order, the last chapter holding the rest', () => {
		const paragraphs = Array.from({ length: 100 }, (_, i) => ({ start: i * 50, end: i * 50 + 48 }));
		const pages = textPages('x'.repeat(5000), paragraphs, indexMarks([], []), 100);
		const chapters = textChapters(pages, 20);
		expect(chapters.map((chapter) => chapter.pages.length)).toEqual([20, 20, 10]);
		expect(chapters.flatMap((chapter) => chapter.pages)).toEqual(pages);
		expect(chapters.map(({ start, end }) => [start, end])).toEqual([
			[0, 1998],
			[2000, 3998],
			[4000, 4998]
		]);
	});

	it('makes no chapter of no pages', () => {
		expect(textChapters([])).toEqual([]);
	});
});

describe('marksBetween', () => {
	it('finds the marks that start in a range, in order, each naming its place or event', () => {
		const spans = spansIn(oneLine);
		const places = spans.places.reverse();
		const dates = spans.dates.map(({ start, end }) => ({ dateStart: start, dateEnd: end }));
		const found = marksBetween(indexMarks(places, dates), sentence.length, 2 * sentence.length);
		expect(found.map((mark) => oneLine.slice(mark.start, mark.end))).toEqual([
			'Minsk',
			'Kyiv',
			'March 2022'
		]);
		expect(found.map(({ kind, ref }) => [kind, ref])).toEqual([
			['place', places.length - 3],
			['place', places.length - 4],
			['date', 1]
		]);
	});

	it('puts the longer of two marks at one start first', () => {
		const index = indexMarks([{ start: 5, end: 9 }], [{ dateStart: 5, dateEnd: 20 }]);
		expect(marksBetween(index, 0, 10).map((mark) => mark.kind)).toEqual(['date', 'place']);
	});
});
