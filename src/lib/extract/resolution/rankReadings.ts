import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import type { NameMention } from '../places/findNames';
import type { Sentence } from '../types';
import { sentenceAt } from '../02-segment';
import { nameKey } from '../tokens';
import { distanceKm } from '$lib/geo/distanceKm';
import { expectedKind } from './expectedKind';
import type { MentionIndex } from './mentionIndex';
import { demonymQualifier, qualifiedBy, qualifierOf, within } from './qualifiers';

/** Weight of the document's country focus (0..1) in a candidate's score. */
const FOCUS_WEIGHT = 0.5;
/** Bonus when the candidate's country is named in the same sentence. */
const SAME_SENTENCE_WEIGHT = 0.2;
/**
 * Penalty for a reading found only through an alternate name when another place bears the name
 * itself: "Minsk" is Minsk before it is an old name of Mińsk Mazowiecki, "Beirut" is not Bierutów.
 */
const ALTERNATE_NAME_PENALTY = 0.6;
/**
 * Penalty for a reading found only through an alternate name when a town abroad at least half its
 * size bears the name itself: "St. Louis" is the city in Missouri before Saint-Louis, Senegal
 * (also written "St-Louis"), unless the article is about Senegal.
 */
const ABROAD_ALTERNATE_NAME_PENALTY = 0.1;
/** Bonus for a reading close to the article's other, surer places (not countries). */
const PROXIMITY_WEIGHT = 0.4;
/** Distance at which the proximity bonus falls to zero, km. */
const PROXIMITY_RANGE_KM = 600;
/** Bonus for a reading inside the place named right after it ("London, Ontario"). */
const QUALIFIER_WEIGHT = 1;
/**
 * Bonus for a reading known as "the X" when the text says "the X": a town is rarely named with
 * the article, a sea or a region often is, and has no country for the article's focus to raise.
 */
const DEFINITE_WEIGHT = 0.6;
/** Bonus for the reading of the kind the words around it call for ("Quebec province"). */
const KIND_WEIGHT = 0.4;
const MILLION = 1_000_000;
/**
 * How far the seat of a first-level division of its name ("Chernihiv", "Sumy", "Brest") leads the
 * division once their priors are made equal: the bare name is the town unless the words around it,
 * or the article's places inside the division, say otherwise ("Chernihiv region" and "Chernihiv
 * Oblast" are names of their own).
 */
const SEAT_LEAD = 0.02;

/** One gazetteer entry a mention may mean, with its score in context. */
export interface Reading {
	entry: GazetteerEntry;
	score: number;
}

/** What ranking consults besides the mention itself. */
export interface RankingContext extends MentionIndex {
	sentences: Sentence[];
	/** From countryFocus. */
	focus: Map<string, number>;
	/** From countriesBySentence. */
	countriesBySentence: Map<number, Set<string>>;
}

/** The prior, raised by the article's focus on the entry's country and its naming nearby. */
function scoreEntry(
	entry: GazetteerEntry,
	focus: Map<string, number>,
	nearby: Set<string>
): number {
	const iso = entry.countryIso2;
	return (
		entry.prior +
		(iso ? FOCUS_WEIGHT * (focus.get(iso) ?? 0) : 0) +
		(iso && nearby.has(iso) ? SAME_SENTENCE_WEIGHT : 0)
	);
}

/**
 * The penalty of a reading that bears the mention's name only as an alternate name: the full one
 * while a place at least as large bears it as its own (a town of the reading's country, or a
 * division or feature anywhere), the small one for a town abroad half its size or more.
 */
