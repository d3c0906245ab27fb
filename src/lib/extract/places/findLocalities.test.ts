import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { findLocalities } from './findLocalities';

const DEMONYMS = new Map([['ukrainian', 'UA']]);
/** The localities of a text, given the gazetteer names found in it and the people it names. */
const localities = (
	text: string,
	names = [] as { start: number; end: number }[],
	persons: string[] = []
) => {
	const tokens = tokenize(text);
	const context = {
		lowercaseWords: new Set(tokens.filter((t) => !t.capitalised).map((t) => t.key)),
		personWords: new Set(persons),
		agencyWords: new Set<string>()
	};
	return findLocalities(text, tokens, [], names, context, DEMONYMS)
		.sort((a, b) => a.start - b.start)
		.map((l) => `${l.text}/${l.kind}`);
};

describe('findLocalities', () => {
	it('reads the names the text calls villages, towns and districts', () => {
		expect(localities('Shells hit the village of Brelka.')).toEqual(['Brelka/city']);
		expect(localities('The towns of Orvin and Tessa flooded.')).toEqual([
			'Orvin/city',
			'Tessa/city'
		]);
		expect(localities('They besieged the villages of Orvin and Tessa.')).toEqual([
			'Orvin/city',
			'Tessa/city'
		]);
		expect(localities('Rain hit the town of Nova Brelka-Zori.')).toEqual(['Nova Brelka-Zori/city']);
		expect(localities("A bomb hit Cairo's Nurbek district.")).toEqual(['Nurbek/region']);
		const brooklyn = { start: 45, end: 53 };
		expect(
			localities('Shots rang out in the Nurbek neighborhood of Brooklyn.', [brooklyn])
		).toEqual(['Nurbek/city']);
		expect(localities('Shots rang out in the Nurbek neighborhood of Brooklyn.')).toEqual([]);
		expect(localities('Shells hit the town of Deir al-Balah.')).toEqual(['Deir al-Balah/city']);
	});

	it('finds the other mentions of a name it has read', () => {
		expect(localities('Brelka lost power. Shells hit the village of Brelka.')).toEqual([
			'Brelka/city',
			'Brelka/city'
		]);
	});

	it('leaves a bare district word, adjectives and common words alone', () => {
		expect(localities('Police patrolled the Nurbek district.')).toEqual([]);
		expect(localities('Riots hit the Kurdish district of Ottawa.')).toEqual([]);
		expect(localities('Riots hit the Ukrainian district of Ottawa.')).toEqual([]);
		expect(localities('The old district was calm. Riots hit the Old district of Ottawa.')).toEqual(
			[]
		);
		expect(localities('Residents of the village of The Hague left.')).toEqual([]);
		// What the town is, not its name; a word that goes on past the name; a person.
		expect(localities('They fled the Druze town of Sweida.')).toEqual([]);
		expect(localities("Police entered the settlement of Ma'ale Adumim.")).toEqual([]);
		expect(localities('Rain hit the city of Lincoln.', [], ['lincoln'])).toEqual([]);
	});

	it('leaves a gazetteer name to the gazetteer, and takes in a shorter one', () => {
		// "Rampur" (0–6 in the second text) is a name the gazetteer found.
		expect(localities('The town of Rampur grew.', [{ start: 12, end: 18 }])).toEqual([]);
		expect(
			localities('Rampur Tola flooded, like the village of Rampur Tola.', [{ start: 0, end: 6 }])
		).toEqual(['Rampur Tola/city', 'Rampur Tola/city']);
	});
});
