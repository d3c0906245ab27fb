import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index';
import { gazetteer } from './extract-fixture';

/** The name of the place of the event dated by `dateText`. */
function placeOf(text: string, dateText: string): string | null {
	const x = extractArticle({ id: 't', text, meta: { published: '2025-12-07' } }, gazetteer());
	const event = x.events.find((e) => e.dateText === dateText);
	if (!event) throw new Error(`no event for ${dateText}`);
	return event.location ? x.toponyms[event.location.toponymIndex].name : null;
}

describe('an event is placed where it happened', () => {
	it.each([
		[
			'the place after "in", not the country that acted',
			'In March 2021, Russia held exercises in Belarus.',
			'March 2021',
			'Belarus'
		],
		[
			'a country named by its adjective and "territory"',
			'Belarus and Ukraine argued. In February 2022 the invasion was launched from Belarusian territory, Moscow said.',
			'February 2022',
			'Belarus'
		],
		[
			"the article's main country when the sentence only mentions another in passing",
			'Belarus held a vote. Belarus jailed critics in Minsk. Belarus closed its borders. In January 2025 the regime sought better relations with the United States.',
			'January 2025',
			'Belarus'
		],
		[
			'an earlier sentence of the paragraph when this one names no place',
			'Protests filled the streets of Minsk. They peaked in August 2020.',
			'August 2020',
			'Minsk'
		]
	])('%s', (_why, text, dateText, place) => {
		expect(placeOf(text, dateText)).toBe(place);
	});
});
