import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../compileGazetteer';
import { tokenize } from '../tokens';
import { findNames } from './findNames';

// A handful of places: a country that is also a given name, towns that are also a given name, a
// surname and a common word, and a city large enough to stand on its own.
const gaz = parseGazetteer({
	format: 'geobrief-gazetteer/1',
	countries: [
		['JO', 'Jordan', 31, 36],
		['BY', 'Belarus', 53, 28]
	],
	features: [],
	cities: [
		['Brest', 52.1, 23.7, 'PPLA', 'BY', 340_000, 1, ''],
		['Orsha', 54.5, 30.4, 'PPL', 'BY', 115_000, 2, ''],
		['Mary', 37.6, 61.8, 'PPLA', 'TM', 120_000, 3, ''],
		['Johnson', 44.6, -72.7, 'PPL', 'US', 3_000, 4, ''],
		['Post', 33.2, -101.4, 'PPL', 'US', 5_000, 5, ''],
		['Lviv', 49.8, 24.0, 'PPLA', 'UA', 720_000, 6, '']
	],
	borders: [],
	nonPlaceWords: ['post'],
	firstNames: ['Mary', 'Boris'],
	demonyms: { Belarusian: 'BY' },
	eventAnchors: []
});

const names = (text: string) => findNames(text, tokenize(text), gaz, []).map((n) => n.text);

describe('findNames', () => {
	it('finds countries and towns by their names, in case', () => {
		expect(names('Belarus moved troops from Brest to Orsha.')).toEqual([
			'Belarus',
			'Brest',
			'Orsha'
		]);
		expect(names('belarus moved troops from brest.')).toEqual([]);
	});

	it('leaves out names of people: given names, surnames, speakers', () => {
		expect(names('Mary Smith met Boris Johnson. Later Johnson left.')).toEqual([]);
		expect(names('Jordan Peterson spoke in Orsha.')).toEqual(['Orsha']);
		expect(names('"No," Brest said.')).toEqual([]);
		expect(names('Officials in Brest said no.')).toEqual(['Brest']);
	});

	it('leaves out names of institutions and towns that are common words', () => {
		expect(names('Lviv University and the Post reported it.')).toEqual([]);
		expect(names('Jordan said it would reply.')).toEqual(['Jordan']);
	});

	it('leaves out what the skipped spans cover', () => {
		const text = 'Dateline Brest. Troops in Orsha.';
		expect(
			findNames(text, tokenize(text), gaz, [{ start: 0, end: 15 }]).map((n) => n.text)
		).toEqual(['Orsha']);
	});
});
