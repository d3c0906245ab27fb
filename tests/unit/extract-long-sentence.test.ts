import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index';
import { MAX_SENTENCE_CHARS, segmentSentences } from '../../src/lib/extract/02-segment';
import { findDates } from '../../src/lib/extract/05-dates';
import { gazetteer } from './extract-fixture';

const CLAUSES = [
	'on May 5, 2022 missiles struck Zhytomyr',
	'refugees fled Mariupol in spring 2022',
	'talks were held in Minsk in the autumn of 2014',
	'the next day troops moved from Gomel toward Kyiv'
];

/** One sentence of at least `chars` characters, with no full stop until its end. */
function longSentence(chars: number): string {
	const parts: string[] = [];
	for (let i = 0, length = 0; length < chars; i++) {
		parts.push(CLAUSES[i % CLAUSES.length]);
		length += parts.at(-1)!.length + 2;
	}
	return `In ${parts.join(', ')}.`;
}

describe('a sentence with no full stop for 60,000 characters', () => {
	const text = longSentence(60_000);

	it('is read in parts of at most MAX_SENTENCE_CHARS that cover it, cut between clauses', () => {
		const parts = segmentSentences(text, [{ start: 0, end: text.length, boilerplate: false }]);
		expect(parts.length).toBeGreaterThan(60_000 / MAX_SENTENCE_CHARS);
		for (const [i, p] of parts.entries()) {
			expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
			if (i < parts.length - 1)
				expect(p.end - p.start).toBeGreaterThan(MAX_SENTENCE_CHARS / 2 - 40);
			if (i > 0) expect(text.slice(parts[i - 1].end, p.start)).toBe(' ');
			if (i > 0) expect(text.slice(0, parts[i - 1].end)).toMatch(/,$/);
		}
		expect(parts.at(-1)!.end).toBe(text.length);
	});

	it('never splits a date written with a comma ("May 5, 2022")', () => {
		const dates = findDates(text, '2025-12-07').filter((d) => d.text.includes(','));
		const parts = segmentSentences(text, [{ start: 0, end: text.length, boilerplate: false }]);
		expect(dates.length).toBeGreaterThan(100);
		for (const d of dates)
			expect(parts.some((p) => p.start <= d.start && d.end <= p.end)).toBe(true);
	});

	// Per-date work (kind, label, places) runs over the event's quote: a quote bounded in length
	// keeps extraction linear in the text, where the whole sentence made it quadratic.
	it('gives every event a quote of at most MAX_SENTENCE_CHARS holding its date; a day offset still counts from the day before it', () => {
		const x = extractArticle({ id: 'long', text, meta: { published: '2025-12-07' } }, gazetteer());
		expect(x.events.length).toBeGreaterThan(1000);
		for (const e of x.events) {
			expect(e.quoteEnd - e.quoteStart).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
			expect(e.quoteStart).toBeLessThanOrEqual(e.dateStart);
			expect(e.dateEnd).toBeLessThanOrEqual(e.quoteEnd);
			expect(e.label.length).toBeLessThanOrEqual(80);
		}
		const offset = x.events.find((e) => e.dateText === 'the next day');
		expect(offset?.interval.start).toBe('2022-05-06');
	});
});
