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
	['In 2020, not only trade but also travel grew.', undefined]
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

	it('keeps the clause local: a cue in another clause does not mark the date', () => {
		const text = 'Troops arrived in February 2020; they may leave, analysts say.';
		const { events } = extractArticle(
			{ id: 'm', text, meta: { published: '2021-03-05', title: 'T' } },
			gazetteer()
		);
		expect(events[0].modality).toBeUndefined();
	});
});
