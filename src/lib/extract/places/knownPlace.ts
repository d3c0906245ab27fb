import type { Gazetteer } from '../gazetteer';

/**
 * Below this population a town needs evidence in its own words: a locative before it ("in X"),
 * a qualifier after it ("X, Y"), or its country named in the article.
 */
export const MIN_POPULATION_WITHOUT_EVIDENCE = 15_000;
/** Below this population a town is a reading only where the article names its division. */
export const MIN_POPULATION_WITHOUT_DIVISION = 2_000;

/** Whether a word alone names a country, a division, a feature or a town of some size. */
export function namesKnownPlace(gaz: Gazetteer, key: string): boolean {
	const aliases = gaz.aliases.get(key);
	return (
		aliases !== undefined &&
		aliases.some((a) => {
			const e = gaz.entries[a.entry];
			return e.source !== 'geonames' || e.population >= MIN_POPULATION_WITHOUT_EVIDENCE;
		})
	);
}
