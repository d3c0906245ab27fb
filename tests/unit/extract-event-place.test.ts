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
			'the object of "visited"',
			'Belarus held a vote. Belarus jailed critics. In autumn 2022 Belarusian exiles visited Ukraine.',
			'autumn 2022',
			'Ukraine'
		],
		[
			'a country named by demonym when every place in the sentence is an actor',
			"Belarus held a vote, Ukraine watched. Belarus jailed critics. His rating among Ukrainians rose after Russia's aggression in 2014.",
			'2014',
			'Ukraine'
		],
		[
			'an earlier sentence of the paragraph when this one names no place',
			'Protests filled the streets of Minsk. They peaked in August 2020.',
			'August 2020',
			'Minsk'
		],
		[
			'a country named by its adjective after "on the … side"',
			'Belarus held a vote, Ukraine watched. Belarus jailed critics. After March 2022 Belarusian volunteers fought on the Ukrainian side.',
			'March 2022',
			'Ukraine'
		],
		[
			"the article's country, not a continent an earlier sentence names",
			'Belarus held a vote. Belarus jailed critics in Minsk.\n\nBelarus became an ally of Russia in Europe. The 2020 protests changed everything.',
			'2020',
			'Belarus'
		],
		[
			'the town a region of the sentence holds, not the region',
			'Fighting spread across Sudan. In October 2025 the militia took El Fasher, the last army base in North Darfur.',
			'October 2025',
			'El Fasher'
		],
		[
			'the capital a convoy left, not a place the rest of the sentence is at',
			'In June 2025 the last convoy left Bamako, while guards stayed at Kidal.',
			'June 2025',
			'Bamako'
		],
		[
			"a place in the date's own clause, not one another clause sets something in",
			"Floods covered farms around Kano, and Niger's Zinder region has faced drought since 2021.",
			'2021',
			'Zinder'
		],
		[
			"the country the paragraph is about, among those a sentence mentions, when the article's is not one of them",
			'Syria was calm. Syria held a vote. Syria met donors.\n\nArmenia watched the talks. ' +
				'A deal between Russia and Azerbaijan, reached in May 2024, moved Russian guards out of Armenia.',
			'May 2024',
			'Armenia'
		]
	])('%s', (_why, text, dateText, place) => {
		expect(placeOf(text, dateText)).toBe(place);
	});

	it('leaves an event unplaced rather than in a country named in passing when the main one is never named', () => {
		const text =
			'The Sudanese army held Port Sudan. Sudanese forces shelled Khartoum and Omdurman. ' +
			'Talks in Jeddah were hosted by Saudi Arabia.\n\nThe war entered its third year in April 2025.';
		expect(placeOf(text, 'April 2025')).toBeNull();
	});
});
