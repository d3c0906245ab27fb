import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index';
import { gazetteer } from './extract-fixture';

/** [sentence, modality of its one event] with publication day 2021-03-05. */
const CASES: [string, string | undefined][] = [
	['Troops crossed into Ukraine in February 2021.', undefined],
	['A joint exercise in May 2020 has never taken place.', 'negated'],
	['The strike did not happen in 2020.', 'negated'],
	['Russia may deploy troops in April 2021.', 'hypothetical'],
	['Talks could resume in the summer of 2021.', 'hypothetical'],
	['A summit is planned for June 2021.', 'planned'],
	['The parliament will vote in 2022.', 'planned'],
	['In 2020, not only trade but also travel grew.', undefined],
	['The bridge could not have been built in 2019.', 'negated'],
	['In 2019, the summit never took place.', 'negated'],
	['The talks may resume in March, officials said.', 'hypothetical'],
	['Elections, which may be held in 2022, worry the regime.', 'hypothetical'],
	['The army, which left in 2019, may return.', undefined],
	['Troops arrived in February 2020, but they may leave.', undefined],
	['The general said in January 2021 that troops might return.', undefined],
	['If talks fail, troops will attack in May 2021.', 'hypothetical'],
	['Facing the might of Russia, Belarus armed in 2020.', undefined],
	['A parade in May 2020 did not take place.', 'negated'],
	['The talks after March 2020 did not change the treaty.', undefined],
	['The threat was not the drills of September 2020.', undefined],
	['The strike was not in 2020.', 'negated'],
	// What is denied is anything since: the dated event is the last time it happened.
	['Belarus has not held a free election since 1994.', undefined],
	['We have not seen floods like these since July 2010.', undefined]
];

/** Sentences with several dates: [text, the modality of each event in text order]. */
const CLAUSES: [string, (string | undefined)[]][] = [
	[
		'The leader, who extended his rule in an election on 9 August 2020, said the talks may take place in March. The summit never took place in 2019.',
		[undefined, 'hypothetical', 'negated']
	],
	[
		'Troops left in May 2020, and officials said they could return in April 2021.',
		[undefined, 'hypothetical']
	],
	['The treaty signed in 2015 will expire in 2026.', [undefined, 'planned']],
	[
		'Voters will return in April 2021 after no party won a majority in February 2021.',
		['planned', undefined]
	]
];

describe('events are marked negated, hypothetical or planned from their clause', () => {
	it.each(CASES)('%s', (text, modality) => {
		const { events } = extractArticle(
			{ id: 'm', text, meta: { published: '2021-03-05', title: 'T' } },
			gazetteer()
		);
		expect(events).toHaveLength(1);
		expect(events[0].modality).toBe(modality);
	});

	it.each(CLAUSES)('%s', (text, modalities) => {
		const { events } = extractArticle(
			{ id: 'm', text, meta: { published: '2021-03-05', title: 'T' } },
			gazetteer()
		);
		expect(events.map((event) => event.modality)).toEqual(modalities);
	});

	it('keeps the clause local: a cue in another clause does not mark the date', () => {
		const text = 'Troops arrived in February 2020; they may leave, analysts say.';
		const { events } = extractArticle(
			{ id: 'm', text, meta: { published: '2021-03-05', title: 'T' } },
			gazetteer()
		);
		expect(events[0].modality).toBeUndefined();
	});
});
