import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { findFacilities } from './findFacilities';

const FIRST_NAMES = new Set(['kenneth', 'victoria']);
const facilities = (
	text: string,
	skip = [] as { start: number; end: number }[],
	names = [] as { start: number; end: number }[]
) => {
	const tokens = tokenize(text);
	const context = {
		lowercaseWords: new Set(tokens.filter((t) => !t.capitalised).map((t) => t.key)),
		personWords: new Set<string>(),
		agencyWords: new Set<string>()
	};
	return findFacilities(text, tokens, skip, names, context, FIRST_NAMES).map((f) => f.text);
};

describe('findFacilities', () => {
	it('reads capitalised words ending in a street or building head', () => {
		expect(facilities('Police closed Maple Street near Alderbrook Children’s Hospital.')).toEqual([
			'Maple Street',
			'Alderbrook Children’s Hospital'
		]);
		expect(facilities("Patients were taken to St. Luke's Hospital on N. Elm\nDrive.")).toEqual([
			"St. Luke's Hospital",
			'N. Elm\nDrive'
		]);
	});

	it('reads quays, gardens, beaches, canals and roads written short', () => {
		expect(facilities('Boats left Old Brelka Quay for Nurbek, past Garland Canal.')).toEqual([
			'Old Brelka Quay',
			'Garland Canal'
		]);
		expect(facilities('A car left Brelka Flat Rd. in Garland.')).toEqual(['Brelka Flat Rd.']);
		expect(facilities('Fans crowded Brelka Beach and the Nurbek Gardens.')).toEqual([
			'Brelka Beach',
			'Nurbek Gardens'
		]);
	});

	it('reads two names before “streets” or “roads” as two streets, not before other plural heads', () => {
		expect(facilities('He fell at the corner of Brelka and Nurbek streets.')).toEqual([
			'Brelka',
			'Nurbek'
		]);
		expect(facilities('Oil and Gas companies and the Brelka Street shops grew.')).toEqual([
			'Brelka Street'
		]);
		expect(facilities('Hilton and Marriott hotels and the Sunni and Shiite mosques.')).toEqual([]);
	});

	it('takes the longest name: a head inside a name is not a name of its own', () => {
		expect(facilities('They met at the Church Street Museum.')).toEqual(['Church Street Museum']);
		expect(facilities('He was flown to University Hospital.')).toEqual(['University Hospital']);
	});

	it('leaves out a head without a name, a function word, a title and the sentence before', () => {
		expect(facilities('The hospital and the Hospital were full.')).toEqual([]);
		expect(facilities('The Street was quiet. In Toronto. Oak Street was not.')).toEqual([
			'Oak Street'
		]);
		expect(facilities('Mayor Hall said so.')).toEqual([]);
		expect(
			facilities('Talks in the EU. Road repairs began. Aid reached the U.K. Hospital staff.')
		).toEqual([]);
	});

	it('leaves out a sentence’s first word the text also has in lower case', () => {
		expect(facilities('Police Station officers said the police would stay.')).toEqual([]);
		expect(facilities('“Police Station staff left,” the police said.')).toEqual([]);
		expect(facilities('Grand Tower stood. Police Station staff said the police left.')).toEqual([
			'Grand Tower'
		]);
	});

	it('reads no person and no institution', () => {
		expect(facilities('Kenneth Hall said the Wall Street Journal was wrong.')).toEqual([]);
		expect(
			facilities('Actor Kenneth Beach visited the King Kenneth Hospital on Mont-Kenneth Avenue.')
		).toEqual(['King Kenneth Hospital', 'Mont-Kenneth Avenue']);
		expect(facilities('Crowds filled Victoria Park as Wall Street fell.')).toEqual(['Wall Street']);
		expect(facilities('Crowds gathered in Victoria Park.')).toEqual(['Victoria Park']);
	});

	it('stops at a place name and at a possessive before the name, but for a saint’s', () => {
		const text = 'Protesters filled Moscow’s Bolotnaya Square.';
		expect(facilities(text, [], [{ start: 18, end: 24 }])).toEqual(['Bolotnaya Square']);
		expect(facilities('Crowds gathered in Kyiv Zoo.', [], [{ start: 19, end: 23 }])).toEqual([]);
		const saint = 'They prayed at St. George’s Cathedral.';
		expect(facilities(saint, [], [{ start: 15, end: 25 }])).toEqual(['St. George’s Cathedral']);
		expect(facilities(saint, [{ start: 15, end: 25 }])).toEqual([]);
		expect(facilities('Rally on Royal Street.', [{ start: 9, end: 14 }])).toEqual([]);
		expect(facilities('RALLY ON ROYAL STREET')).toEqual([]);
	});
});
