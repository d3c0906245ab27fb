import type { Gazetteer, GazetteerEntry } from '../gazetteer';

/**
 * Below this population a town needs evidence in its own words: a locative before it ("in X"),
 * a qualifier after it ("X, Y"), or its country named in the article.
 */
export const MIN_POPULATION_WITHOUT_EVIDENCE = 15_000;
/** Below this population a town is a reading only where the article names its division. */
export const MIN_POPULATION_WITHOUT_DIVISION = 2_000;

/**
 * The population by which a town's name is known beyond it: none for a section of a town (GeoNames
 * PPLX), whose name means it only where the article names its division; that of a small town for
 * the seat of a second-level division whose population GeoNames does not give (Arlit, Niger).
 */
export function knownPopulation(entry: GazetteerEntry): number {
	if (entry.featureCode === 'PPLX') return 0;
	if (entry.featureCode === 'PPLA2' && entry.population === 0)
		return MIN_POPULATION_WITHOUT_DIVISION;
	return entry.population;
}

/** A country, a division, a feature or a town of some size. */
export function isWellKnown(entry: GazetteerEntry): boolean {
	return entry.source !== 'geonames' || knownPopulation(entry) >= MIN_POPULATION_WITHOUT_EVIDENCE;
}

/** Whether a word alone names a well-known place. */
export function namesKnownPlace(gaz: Gazetteer, key: string): boolean {
	const aliases = gaz.aliases.get(key);
	return aliases !== undefined && aliases.some((a) => isWellKnown(gaz.entries[a.entry]));
}
