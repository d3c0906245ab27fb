import type { Place, PlaceKind } from './types';
import { tokenize, nameKey } from './tokens';

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
	aliases: Map<string, Alias[]>;
	/**
	 * First word of an alias key of two words or more -> the longest alias (in words) starting
	 * with it; see longestAliasFrom.
	 */
	longestFrom: Map<string, number>;
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

type Row = unknown[];

/** The longest alias (in words) whose key starts with the word `key`; 0 when none does. */
export function longestAliasFrom(gaz: Gazetteer, key: string): number {
	return gaz.longestFrom.get(key) ?? (gaz.aliases.has(key) ? 1 : 0);
}

function fail(message: string): never {
	throw new Error(`parseGazetteer: ${message}`);
}

function rowsOf(json: Record<string, unknown>, field: string): Row[] {
	const rows = json[field];
	if (!Array.isArray(rows)) fail(`"${field}" must be an array`);
	return rows as Row[];
}

function num(row: Row, i: number, what: string): number {
	const x = row[i];
	if (typeof x !== 'number' || !Number.isFinite(x)) fail(`${what}: column ${i} is not a number`);
	return x;
}

function str(row: Row, i: number, what: string): string {
	const x = row[i];
	if (typeof x !== 'string') fail(`${what}: column ${i} is not a string`);
	return x;
}

const SUPPLEMENT_KINDS = new Set<PlaceKind>(['region', 'water', 'facility', 'continent']);

/**
 * Prior of a generated feature by its code: divisions below a large city of the same name
 * ("New York", "Quebec"), water and airports below divisions; curated rows are trusted most.
 */