function alternateNamePenaltyFor(gaz: Gazetteer, mention: NameMention): (e: number) => number {
	const key = nameKey(mention.text);
	const spellings = gaz.aliases.get(key) ?? [];
	const named = new Set(spellings.filter((a) => a.main).map((a) => a.entry));
	// Only a place at least as large as the one behind the alternate name outranks it (GeoNames
	// names the city of Mykolaiv "Mykolayiv"; a village is called "Mykolaiv"). A town abroad only
	// a little: Newcastle in South Africa leaves Newcastle upon Tyne its short name in Britain.
	// A division or feature of that name demotes only towns under a million: "Kiev" (the
	// division) leaves Kyiv the city its old name, "Missouri" is not a town called so. The seat of
	// a division named after it is not demoted by it: "Hama" is Ḩamāh as much as its governorate
	// (but Oklahoma City is named after its state: "Oklahoma" is the state).
	const features = [...named].map((e) => gaz.entries[e]).filter((e) => e.source !== 'geonames');
	const seatOfNamedDivision = (entry: GazetteerEntry) =>
		entry.featureCode === 'PPLA' &&
		!nameKey(entry.name).startsWith(`${key} `) &&
		features.some(
			(f) =>
				f.featureCode === 'ADM1' && f.countryIso2 === entry.countryIso2 && f.admin1 === entry.admin1
		);
	const townSize = new Map<string | null, number>();
	for (const e of named) {
		const { source, countryIso2, population } = gaz.entries[e];
		if (source === 'geonames')
			townSize.set(countryIso2, Math.max(townSize.get(countryIso2) ?? 0, population));
	}
	const largestTown = Math.max(0, ...townSize.values());
	return (e) => {
		const entry = gaz.entries[e];
		if (named.has(e) || entry.source !== 'geonames') return 0;
		const featureNamed = features.length > 0 && !seatOfNamedDivision(entry);
		const size = Math.max(featureNamed ? MILLION : 0, townSize.get(entry.countryIso2) ?? 0);
		if (size > 0 && size >= entry.population) return ALTERNATE_NAME_PENALTY;
		return 2 * largestTown >= entry.population ? ABROAD_ALTERNATE_NAME_PENALTY : 0;
	};
}

/** The article's surer places, each with the names (keys) it was read from. */
export type Anchors = Map<GazetteerEntry, Set<string>>;

/**
 * Bonus for a reading near the nearest of the article's surer places read from other names than
 * the mention's own (`key`): the reading itself, when another name of the article means it ("New
 * York" beside "New York City"), and a division holding one ("Quebec" beside Montreal) are as near
 * as can be.
 */
function proximityBonus(
	entry: GazetteerEntry,
	anchors: Anchors,
	key: string,
	{ byDistanceOnly = false } = {}
): number {
	let nearest = Infinity;
	for (const [a, names] of anchors) {
		if (names.size === 1 && names.has(key)) continue;
		const inside =
			!byDistanceOnly &&
			entry.admin1 !== undefined &&
			entry.kind === 'region' &&
			a.admin1 === entry.admin1 &&
			a.countryIso2 === entry.countryIso2;
		nearest = Math.min(nearest, inside ? 0 : distanceKm(a, entry));
	}
	return PROXIMITY_WEIGHT * Math.max(0, 1 - nearest / PROXIMITY_RANGE_KM);
}

/** Words that join the names of a list: "Oregon, Washington and Idaho". */
const LIST_WORDS = new Set(['and', 'or']);

/**
 * The countries of the sure first-level divisions a mention is listed with ("California or
 * Washington", "Utah, Nevada"): a name in a list of states is a state too.
 */
function listedDivisionCountries(
	context: RankingContext,
	mention: NameMention,
	anchors: Anchors | null
): Set<string> {
	const countries = new Set<string>();
	const n = context.nameStartingAt.get(mention.start);
	if (!anchors || n === undefined) return countries;
	const tokenIndex = (offset: number) => context.tokenEndingAt.get(offset) ?? -1;
	const divisions = divisionCountriesByName(anchors);
	for (const other of [context.names[n - 1], context.names[n + 1]]) {
		if (!other) continue;
		const [first, second] = other.start < mention.start ? [other, mention] : [mention, other];
		const between = context.tokens.slice(tokenIndex(first.end) + 1, second.token);
		if (between.length > 1 || between.some((t) => !LIST_WORDS.has(t.key))) continue;
		for (const iso of divisions.get(nameKey(other.text)) ?? []) countries.add(iso);
	}
	return countries;
}

