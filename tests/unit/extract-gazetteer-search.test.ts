import { describe, expect, it } from 'vitest';
import { searchGazetteer } from '../../src/lib/extract/gazetteerSearch';
import { gazetteer } from './extract-fixture';

describe('searchGazetteer', () => {
	it('finds a city by an alternate spelling, ignoring case and apostrophes', () => {
		const [first] = searchGazetteer(gazetteer(), "homyel'");
		expect(first.name).toMatch(/^Gomel|^Homyel/);
		expect(first.countryIso2).toBe('BY');
		expect(first.lat).toBeCloseTo(52.43, 1);
	});

	it('puts the capital before its namesakes and whole names before prefixes', () => {
		const results = searchGazetteer(gazetteer(), 'Kyiv');
		expect(results[0]).toMatchObject({ kind: 'city', countryIso2: 'UA' });
		expect(results[0].population).toBeGreaterThan(2_000_000);
		const prefixed = searchGazetteer(gazetteer(), 'lvi');
		expect(prefixed.map((place) => place.name)).toContain('Lviv');
	});

	it('finds the curated supplement: the Machulishchy airbase is not the town', () => {
		const results = searchGazetteer(gazetteer(), 'Machulishchy');
		const kinds = results.map((place) => place.kind);
		expect(kinds).toContain('facility');
		expect(kinds).toContain('city');
	});

	it('returns each place once, at most the limit, and nothing for an empty query', () => {
		const results = searchGazetteer(gazetteer(), 'min', 5);
		expect(results.length).toBeLessThanOrEqual(5);
		const ids = results.map((place) => `${place.name}|${place.lat}|${place.lon}`);
		expect(new Set(ids).size).toBe(ids.length);
		expect(searchGazetteer(gazetteer(), '  ’ ')).toEqual([]);
	});
});
