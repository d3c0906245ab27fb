import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index';
import { draftEvent } from '../../src/lib/extract/draftEvent';
import { gazetteer } from './extract-fixture';

const text =
	'Trade talks stalled for years.\n\nThe ministers met in Lviv on the first Monday of spring, ' +
	'and a gas trade deal was signed in Odesa last summer.\n\nNothing else happened.';
const extraction = () =>
	extractArticle({ id: 'draft', text, meta: { published: '2023-11-02', title: 'T' } }, gazetteer());
const spanOf = (words: string) => ({
	start: text.indexOf(words),
	end: text.indexOf(words) + words.length
});

describe('draftEvent', () => {
	it('reads the selected date, and takes the sentence as quote with its places and kind', () => {
		const result = extraction();
		const draft = draftEvent(result, spanOf('last summer'));
		expect(draft.interval).toMatchObject({
			start: '2023-06-01',
			end: '2023-08-31',
			precision: 'season'
		});
		expect(text.slice(draft.quoteStart, draft.quoteEnd)).toMatch(
			/^The ministers met in Lviv.*summer\.$/
		);
		expect(draft.kind).toBe('economic');
		const places = draft.placeRefs.map((ref) => result.toponyms[ref].name);
		expect(places).toEqual(expect.arrayContaining(['Lviv', 'Odesa']));
	});

	it('leaves the date to the reader when the words name none', () => {
		const draft = draftEvent(extraction(), spanOf('the first Monday of spring'));
		expect(draft.interval).toBeNull();
		expect(draft.quoteStart).toBe(text.indexOf('The ministers'));
	});

	it.each([
		['the week after Easter', '2023-04-10', '2023-04-16', 'range'],
		['the following Tuesday', '2023-03-07', '2023-03-07', 'day'],
		['Friday', '2023-10-27', '2023-10-27', 'day'],
		['the third quarter', '2023-07-01', '2023-09-30', 'quarter'],
		['the late 1980s', '1987-01-01', '1989-12-31', 'decade']
	])('reads "%s" with the same rules as the extractor', (words, start, end, precision) => {
		const story =
			'Talks opened on Monday, 6 March 2023 in Lviv; the following Tuesday they broke down. ' +
			'They resumed the week after Easter, and ended on Friday. ' +
			'Trade through Lviv fell in the third quarter, lower than at any time since the late 1980s.';
		const result = extractArticle(
			{ id: 'draft2', text: story, meta: { published: '2023-11-02', title: 'T' } },
			gazetteer()
		);
		const at = story.indexOf(words);
		const draft = draftEvent(result, { start: at, end: at + words.length });
		expect(draft.interval).toMatchObject({ start, end, precision });
	});
});
