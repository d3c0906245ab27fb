import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { findFacilities } from './findFacilities';

const facilities = (text: string, skip = [] as { start: number; end: number }[]) =>
	findFacilities(text, tokenize(text), skip).map((f) => f.text);

describe('findFacilities', () => {
	it('reads capitalised words ending in a street or building head', () => {
		expect(facilities('Police closed Dufferin Street near Alder Hey Children’s Hospital.')).toEqual(
			['Dufferin Street', 'Alder Hey Children’s Hospital']
		);
		expect(
			facilities("Patients were taken to St. Michael's Hospital on N. Bedford Drive.")
		).toEqual(["St. Michael's Hospital", 'N. Bedford Drive']);
	});

	it('takes the longest name: a head inside a name is not a name of its own', () => {
		expect(facilities('They met at the Church Street Museum.')).toEqual(['Church Street Museum']);
		expect(facilities('He was flown to University Hospital.')).toEqual(['University Hospital']);
	});

	it('leaves out a head without a name, a function word, a title and the sentence before', () => {
		expect(facilities('The hospital and the Hospital were full.')).toEqual([]);
		expect(facilities('The Street was quiet. In Toronto. Dundas Street was not.')).toEqual([
			'Dundas Street'
		]);
		expect(facilities('Mayor Hall said so.')).toEqual([]);
	});

	it('leaves out a sentence’s first word the text also has in lower case', () => {
		expect(facilities('Police Station officers said the police would stay.')).toEqual([]);
		expect(facilities('Trump Tower stood. Police Station staff said the police left.')).toEqual([
			'Trump Tower'
		]);
	});

	it('reads no street that names an institution', () => {
		expect(facilities('The Wall Street Journal said Wall Street fell.')).toEqual(['Wall Street']);
	});

	it('reads nothing in the skipped spans or in capitals', () => {
		expect(facilities('Rally on Royal Street.', [{ start: 9, end: 14 }])).toEqual([]);
		expect(facilities('RALLY ON ROYAL STREET')).toEqual([]);
	});
});
