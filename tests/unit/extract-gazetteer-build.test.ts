// The built gazetteer (geodata/build/gazetteer.json) and the lookups parseGazetteer makes of it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { longestAliasFrom } from '../../src/lib/extract/gazetteer';
import { nameKey } from '../../src/lib/extract/tokens';
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

	it('knows the longest name starting with a word, one-word names included', () => {
		const gaz = gazetteer();
		expect(longestAliasFrom(gaz, 'black')).toBeGreaterThanOrEqual(2); // the Black Sea
		expect(longestAliasFrom(gaz, 'qzxv')).toBe(0);
		const oneWordOnly = [...gaz.aliases.keys()].find(
			(key) => !key.includes(' ') && !gaz.longestFrom.has(key)
		);
		expect(oneWordOnly && longestAliasFrom(gaz, oneWordOnly)).toBe(1);
	});
});