const FEATURE_PRIORS: Record<string, number> = {
	ADM1: 0.7,
	ADM2: 0.6,
	SEA: 0.7,
	LK: 0.65,
	STM: 0.65,
	AIRP: 0.85,
	PHYS: 0.55,
	RGN: 0.7
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

const SIMPLE_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** "C" capitalised, "A" all capitals (two letters or more), "l" lower case: a word of ASCII letters. */
function wordShape(word: string): string {
	const c = word.charCodeAt(0);
	if (c < 65 || c > 90) return 'l';
	for (let i = 1; i < word.length; i++) {
		const d = word.charCodeAt(i);
		if (d < 65 || d > 90) return 'C';
	}
	return word.length > 1 ? 'A' : 'C';
}

/**
 * Validates the JSON written by geodata/scripts/build-gazetteer.mjs and builds the lookup maps.
 * Throws an Error naming the first problem found.
 */
export function parseGazetteer(json: unknown): Gazetteer {
	if (!json || typeof json !== 'object' || Array.isArray(json)) fail('expected an object');
	const data = json as Record<string, unknown>;
	if (data.format !== 'geobrief-gazetteer/1') fail(`unknown format ${String(data.format)}`);

	const entries: GazetteerEntry[] = [];
	const aliases = new Map<string, Alias[]>();
	const longestFrom = new Map<string, number>();
	const countryByIso2 = new Map<string, number>();

	// Identical word patterns are shared: most of the 300,000 spellings have one of a few shapes.
	const patterns = new Map<string, AliasWord[]>();
	const patternOf = (shape: string) => {
		let pattern = patterns.get(shape);
		if (!pattern) {
			pattern = [...shape].map((c) => ({ capitalised: c !== 'l', allCaps: c === 'A' }));
			patterns.set(shape, pattern);
		}
		return pattern;
	};
	const addAlias = (spelling: string, entry: number, main = true, qualifierOnly = false) => {
		let key: string;
		let first: string;
		let length: number;
		let shape: string;
		// Plain ASCII names (most of them) skip the tokenizer: their key is their lower case.
		if (SIMPLE_NAME.test(spelling)) {
			key = spelling.toLowerCase();
			const space = spelling.indexOf(' ');
			if (space < 0) {
				first = key;
				length = 1;
				shape = wordShape(spelling);
			} else {
				const words = spelling.split(' ');
				first = key.slice(0, space);
				length = words.length;
				shape = words.map(wordShape).join('');
			}
		} else {
			const words = tokenize(spelling);
			if (words.length === 0) return;
			key = words.map((w) => w.key).join(' ');
			first = words[0].key;
			length = words.length;
			shape = words.map((w) => (w.allCaps ? 'A' : w.capitalised ? 'C' : 'l')).join('');
		}
		const pattern = patternOf(shape);
		const alias: Alias = qualifierOnly
			? { entry, pattern, main, qualifierOnly }
			: { entry, pattern, main };
		const list = aliases.get(key);
		if (list) {
			const same = list.find((a) => a.entry === entry && !a.qualifierOnly === !alias.qualifierOnly);
			if (!same) list.push(alias);
			else same.main ||= main;
		} else aliases.set(key, [alias]);
		// One-word keys are left out: they are most keys, and the alias map answers for them.
		if (length > 1 && (longestFrom.get(first) ?? 0) < length) longestFrom.set(first, length);
	};

	for (const row of rowsOf(data, 'countries')) {
		const iso2 = str(row, 0, 'country');
		const name = str(row, 1, `country ${iso2}`);
		const index = entries.length;
		entries.push({
			name,
			lat: num(row, 2, name),
			lon: num(row, 3, name),
			kind: 'country',
			countryIso2: iso2,
			...(typeof row[5] === 'number' ? { geonameid: row[5] } : {}),
			population: 0,
			featureCode: 'PCLI',
			prior: COUNTRY_PRIOR,
			source: 'country'
		});
		countryByIso2.set(iso2, index);
		addAlias(name, index);
		for (const alias of (row[4] as string[]) ?? []) addAlias(alias, index);
	}

	for (const row of rowsOf(data, 'features')) {
		const name = str(row, 0, 'feature');
		const kind = str(row, 1, name) as PlaceKind;
		if (!SUPPLEMENT_KINDS.has(kind)) fail(`feature ${name}: unknown kind ${kind}`);
		const index = entries.length;
		const code = typeof row[7] === 'string' ? row[7] : kind;
		entries.push({
			name,
			lat: num(row, 2, name),
			lon: num(row, 3, name),
			kind,
			countryIso2: typeof row[4] === 'string' ? row[4] : null,
			...(typeof row[6] === 'number' ? { geonameid: row[6] } : {}),
			population: 0,
			featureCode: code,
			prior: FEATURE_PRIORS[code] ?? CURATED_PRIOR,
			source: 'supplement',
			...(typeof row[9] === 'string' ? { admin1: row[9] } : {})
		});
		addAlias(name.replace(/ \(.*\)$/, ''), index);
		for (const alias of (row[5] as string[]) ?? []) addAlias(alias, index);
		for (const abbreviation of (row[8] as string[]) ?? [])
			addAlias(abbreviation, index, true, true);
	}

	for (const row of rowsOf(data, 'cities')) {
		const name = str(row, 0, 'city');
		const population = num(row, 5, name);
		const featureCode = str(row, 3, name);
		const index = entries.length;
		entries.push({
			name,
			lat: num(row, 1, name),
			lon: num(row, 2, name),
			kind: 'city',
			countryIso2: str(row, 4, name),
			geonameid: num(row, 6, name),
			population,
			featureCode,
			prior: cityPrior(population, featureCode),
			source: 'geonames',
			...(typeof row[8] === 'string' && row[8] ? { admin1: row[8] } : {})
		});
		addAlias(name, index);
		const alts = str(row, 7, name);
		if (alts) for (const alt of alts.split('|')) addAlias(alt, index, false);
	}

	const borders = rowsOf(data, 'borders').map((row) => ({
		a: str(row, 0, 'border'),
		b: str(row, 1, 'border'),
		lat: num(row, 2, 'border'),
		lon: num(row, 3, 'border')
	}));
	const words = data.nonPlaceWords;
	if (!Array.isArray(words)) fail('"nonPlaceWords" must be an array');
	const demonyms = data.demonyms;
	if (!demonyms || typeof demonyms !== 'object') fail('"demonyms" must be an object');
	const eventAnchors = new Map<string, string>();
	for (const row of rowsOf(data, 'eventAnchors')) {
		const day = str(row, 1, 'event anchor');
		if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) fail(`event anchor ${String(row[0])}: bad day ${day}`);
		for (const name of [str(row, 0, 'event anchor'), ...((row[2] as string[]) ?? [])])
			eventAnchors.set(name, day);
	}
	const sources = Array.isArray(data.sources) ? (data.sources as { attribution?: string }[]) : [];

	return {
		entries,
		aliases,
		longestFrom,
		countryByIso2,
		borders,
		nonPlaceWords: new Set(words.map((w) => nameKey(String(w)))),
		firstNames: new Set(
			Array.isArray(data.firstNames) ? data.firstNames.map((w) => nameKey(String(w))) : []
		),
		demonyms: new Map(
			Object.entries(demonyms as Record<string, string>).map(([d, iso]) => [nameKey(d), iso])
		),
		eventAnchors,
		attribution: sources.map((s) => s.attribution ?? '').filter(Boolean)
	};
}
