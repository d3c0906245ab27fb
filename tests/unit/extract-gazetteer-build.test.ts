// The built gazetteer (geodata/build/gazetteer.json and .bin) and the lookups made of it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/lib/extract/tokens';
import { compileGazetteer } from '../../src/lib/extract/compileGazetteer';
import { gazetteer } from './extract-fixture';

describe('the built gazetteer', () => {
	it('gives a town no spelling whose key its name or an earlier spelling already has', () => {
		const built = JSON.parse(fs.readFileSync('geodata/build/gazetteer.json', 'utf8'));
		const column = built.cityColumns.indexOf('altNames');
		expect(column).toBeGreaterThan(0);
		const repeated: string[] = [];
		for (const row of built.cities as unknown[][]) {
			const keys = new Set([nameKey(row[0] as string)]);
			for (const spelling of (row[column] as string).split('|').filter(Boolean)) {
				const key = nameKey(spelling);
				if (keys.has(key)) repeated.push(`${row[0]}: ${spelling}`);
				keys.add(key);
			}
		}
		expect(repeated).toEqual([]);
	});

	it('ships gazetteer.bin compiled from gazetteer.json, so the two cannot drift apart', () => {
		const built = JSON.parse(fs.readFileSync('geodata/build/gazetteer.json', 'utf8'));
		const shipped = fs.readFileSync('geodata/build/gazetteer.bin');
		expect(Buffer.from(compileGazetteer(built)).equals(shipped)).toBe(true);
	});

	it('knows the longest name starting with a word, one-word names included', () => {
		const { aliases } = gazetteer();
		expect(aliases.longestFrom('black')).toBeGreaterThanOrEqual(2); // the Black Sea
		expect(aliases.longestFrom('qzxv')).toBe(0);
		const keys = [...aliases.keys()];
		const firstWords = new Set(keys.filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
		const oneWordOnly = keys.find((key) => !key.includes(' ') && !firstWords.has(key));
		expect(oneWordOnly && aliases.longestFrom(oneWordOnly)).toBe(1);
	});
});
