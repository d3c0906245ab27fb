import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index';
import { gazetteer } from './extract-fixture';

const places = (text: string) =>
	extractArticle({ id: 't', text, meta: { published: '2025-12-07' } }, gazetteer()).toponyms;

describe('place recognition and resolution', () => {
	it('resolves Brest to Belarus when the article is about Belarus', () => {
		const [brest] = places(
			'Belarus moved troops to Brest, near the Polish border. Minsk denied it.'
		).filter((t) => t.text === 'Brest');
		expect(brest.countryIso2).toBe('BY');
		expect(brest.candidates?.some((c) => c.countryIso2 === 'FR')).toBe(true);
	});

	it('resolves Brest to France in a French context', () => {
		const [brest] = places('The French navy sailed from Brest, in Brittany, France.').filter(
			(t) => t.text === 'Brest'
		);
		expect(brest.countryIso2).toBe('FR');
	});

	it('knows transliterations: Kiev, Lvov, Gomel, Homel, Grodno, Machulishchi, Ostrog', () => {
		const found = places(
			'Kiev, Lvov, Gomel, Homel, Grodno, Machulishchi and Ostrog lie in Belarus or Ukraine.'
		);
		expect(found.map((t) => t.name)).toEqual(
			expect.arrayContaining(['Kyiv', 'Lviv', "Homyel'", 'Hrodna', 'Machulishchy', 'Ostroh'])
		);
	});

	it('takes an airbase over the town it is named after', () => {
		const [base] = places('A drone hit an aircraft at the Machulishchy airbase in Belarus.');
		expect(base).toMatchObject({
			text: 'Machulishchy airbase',
			kind: 'facility',
			countryIso2: 'BY'
		});
	});

	it('finds countries by short forms and marks capitals used for governments', () => {
		const found = places('Kyiv insists that the US and the U.K. stay firm.');
		expect(found.map((t) => [t.text, t.countryIso2])).toEqual([
			['Kyiv', 'UA'],
			['US', 'US'],
			['U.K', 'GB']
		]);
		expect(found[0].literal).toBe(false);
	});

	it('places a named border on the line between the two countries', () => {
		const [, border] = places('Ukraine fortified its northern border with Belarus.');
		expect(border).toMatchObject({ kind: 'border', text: 'northern border' });
		expect(border.lat).toBeGreaterThan(51);
		expect(border.lat).toBeLessThan(52.5);
	});

	it('reads coordinates written in the text', () => {
		const found = places('The depot at 50.45, 30.52 and the bridge at 50°27′N 30°31′E were hit.');
		expect(found.filter((t) => t.kind === 'coordinates').map((t) => [t.lat, t.lon])).toEqual([
			[50.45, 30.52],
			[50.45, expect.closeTo(30.5167, 3)]
		]);
	});
});

describe('things that are not places produce nothing', () => {
	it.each([
		'The Belarusian and Ukrainian delegations met.',
		'NATO, the EU and the UN issued statements.',
		'Volunteers joined the tactical group “Belarus” in 2014.',
		'Ivan Marchuk (“Brest”) was killed.',
		'His counterpart, Ihor Sokol, lost his post.',
		'Vladimir Putin and Roman Protasevich were mentioned.',
		'The first Ostroh Forum and the Minsk Dialogue met.',
		'President Lukashenka spoke. Western leaders and Union officials listened in May.',
		'The Union State and the Kastuś Kalinoŭski Regiment were named.'
	])('%s', (text) => {
		expect(places(text).map((t) => t.text)).toEqual([]);
	});
});
