import type { PlaceKind } from './types';
import { tokenize } from './tokens';
import { openGazetteer, type Gazetteer } from './gazetteer';
import {
	ALIAS_MAIN,
	ALIAS_QUALIFIER_ONLY,
	COORDINATE_SCALE,
	packGazetteerFile,
	type Column,
	type CompiledHeader
} from './gazetteerFile';

type Row = unknown[];

function fail(message: string): never {
	throw new Error(`compileGazetteer: ${message}`);
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
/** A spelling's key ("new york"), first word and word shapes ("CC"); null for no words. */
function keyOf(spelling: string): { key: string; first: string; shape: string } | null {
	const words = tokenize(spelling);
	if (words.length === 0) return null;
	return {
		key: words.map((w) => w.key).join(' '),
		first: words[0].key,
		shape: words.map((w) => (w.allCaps ? 'A' : w.capitalised ? 'C' : 'l')).join('')
	};
}

/** What a column of codes holds: each distinct value once, in order of first use. */
class CodeTable {
	readonly values: string[] = [];
	#index = new Map<string, number>();
	code(value: string): number {
		let code = this.#index.get(value);
		if (code === undefined) {
			code = this.values.length;
			this.values.push(value);
			this.#index.set(value, code);
		}
		return code;
	}
}

interface AliasRow {
	entry: number;
	shape: number;
	flags: number;
}

/**
 * Validates the JSON written by geodata/scripts/build-gazetteer.mjs and compiles it into the file
 * openGazetteer reads: places as columns, every spelling keyed as the extractor's tokenizer keys
 * text and listed under its key. Throws an Error naming the first problem found.
 */
export function compileGazetteer(json: unknown): Uint8Array {
	if (!json || typeof json !== 'object' || Array.isArray(json)) fail('expected an object');
	const data = json as Record<string, unknown>;
	if (data.format !== 'geobrief-gazetteer/1') fail(`unknown format ${String(data.format)}`);

	const countryRows = rowsOf(data, 'countries');
	const featureRows = rowsOf(data, 'features');
	const cityRows = rowsOf(data, 'cities');
	const count = countryRows.length + featureRows.length + cityRows.length;
	const lat = new Int32Array(count);
	const lon = new Int32Array(count);
	const population = new Uint32Array(count);
	const geonameid = new Int32Array(count);
	const kind = new Uint8Array(count);
	const featureCode = new Uint16Array(count);
	const country = new Uint16Array(count);
	const admin1 = new Uint16Array(count);
	const names: string[] = [];
	const kinds = new CodeTable();
	const featureCodes = new CodeTable();
	// Code 0 of these two is "none".
	const countries = new CodeTable();
	countries.code('');
	const admin1s = new CodeTable();
	admin1s.code('');

	const keys = new CodeTable();
	const aliasLists: AliasRow[][] = [];
	const longest: number[] = [];
	const shapes = new CodeTable();
	const keyNumber = (key: string) => {
		const k = keys.code(key);
		aliasLists[k] ??= [];
		longest[k] ??= 0;
		return k;
	};
	const addAlias = (spelling: string, entry: number, main = true, qualifierOnly = false) => {
		const keyed = keyOf(spelling);
		if (!keyed) return;
		const list = aliasLists[keyNumber(keyed.key)];
		const same = list.find(
			(a) => a.entry === entry && !(a.flags & ALIAS_QUALIFIER_ONLY) === !qualifierOnly
		);
		if (same) same.flags |= main ? ALIAS_MAIN : 0;
		else
			list.push({
				entry,
				shape: shapes.code(keyed.shape),
				flags: (main ? ALIAS_MAIN : 0) | (qualifierOnly ? ALIAS_QUALIFIER_ONLY : 0)
			});
		// The first word of a longer name is a key too, saying how many words to look ahead.
		const words = keyed.shape.length;
		if (words > 1) {
			const first = keyNumber(keyed.first);
			longest[first] = Math.max(longest[first], words);
		}
	};
	const addEntry = (
		name: string,
		place: { lat: number; lon: number; kind: string; code: string; iso2: string | null },
		more: { population?: number; geonameid?: unknown; admin1?: unknown } = {}
	) => {
		// Names are stored one per line.
		if (name.includes('\n')) fail(`${JSON.stringify(name)}: a name has no line breaks`);
		const i = names.length;
		names.push(name);
		lat[i] = Math.round(place.lat * COORDINATE_SCALE);
		lon[i] = Math.round(place.lon * COORDINATE_SCALE);
		kind[i] = kinds.code(place.kind);
		featureCode[i] = featureCodes.code(place.code);
		country[i] = place.iso2 === null ? 0 : countries.code(place.iso2);
		population[i] = Math.max(0, Math.round(more.population ?? 0));
		if (typeof more.geonameid === 'number') geonameid[i] = more.geonameid;
		if (typeof more.admin1 === 'string' && more.admin1) admin1[i] = admin1s.code(more.admin1);
		return i;
	};

	for (const row of countryRows) {
		const iso2 = str(row, 0, 'country');
		const name = str(row, 1, `country ${iso2}`);
		const index = addEntry(
			name,
			{ lat: num(row, 2, name), lon: num(row, 3, name), kind: 'country', code: 'PCLI', iso2 },
			{ geonameid: row[5] }
		);
		addAlias(name, index);
		for (const alias of (row[4] as string[]) ?? []) addAlias(alias, index);
	}

	for (const row of featureRows) {
		const name = str(row, 0, 'feature');
		const featureKind = str(row, 1, name) as PlaceKind;
		if (!SUPPLEMENT_KINDS.has(featureKind)) fail(`feature ${name}: unknown kind ${featureKind}`);
		const index = addEntry(
			name,
			{
				lat: num(row, 2, name),
				lon: num(row, 3, name),
				kind: featureKind,
				code: typeof row[7] === 'string' ? row[7] : featureKind,
				iso2: typeof row[4] === 'string' ? row[4] : null
			},
			{ geonameid: row[6], admin1: row[9] }
		);
		addAlias(name.replace(/ \(.*\)$/, ''), index);
		for (const alias of (row[5] as string[]) ?? []) addAlias(alias, index);
		for (const abbreviation of (row[8] as string[]) ?? [])
			addAlias(abbreviation, index, true, true);
	}

	for (const row of cityRows) {
		const name = str(row, 0, 'city');
		const index = addEntry(
			name,
			{
				lat: num(row, 1, name),
				lon: num(row, 2, name),
				kind: 'city',
				code: str(row, 3, name),
				iso2: str(row, 4, name)
			},
			{ population: num(row, 5, name), geonameid: num(row, 6, name), admin1: row[8] }
		);
		addAlias(name, index);
		const alts = str(row, 7, name);
		if (alts) for (const alt of alts.split('|')) addAlias(alt, index, false);
	}

	const borders = rowsOf(data, 'borders').map((row): CompiledHeader['borders'][number] => [
		str(row, 0, 'border'),
		str(row, 1, 'border'),
		num(row, 2, 'border'),
		num(row, 3, 'border')
	]);
	const nonPlaceWords = data.nonPlaceWords;
	if (!Array.isArray(nonPlaceWords)) fail('"nonPlaceWords" must be an array');
	const demonyms = data.demonyms;
	if (!demonyms || typeof demonyms !== 'object') fail('"demonyms" must be an object');
	const eventAnchors = rowsOf(data, 'eventAnchors').map((row): [string, string, string[]] => {
		const name = str(row, 0, 'event anchor');
		const day = str(row, 1, 'event anchor');
		if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) fail(`event anchor ${name}: bad day ${day}`);
		return [name, day, ((row[2] as unknown[]) ?? []).map(String)];
	});
	const sources = Array.isArray(data.sources) ? (data.sources as { attribution?: string }[]) : [];

	// The columns' types bound what they can count.
	const crowded = aliasLists.findIndex((list) => list.length > 255);
	if (crowded >= 0) fail(`"${keys.values[crowded]}" has more than 255 spellings`);
	if (longest.some((words) => words > 255)) fail('a name has more than 255 words');
	for (const [what, table] of Object.entries({ featureCodes, countries, admin1s, shapes }))
		if (table.values.length > 65_536) fail(`more than 65,536 ${what}`);
	const aliasCount = Uint8Array.from(aliasLists, (list) => list.length);
	const aliases = aliasLists.flat();
	const aliasEntry = Int32Array.from(aliases, (alias) => alias.entry);
	const aliasShape = Uint16Array.from(aliases, (alias) => alias.shape);
	const aliasFlags = Uint8Array.from(aliases, (alias) => alias.flags);

	const text = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
	const columns: Record<string, Column> = {
		names: text(names),
		lat,
		lon,
		population,
		geonameid,
		kind,
		featureCode,
		country,
		admin1,
		keys: text(keys.values),
		keyLongest: Uint8Array.from(longest),
		aliasCount,
		aliasEntry,
		aliasShape,
		aliasFlags
	};
	const header: CompiledHeader = {
		counts: {
			countries: countryRows.length,
			features: featureRows.length,
			cities: cityRows.length
		},
		kinds: kinds.values as PlaceKind[],
		featureCodes: featureCodes.values,
		countries: countries.values,
		admin1: admin1s.values,
		shapes: shapes.values,
		borders,
		nonPlaceWords: nonPlaceWords.map(String),
		firstNames: Array.isArray(data.firstNames) ? data.firstNames.map(String) : [],
		demonyms: demonyms as Record<string, string>,
		eventAnchors,
		attribution: sources.map((s) => s.attribution ?? '').filter(Boolean)
	};
	return packGazetteerFile(header, columns, ['lat', 'lon', 'geonameid', 'aliasEntry']);
}

/** The gazetteer of the JSON written by geodata/scripts/build-gazetteer.mjs (for tests and tools). */
export function parseGazetteer(json: unknown): Gazetteer {
	return openGazetteer(compileGazetteer(json));
}
