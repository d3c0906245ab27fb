import { describe, expect, it } from 'vitest';
import { compileGazetteer } from './compileGazetteer';
import { openGazetteer } from './gazetteer';

const source = {
	format: 'geobrief-gazetteer/1',
	countries: [['BY', 'Belarus', 53, 28, ['Byelorussia'], 630336]],
	features: [
		['Kentucky', 'region', 37.5, -85.3, 'US', [], null, 'ADM1', ['Ky.'], 'KY'],
		['Black Sea', 'water', 43.4, 34.1, null, ['the Black Sea'], null, 'SEA']
	],
	cities: [
		['Minsk', 53.90454, 27.55915, 'PPLC', 'BY', 1_742_124, 625144, 'Mensk|MINSK', '5'],
		['Black', 41.2, -80.1, 'PPL', 'US', 900, 5, '']
	],
	borders: [['BY', 'UA', 51.75, 27.55]],
	nonPlaceWords: ['About'],
	firstNames: ['Mary'],
	demonyms: { Belarusian: 'BY' },
	eventAnchors: [['the full-scale invasion', '2022-02-24', ['the Russian invasion']]]
};

describe('compileGazetteer and openGazetteer', () => {
	const gaz = openGazetteer(compileGazetteer(source));

	it('keeps every place with its fields, in the order of the source', () => {
		expect(gaz.entries.map((e) => [e.name, e.kind, e.source])).toEqual([
			['Belarus', 'country', 'country'],
			['Kentucky', 'region', 'supplement'],
			['Black Sea', 'water', 'supplement'],
			['Minsk', 'city', 'geonames'],
			['Black', 'city', 'geonames']
		]);
		expect(gaz.entries[3]).toMatchObject({
			lat: 53.90454,
			lon: 27.55915,
			countryIso2: 'BY',
			population: 1_742_124,
			featureCode: 'PPLC',
			geonameid: 625144,
			admin1: '5'
		});
		expect(gaz.entries[2].countryIso2).toBeNull();
		expect(gaz.entries[2]).not.toHaveProperty('geonameid');
		expect(gaz.entries[4]).not.toHaveProperty('admin1');
		expect(gaz.countryByIso2.get('BY')).toBe(0);
	});

	it('finds spellings by key, with their case and kind of spelling', () => {
		expect(gaz.aliases.get('minsk')).toEqual([
			{
				entry: 3,
				pattern: [{ capitalised: true, allCaps: false }],
				main: true
			}
		]);
		expect(gaz.aliases.get('mensk')?.[0].main).toBe(false);
		expect(gaz.aliases.get('ky')?.[0]).toMatchObject({ entry: 1, qualifierOnly: true });
		expect(gaz.aliases.has('byelorussia')).toBe(true);
		expect(gaz.aliases.get('pinsk')).toBeUndefined();
		expect([...gaz.aliases.keys()]).toContain('the black sea');
	});

	it('says how many words to look ahead from a first word', () => {
		expect(gaz.aliases.longestFrom('the')).toBe(3);
		expect(gaz.aliases.longestFrom('black')).toBe(2);
		expect(gaz.aliases.longestFrom('minsk')).toBe(1);
		expect(gaz.aliases.longestFrom('pinsk')).toBe(0);
		// "the" starts longer names but is no place itself.
		expect(gaz.aliases.has('the')).toBe(false);
	});

	it('keeps the word lists, borders and anchors', () => {
		expect(gaz.borders).toEqual([{ a: 'BY', b: 'UA', lat: 51.75, lon: 27.55 }]);
		expect(gaz.nonPlaceWords.has('about')).toBe(true);
		expect(gaz.firstNames.has('mary')).toBe(true);
		expect(gaz.demonyms.get('belarusian')).toBe('BY');
		expect(gaz.eventAnchors.get('the Russian invasion')).toBe('2022-02-24');
	});

	it('opens the same bytes again, and bytes at any offset, unchanged', () => {
		const file = compileGazetteer(source);
		const copy = file.slice();
		const first = openGazetteer(file);
		const again = openGazetteer(file);
		expect(file).toEqual(copy);
		expect(again.entries).toEqual(first.entries);
		expect(first.aliases.get('black')?.map((a) => a.entry)).toEqual([4]);
		const shifted = new Uint8Array(file.length + 1);
		shifted.set(file, 1);
		expect(openGazetteer(shifted.subarray(1)).entries).toEqual(first.entries);
	});

	it('opens a gazetteer with no places', () => {
		const empty = { ...source, countries: [], features: [], cities: [] };
		const gaz = openGazetteer(compileGazetteer(empty));
		expect(gaz.entries).toEqual([]);
		expect([...gaz.aliases.keys()]).toEqual([]);
	});

	it('refuses a file that is not a compiled gazetteer, or is cut short', () => {
		const html = new TextEncoder().encode('<!doctype html><title>Not found</title>');
		expect(() => openGazetteer(html)).toThrow(/not a gazetteer: no GBGZ mark/);
		const file = compileGazetteer(source);
		expect(() => openGazetteer(file.subarray(0, file.length - 40))).toThrow(/runs past the end/);
	});

	it('names the first bad row of the source', () => {
		const bad = { ...source, cities: [['Minsk', 'north', 27.5, 'PPLC', 'BY', 1, 2, '']] };
		expect(() => compileGazetteer(bad)).toThrow(/Minsk: column 1 is not a number/);
	});
});
