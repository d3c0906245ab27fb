import type { Place } from './types';
import { nameKey } from './tokens';
import {
	ALIAS_MAIN,
	ALIAS_QUALIFIER_ONLY,
	COORDINATE_SCALE,
	unpackGazetteerFile,
	type Column,
	type CompiledHeader
} from './gazetteerFile';

/** One place the gazetteer knows, with what resolution needs to rank it. */
export interface GazetteerEntry extends Place {
	population: number;
	featureCode: string;
	/** 0..1: how likely a bare mention of the name means this place, before context. */
	prior: number;
	source: 'country' | 'geonames' | 'supplement';
	/** GeoNames' code of the first-level division a town lies in, or a division's own. */
	admin1?: string;
}

/** One spelling of an entry; `pattern` keeps the case of each word for the capitalisation check. */
export interface Alias {
	entry: number;
	pattern: AliasWord[];
	/** false for a GeoNames alternate name (an exonym, an old or foreign spelling). */
	main: boolean;
	/**
	 * An abbreviation written with a final period ("Ky.", "B.C."): a place only right after
	 * "Town, " and with its period, as in "Louisville, Ky.".
	 */
	qualifierOnly?: boolean;
}

export interface AliasWord {
	capitalised: boolean;
	allCaps: boolean;
}

export interface Border {
	a: string;
	b: string;
	lat: number;
	lon: number;
}

export interface Gazetteer {
	entries: GazetteerEntry[];
	/** Alias key ("new york") -> spellings. */
	aliases: AliasTable;
	countryByIso2: Map<string, number>;
	borders: Border[];
	nonPlaceWords: Set<string>;
	/** Common English given names, normalised ("mary", "paul"): person context for recognition. */
	firstNames: Set<string>;
	/** Normalised demonym ("ukrainian") -> ISO2. */
	demonyms: Map<string, string>;
	/** Well-known events that expressions are anchored on: spelling -> first day (YYYY-MM-DD). */
	eventAnchors: Map<string, string>;
	attribution: string[];
}

