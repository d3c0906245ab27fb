import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { placeOnly } from './place';
import { nameKey } from './tokens';
import type { Place } from './types';

/** A gazetteer place found by name, with the spelling that matched when it is not its name. */
export interface PlaceMatch extends Place {
	matchedName: string | null;
	/** GeoNames feature code or supplement kind, and population, for telling namesakes apart. */
	featureCode: string;
	population: number;
}

/** How well a spelling matches the query: lower is better; a place's own name beats an alternate. */
function matchRank(key: string, query: string, main: boolean): number | null {
	const alternate = main ? 0 : 1;
	if (key === query) return alternate;
	if (key.startsWith(query)) return 2 + alternate;
	if (key.includes(` ${query}`)) return 4 + alternate;
	return null;
}

function placeOf(entry: GazetteerEntry, spelling: string): PlaceMatch {
	return {
		...placeOnly(entry),
		matchedName: nameKey(entry.name) === spelling ? null : spelling,
		featureCode: entry.featureCode,
		population: entry.population
	};
}

/**
 * Places whose name or alternate name matches what a reviewer typed: whole name first, then
 * names starting with it, then names with a word starting with it; within each, the places a
 * bare mention most likely means (countries, regions, big cities) first. Case, diacritics and
 * punctuation are ignored ("homyel'" finds Gomel). At most `limit` places, each once.
 */
export function searchGazetteer(gazetteer: Gazetteer, query: string, limit = 8): PlaceMatch[] {
	const wanted = nameKey(query);
	if (!wanted) return [];
	const best = new Map<number, { rank: number; spelling: string }>();
	for (const key of gazetteer.aliases.keys()) {
		if (!key.includes(wanted)) continue;
		for (const alias of gazetteer.aliases.get(key)!) {
			const rank = matchRank(key, wanted, alias.main);
			if (rank === null) continue;
			const known = best.get(alias.entry);
			if (!known || rank < known.rank) best.set(alias.entry, { rank, spelling: key });
		}
	}
	return [...best]
		.map(([index, match]) => ({ entry: gazetteer.entries[index], ...match }))
		.sort(
			(a, b) =>
				a.rank - b.rank ||
				b.entry.prior - a.entry.prior ||
				b.entry.population - a.entry.population ||
				a.entry.name.localeCompare(b.entry.name)
		)
		.slice(0, limit)
		.map((match) => placeOf(match.entry, match.spelling));
}
