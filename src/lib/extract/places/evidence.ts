import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import { distanceKm } from '$lib/geo/distanceKm';
import type { Token } from '../tokens';
import type { NameMention } from './findNames';
import { isWellKnown, knownPopulation, MIN_POPULATION_WITHOUT_DIVISION } from './knownPlace';
import { LOCATIVES } from './recognitionWords';

/** Countries the article names by a country, a division or a feature, or by a demonym. */
export function namedCountries(gaz: Gazetteer, tokens: Token[], names: NameMention[]): Set<string> {
	const named = new Set<string>();
	for (const n of names) {
		for (const e of n.entries) {
			const entry = gaz.entries[e];
			if (entry.source !== 'geonames' && entry.countryIso2) named.add(entry.countryIso2);
		}
	}
	for (const t of tokens) {
		const iso = t.capitalised ? gaz.demonyms.get(t.key) : undefined;
		if (iso) named.add(iso);
	}
	return named;
}

/**
 * Small towns need more than their name: "in X", "X, Y", or their country named elsewhere in the
 * article (`named`, from namedCountries).
 */
export function hasEvidence(
	text: string,
	tokens: Token[],
	gaz: Gazetteer,
	mention: NameMention,
	named: Set<string>
): boolean {
	const all = mention.entries.map((e) => gaz.entries[e]);
	if (all.some(isWellKnown)) return true;
	const prev = tokens[mention.token - 1];
	if (prev && !prev.capitalised && LOCATIVES.has(prev.key)) return true;
	if (/^, ?\p{Lu}/u.test(text.slice(mention.end, mention.end + 3))) return true;
	return all.some((e) => e.countryIso2 !== null && named.has(e.countryIso2));
}

/** How near a well-known town of the article a hamlet or a section of a town must lie to be read. */
const NEIGHBOUR_KM = 25;

/**
 * The mentions with their hamlets (towns under MIN_POPULATION_WITHOUT_DIVISION and sections of
 * towns) kept only where the article names the hamlet's first-level division ("Edmonton" beside
 * "Ky." or "Kentucky" may be Edmonton, Kentucky) or a well-known town within NEIGHBOUR_KM
 * ("Northumberland Park, Tottenham"); a mention left without readings is dropped.
 */
export function withSupportedHamlets(gaz: Gazetteer, names: NameMention[]): NameMention[] {
	const divisions = new Set<string>();
	const wellKnownTowns = new Set<GazetteerEntry>();
	for (const n of names) {
		for (const e of n.entries) {
			const entry = gaz.entries[e];
			if (entry.featureCode === 'ADM1' && entry.admin1)
				divisions.add(`${entry.countryIso2}|${entry.admin1}`);
			if (entry.kind === 'city' && isWellKnown(entry)) wellKnownTowns.add(entry);
		}
	}
	const towns = [...wellKnownTowns];
	const supported = (e: number) => {
		const entry = gaz.entries[e];
		return (
			entry.source !== 'geonames' ||
			knownPopulation(entry) >= MIN_POPULATION_WITHOUT_DIVISION ||
			divisions.has(`${entry.countryIso2}|${entry.admin1}`) ||
			towns.some((town) => town !== entry && distanceKm(town, entry) <= NEIGHBOUR_KM)
		);
	};
	return names.flatMap((n) => {
		if (n.entries.every(supported)) return [n];
		const entries = n.entries.filter(supported);
		if (entries.length === 0) return [];
		const definite = n.definite?.filter(supported);
		return [{ ...n, entries, ...(definite ? { definite } : {}) }];
	});
}