/** 32-bit FNV-1a of a key's UTF-16 code units: where a key's search of the table starts. */
function keyHash(key: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

/** Lookups remembered by AliasTable before it starts afresh: a few long articles' words. */
const foundKeysKept = 200_000;

/**
 * The spellings of places by key, kept in the compiled file's columns behind a hash table of
 * typed arrays: a Map of 250,000 keys took longer to build than the rest of the gazetteer. A
 * key's spellings become objects when first asked for.
 */
export class AliasTable {
	#keys: string[];
	/** Open addressing, at most half full: key number + 1, or 0 for an empty slot. */
	#slots: Int32Array;
	#longest: Uint8Array;
	/** Key number -> its first spelling; one more for the end of the last. */
	#start: Uint32Array;
	#entry: Int32Array;
	#shape: Uint16Array;
	#flags: Uint8Array;
	#patterns: AliasWord[][];
	#found = new Map<string, number>();
	#made: Alias[][] = [];

	constructor(columns: Record<string, Column>, keys: string[], shapes: string[]) {
		this.#keys = keys;
		this.#slots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(2, keys.length * 2))));
		const mask = this.#slots.length - 1;
		keys.forEach((key, k) => {
			let slot = keyHash(key) & mask;
			while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
			this.#slots[slot] = k + 1;
		});
		this.#longest = columns.keyLongest as Uint8Array;
		const count = columns.aliasCount;
		this.#start = new Uint32Array(keys.length + 1);
		for (let k = 0; k < keys.length; k++) this.#start[k + 1] = this.#start[k] + count[k];
		this.#entry = columns.aliasEntry as Int32Array;
		this.#shape = columns.aliasShape as Uint16Array;
		this.#flags = columns.aliasFlags as Uint8Array;
		this.#patterns = shapes.map((shape) =>
			[...shape].map((c) => ({ capitalised: c !== 'l', allCaps: c === 'A' }))
		);
	}

	/** The key's number, or -1; remembered, as the same words recur through a text. */
	#find(key: string): number {
		const known = this.#found.get(key);
		if (known !== undefined) return known;
		const mask = this.#slots.length - 1;
		let slot = keyHash(key) & mask;
		let k = this.#slots[slot] - 1;
		while (k >= 0 && this.#keys[k] !== key) {
			slot = (slot + 1) & mask;
			k = this.#slots[slot] - 1;
		}
		// Bounded: a long text's words would otherwise be kept for as long as the worker lives.
		if (this.#found.size >= foundKeysKept) this.#found.clear();
		this.#found.set(key, k);
		return k;
	}

	has(key: string): boolean {
		const k = this.#find(key);
		return k >= 0 && this.#start[k + 1] > this.#start[k];
	}

	get(key: string): readonly Alias[] | undefined {
		const k = this.#find(key);
		if (k < 0 || this.#start[k + 1] === this.#start[k]) return undefined;
		return (this.#made[k] ??= this.#aliasesOf(k));
	}

	#aliasesOf(k: number): Alias[] {
		const aliases: Alias[] = [];
		for (let a = this.#start[k]; a < this.#start[k + 1]; a++) {
			const flags = this.#flags[a];
			const alias: Alias = {
				entry: this.#entry[a],
				pattern: this.#patterns[this.#shape[a]],
				main: (flags & ALIAS_MAIN) !== 0
			};
			if (flags & ALIAS_QUALIFIER_ONLY) alias.qualifierOnly = true;
			aliases.push(alias);
		}
		return aliases;
	}

	/** The longest alias (in words) whose key starts with the word `key`; 0 when none does. */
	longestFrom(key: string): number {
		const k = this.#find(key);
		if (k < 0) return 0;
		return this.#longest[k] || (this.#start[k + 1] > this.#start[k] ? 1 : 0);
	}

	/** Every key that has spellings. */
	*keys(): IterableIterator<string> {
		for (let k = 0; k < this.#keys.length; k++)
			if (this.#start[k + 1] > this.#start[k]) yield this.#keys[k];
	}
}

/**
 * Prior of a generated feature by its code: divisions and territories below a large city of the
 * same name ("New York", "Quebec"), water and airports below divisions; curated rows are trusted
 * most.
 */
const FEATURE_PRIORS: Record<string, number> = {
	ADM1: 0.7,
	ADM2: 0.6,
	SEA: 0.7,
	LK: 0.65,
	STM: 0.65,
	AIRP: 0.85,
	PHYS: 0.55,
	ISL: 0.55,
	RGN: 0.7,
	TERR: 0.7
};
const CURATED_PRIOR = 0.9;
/** Prior of a capital city of a million people or more (London, not London, Ohio). */
const WORLD_CAPITAL_PRIOR = 1.1;
/** A country outranks a town or a division of the same name unless the text says otherwise. */
const COUNTRY_PRIOR = 1.5;

/**
 * 0.1..0.95 by size: squared so that a city of millions stays ahead of a village of its name in a
 * country the article is about (London, not London, Ohio) unless nearer evidence says otherwise.
 */
function cityPrior(population: number, featureCode: string): number {
	const size = Math.min(1, Math.log10(population + 10) / 7);
	// A capital of a million or more is what its name means unless the text says otherwise.
	if (featureCode === 'PPLC' && population >= 1_000_000) return WORLD_CAPITAL_PRIOR;
	const seat = featureCode === 'PPLC' ? 0.15 : featureCode === 'PPLA' ? 0.08 : 0;
	return Math.min(0.95, 0.1 + 0.85 * size * size + seat);
}

/**
 * Opens the file compileGazetteer writes (geodata/build/gazetteer.bin): the places as objects,
 * the spellings left in their columns. Throws an Error if it is not such a file.
 */
export function openGazetteer(bytes: Uint8Array): Gazetteer {
	const { header, columns } = unpackGazetteerFile(bytes);
	const h = header as unknown as CompiledHeader;
	/** A column of `count` strings, one a line. */
	const lines = (column: string, count: number) =>
		count ? new TextDecoder().decode(columns[column]).split('\n') : [];
	const { countries, features, cities } = h.counts;
	const names = lines('names', countries + features + cities);
	const { lat, lon, population, geonameid, kind, featureCode, country, admin1 } = columns;
	const firstFeature = countries;
	const firstCity = countries + features;
	const entries: GazetteerEntry[] = new Array(names.length);
	const countryByIso2 = new Map<string, number>();
	for (let i = 0; i < names.length; i++) {
		const code = h.featureCodes[featureCode[i]];
		const source = i < firstFeature ? 'country' : i < firstCity ? 'supplement' : 'geonames';
		const entry: GazetteerEntry = {
			name: names[i],
			lat: lat[i] / COORDINATE_SCALE,
			lon: lon[i] / COORDINATE_SCALE,
			kind: h.kinds[kind[i]],
			countryIso2: country[i] ? h.countries[country[i]] : null,
			population: population[i],
			featureCode: code,
			prior:
				source === 'country'
					? COUNTRY_PRIOR
					: source === 'supplement'
						? (FEATURE_PRIORS[code] ?? CURATED_PRIOR)
						: cityPrior(population[i], code),
			source
		};
		if (geonameid[i]) entry.geonameid = geonameid[i];
		if (admin1[i]) entry.admin1 = h.admin1[admin1[i]];
		entries[i] = entry;
		if (source === 'country') countryByIso2.set(entry.countryIso2!, i);
	}
	const eventAnchors = new Map<string, string>();
	for (const [name, day, others] of h.eventAnchors)
		for (const spelling of [name, ...others]) eventAnchors.set(spelling, day);
	return {
		entries,
		aliases: new AliasTable(columns, lines('keys', columns.aliasCount.length), h.shapes),
		countryByIso2,
		borders: h.borders.map(([a, b, lat, lon]) => ({ a, b, lat, lon })),
		nonPlaceWords: new Set(h.nonPlaceWords.map(nameKey)),
		firstNames: new Set(h.firstNames.map(nameKey)),
		demonyms: new Map(Object.entries(h.demonyms).map(([d, iso]) => [nameKey(d), iso])),
		eventAnchors,
		attribution: h.attribution
	};
}
