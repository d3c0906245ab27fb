import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index';
import { gazetteer } from './extract-fixture';

describe('a period dated from its length is flagged on its event', () => {
	it.each([
		['Lukashenka extended his 26-year reign in August 2020.', [true, undefined]],
		['After 26 years of rule, he held an election in August 2020.', [true, undefined]]
	])('%s', (text, flags) => {
		const { events } = extractArticle(
			{ id: 'm', text, meta: { published: '2021-03-05', title: 'T' } },
			gazetteer()
		);
		expect(events.map((event) => event.fromDuration)).toEqual(flags);
	});
});