const divisionsOfAnchors = new WeakMap<Anchors, Map<string, Set<string>>>();

/** Name key -> the countries of the sure first-level divisions read from it, once per article. */
function divisionCountriesByName(anchors: Anchors): Map<string, Set<string>> {
	let byName = divisionsOfAnchors.get(anchors);
	if (byName) return byName;
	byName = new Map();
	for (const [entry, names] of anchors) {
		if (entry.featureCode !== 'ADM1' || !entry.countryIso2) continue;
		for (const name of names) {
			if (!byName.has(name)) byName.set(name, new Set());
			byName.get(name)!.add(entry.countryIso2);
		}
	}
	divisionsOfAnchors.set(anchors, byName);
	return byName;
}

/**
 * A mention's readings, best first: prior, country focus and co-occurrence, alternate names,
 * the kind called for, qualifiers, and nearness to `anchors` when given.
 */
export function rankReadings(
	context: RankingContext,
	mention: NameMention,
	anchors: Anchors | null
): Reading[] {
	const { gaz, tokens, sentences, focus } = context;
	const key = nameKey(mention.text);
	const nearby =
		context.countriesBySentence.get(sentenceAt(sentences, mention.start)) ?? new Set<string>();
	const alternateNamePenalty = alternateNamePenaltyFor(gaz, mention);
	const last = context.tokenEndingAt.get(mention.end) ?? mention.token;
	const kind = expectedKind(tokens, mention, last);
	const qualifier = qualifierOf(context, mention);
	const qualified = qualifiedBy(context, mention);
	const namedCountry = demonymQualifier(context, mention);
	const listedWith = listedDivisionCountries(context, mention, anchors);
	// "California" near Washington is still the state, not California, Maryland: a town named
	// after a division of its own country, far from it, gains nothing from being near the
	// article's places (Quebec City, inside its province, does).
	const divisions = mention.entries
		.map((e) => gaz.entries[e])
		.filter((e) => e.featureCode === 'ADM1');
	return mention.entries
		.map((e) => {
			const entry = gaz.entries[e];
			let score = scoreEntry(entry, focus, nearby) - alternateNamePenalty(e);
			if (kind && entry.kind === kind) score += KIND_WEIGHT;
			if (entry.featureCode === 'ADM1' && listedWith.has(entry.countryIso2!)) score += KIND_WEIGHT;
			if (mention.definite?.includes(e)) score += DEFINITE_WEIGHT;
			if (qualifier && qualifier !== entry && within(entry, qualifier)) score += QUALIFIER_WEIGHT;
			if (namedCountry && entry.countryIso2 === namedCountry) score += QUALIFIER_WEIGHT;
			// "Atlanta, Georgia": the qualifier is the reading that contains the place before it.
			if (entry.kind !== 'city' && qualified?.some((q) => q !== entry && within(q, entry)))
				score += QUALIFIER_WEIGHT;
			const namesakeOfDivision =
				entry.kind === 'city' &&
				divisions.some((d) => d.countryIso2 === entry.countryIso2 && !within(entry, d));
			// A division's point is one of many in it: its seat is as near the article's places.
			const seatOf = entry.featureCode === 'PPLA' ? divisions.filter((d) => within(entry, d)) : [];
			if (seatOf.length)
				score += Math.max(0, ...seatOf.map((d) => d.prior - entry.prior)) + SEAT_LEAD;
			if (anchors && entry.kind !== 'country' && !namesakeOfDivision)
				score += Math.max(
					proximityBonus(entry, anchors, key),
					...seatOf.map((d) => proximityBonus(d, anchors, key, { byDistanceOnly: true }))
				);
			return { entry, score };
		})
		.sort((a, b) => b.score - a.score);
}
