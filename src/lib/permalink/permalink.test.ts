import { describe, expect, it } from 'vitest';
import { dayFromIso } from '$lib/time/days';
import {
	parsePermalink,
	serializePermalink,
	withRenamedArticles,
	type PermalinkState
} from './permalink';

const full: PermalinkState = {
	articleIds: ['davidzon-2021-belarus-ukraine-strained-ties', 'mahda-2025'],
	window: { start: dayFromIso('2020-08-01'), end: dayFromIso('2021-03-05') },
	eventKey: 'mahda-2025:12',
	view: { lon: 27.5, lat: 52.1234, zoom: 5.25 },
	layers: {
		visible: ['border', 'zones', 'rings'],
		zonesKm: [10, 30, 60],
		rings: [{ lon: 30.5234, lat: 50.4501, radiusKm: 300, label: 'ATACMS from Kyiv, 50 km & more' }]
	},
	hiddenLayerIds: ['layer-1', 'layer-2']
};

describe('permalink', () => {
	it('round-trips every field', () => {
		const parsed = parsePermalink(serializePermalink(full));
		expect(parsed.problems).toEqual([]);
		expect(parsed.state).toEqual(full);
	});

	it('carries its format version', () => {
		expect(serializePermalink({})).toBe('#v=1');
		expect(parsePermalink('#v=7&articles=a').problems[0]).toMatch(/unknown format version \(7\)/);
	});

	it('keeps the good parts of a partly broken link and names the rest', () => {
		const parsed = parsePermalink(
			'#v=1&articles=a,b&hide=l<1&from=2022-13-01&to=2022-01-01&map=999,0,3'
		);
		expect(parsed.state).toEqual({ articleIds: ['a', 'b'] });
		expect(parsed.problems).toEqual(['the hidden layers', 'the time window', 'the map view']);
	});

	it.each([
		'#v=1&articles=<script>alert(1)</script>',
		'#v=1&event=javascript:alert(1)',
		'#%E0%A4%A',
		'#' + 'x'.repeat(10_000),
		'#v=1&from=2022-03-01&to=2021-01-01',
		'#v=1&map=NaN,NaN,NaN'
	])('ignores the hostile or malformed hash %#', (hash) => {
		const parsed = parsePermalink(hash);
		expect(parsed.state.articleIds).toBeUndefined();
		expect(parsed.state.eventKey).toBeUndefined();
		expect(parsed.state.window).toBeUndefined();
		expect(parsed.state.view).toBeUndefined();
		expect(parsed.problems.length).toBeGreaterThan(0);
	});

	it('ignores unknown layers, bad zone distances and absurd rings', () => {
		for (const hash of [
			'#v=1&layers=border,nukes',
			'#v=1&layers=zones&zones=50,25',
			'#v=1&layers=rings&rings=30,50,20000,Kyiv',
			'#v=1&layers=rings&rings=30,50,100,%3Cscript%3E'
		]) {
			const parsed = parsePermalink(hash);
			expect(parsed.state.layers).toBeUndefined();
			expect(parsed.problems).toEqual(['the analysis layers']);
		}
	});

	it('treats an empty hash as no state and no problem', () => {
		expect(parsePermalink('')).toEqual({ state: {}, problems: [] });
	});

	it('renames the articles of a link, and the article of its event', () => {
		const renamed = new Map([['baltic', 'baltic-2']]);
		expect(
			withRenamedArticles({ articleIds: ['baltic', 'kyiv'], eventKey: 'baltic:3' }, renamed)
		).toEqual({ articleIds: ['baltic-2', 'kyiv'], eventKey: 'baltic-2:3' });
		expect(withRenamedArticles({ eventKey: 'kyiv:3' }, renamed).eventKey).toBe('kyiv:3');
	});

	it('carries event filters as version 2, and writes a link without them as version 1', () => {
		const filtered: PermalinkState = {
			...full,
			filters: { kinds: ['military', 'diplomatic'], precisions: [], reviewStatuses: ['accepted'] }
		};
		const hash = serializePermalink(filtered);
		expect(hash).toMatch(/^#v=2&/);
		expect(hash).toContain('kinds=military%2Cdiplomatic&precision=&review=accepted');
		expect(parsePermalink(hash)).toEqual({ state: filtered, problems: [] });
		expect(serializePermalink({ ...full, filters: {} })).toBe(serializePermalink(full));
		expect(serializePermalink(full)).toMatch(/^#v=1&/);
	});

	it('reads a version 1 link as having no filters, and refuses a version it does not know', () => {
		expect(parsePermalink('#v=1&event=a:1')).toEqual({ state: { eventKey: 'a:1' }, problems: [] });
		expect(parsePermalink('#v=3&event=a:1').problems).toEqual([
			'the link has an unknown format version (3)'
		]);
	});

	it('ignores filters with unknown values', () => {
		const parsed = parsePermalink('#v=2&kinds=military,alien&event=a:1');
		expect(parsed.state).toEqual({ eventKey: 'a:1' });
		expect(parsed.problems).toEqual(['the event filters']);
	});
});
