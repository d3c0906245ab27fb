import { describe, expect, it } from 'vitest';
import { slideWords, type FramedEvent, type SlideWordsInputs } from './slideWords';

const at = (key: string, placeName: string | null): FramedEvent => ({ key, placeName });
const sochi = { key: 'a:3', label: 'Lukashenka met Putin in Sochi', caption: '“…” — Davidzon' };
const windowText = '1 Aug 2020 – 5 Mar 2021';

const cases: [
	string,
	Omit<SlideWordsInputs, 'timeWindowText'>,
	{ title: string; caption: string }
][] = [
	[
		'the selected event drawn in the frame gives its label and caption',
		{ selected: sochi, eventsInFrame: [at('a:1', 'Minsk'), at('a:3', 'Sochi')] },
		{ title: sochi.label, caption: sochi.caption }
	],
	[
		'a selected event outside the frame (the user moved the map to a place) is not the title',
		{ selected: sochi, eventsInFrame: [at('a:1', 'Minsk'), at('a:2', 'Minsk')] },
		{ title: 'Minsk', caption: '2 events in view.' }
	],
	[
		'a selected event outside the time window is not in the frame either',
		{ selected: sochi, eventsInFrame: [] },
		{ title: windowText, caption: 'No events in view.' }
	],
	[
		'nothing selected: the places in view, the place with most events first',
		{
			selected: null,
			eventsInFrame: [at('1', 'Kyiv'), at('2', 'Minsk'), at('3', 'Minsk'), at('4', 'Homyel')]
		},
		{ title: 'Minsk, Homyel and Kyiv', caption: '4 events in view.' }
	],
	[
		'two places are joined with “and”',
		{ selected: null, eventsInFrame: [at('1', 'Kyiv'), at('2', 'Minsk')] },
		{ title: 'Kyiv and Minsk', caption: '2 events in view.' }
	],
	[
		'more than three places: the first three and how many more',
		{
			selected: null,
			eventsInFrame: ['Minsk', 'Kyiv', 'Homyel', 'Lviv', 'Brest'].map((name, i) => at(`${i}`, name))
		},
		{ title: 'Brest, Homyel, Kyiv and 2 more places', caption: '5 events in view.' }
	],
	[
		'events without a place count but name nothing: the title is the window',
		{ selected: null, eventsInFrame: [at('1', null)] },
		{ title: windowText, caption: '1 event in view.' }
	],
	[
		'an empty frame gives the time window',
		{ selected: null, eventsInFrame: [] },
		{ title: windowText, caption: 'No events in view.' }
	]
];

describe('slideWords', () => {
	it.each(cases)('%s', (_, inputs, expected) => {
		expect(slideWords({ ...inputs, timeWindowText: windowText })).toEqual(expected);
	});
});
