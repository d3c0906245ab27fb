// Reads Natural Earth 1:10m layers and country-state-city's first-level divisions into gazetteer
// feature rows [name, kind, lat, lon, iso2, aliases, geonameid, featureCode] for build-gazetteer.mjs.
// Natural Earth is public domain; its gzipped GeoJSON is read at build time from ../shared
// (NATURAL_EARTH_DIR overrides), never at run time: the built gazetteer is committed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { foldName } from './gazetteer-division-extents.mjs';

const require = createRequire(import.meta.url);
const round = (x) => Math.round(x * 1e4) / 1e4;
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’‘ʻ.&-]*$/u;
const SMALL_WORDS = new Set([
	'of',
	'the',
	'and',
	'de',
	'del',
	'la',
	'le',
	'du',
	'des',
	'di',
	'da',
	'dos',
	'das'
]);

/** country-state-city's states and their towns ([name, iso2, stateCode, lat, lon] rows). */
export const cscStates = () => require('country-state-city/lib/assets/state.json');
export const cscTowns = () => require('country-state-city/lib/assets/city.json');

export function naturalEarthDir(geodata) {
	return (
		process.env.NATURAL_EARTH_DIR ?? path.resolve(geodata, '../../shared/geodata/natural-earth')
	);
}

function layer(dir, name) {
	const file = path.join(dir, `${name}.geojson.gz`);
	return JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')).features;
}

/** "GULF OF ADEN" -> "Gulf of Aden"; names already in mixed case are kept. */
function titleCase(name) {
	if (name !== name.toUpperCase()) return name.replace(/\s+/g, ' ').trim();
	return name
		.toLowerCase()
		.split(/\s+/)
		.map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
		.join(' ');
}

/** A representative point: the middle vertex of the longest line, or the mean of the largest ring. */
function pointOf(geometry) {
	const t = geometry.type;
	if (t === 'Point') return [geometry.coordinates[1], geometry.coordinates[0]];
	const parts =
		t === 'LineString'
			? [geometry.coordinates]
			: t === 'MultiLineString'
				? geometry.coordinates
				: t === 'Polygon'
					? [geometry.coordinates[0]]
					: t === 'MultiPolygon'
						? geometry.coordinates.map((p) => p[0])
						: [];
	const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), []);
	if (!longest.length) return null;
	if (t.includes('Line')) {
		const [lon, lat] = longest[Math.floor(longest.length / 2)];
		return [lat, lon];
	}
	let lat = 0;
	let lon = 0;
	for (const [x, y] of longest) {
		lon += x;
		lat += y;
	}
	return [lat / longest.length, lon / longest.length];
}

function row(name, kind, point, iso2, aliases, featureCode) {
	return [name, kind, round(point[0]), round(point[1]), iso2, aliases, null, featureCode];
}

/**
 * First-level divisions: country-state-city's states and Natural Earth's admin-1 label points for
 * the divisions it lacks. A state's point is the centre of `geonamesDivision(iso2, stateCode)`
 * where known (see gazetteer-division-extents.mjs), whose GeoNames admin1 code it also keeps, else its own, if inside the country (`countryAt([lat, lon])` is the country's code). `skip(name)` drops names that are ordinary words;
 * `isTown(name)` keeps "Kidal" the town's when the division is "Kidal Region".
 */
export function adminDivisions(dir, skip, isTown, geonamesDivision, countryAt) {
	const rows = new Map();
	const key = (iso2, name) => `${iso2}|${foldName(name)}`;
	const add = (iso2, name, lat, lon, admin1 = null) => {
		const clean = name.replace(/\s+/g, ' ').trim();
		if (!LATIN.test(clean) || GENERIC_DIVISION.test(clean) || skip(clean)) return;
		if (rows.has(key(iso2, clean))) return;
		// "Awdal Region", "Fars Province": also known without the word for a division.
		const bare = clean.replace(DIVISION_WORD, '');
		const aliases =
			bare !== clean && !GENERIC_DIVISION.test(bare) && !skip(bare) && !isTown(bare) ? [bare] : [];
		const division = row(clean, 'region', [lat, lon], iso2, aliases, 'ADM1');
		division[9] = admin1;
		rows.set(key(iso2, clean), division);
	};
	const labels = new Map();
	for (const f of layer(dir, 'ne_10m_admin_1_label_points')) {
		const p = f.properties;
		if (!p.name || !p.iso_a2 || p.iso_a2 === '-99') continue;
		const k = key(p.iso_a2, p.name);
		if (!labels.has(k)) labels.set(k, []);
		labels.get(k).push([f.geometry.coordinates[1], f.geometry.coordinates[0]]);
	}
	for (const s of cscStates()) {
		if (s.latitude === null || s.longitude === null) continue;
		const geonames = geonamesDivision(s.countryCode, s.isoCode);
		const own = [geonames?.centre, [+s.latitude, +s.longitude]].filter((p) => p !== undefined);
		// Some of its points are far outside the division (swapped or mistyped: Panjshir in the
		// Pacific): the first point inside the country wins, then Natural Earth's label point, which
		// lies inside the division's outline. A division left with a point in another country is
		// dropped; one outside every outline (an overseas territory) keeps its own.
		const ne = labels.get(key(s.countryCode, s.name)) ?? [];
		const inside = (p) => countryAt(p) === s.countryCode;
		const point =
			own.find(inside) ?? ne.find(inside) ?? (countryAt(own[0]) === undefined ? own[0] : null);
		if (!point) continue;
		const far =
			ne.length && Math.min(...ne.map((q) => roughKm(q, point))) > MAX_SOURCE_DISAGREEMENT_KM;
		add(s.countryCode, s.name, ...(far ? ne[0] : point), geonames?.code);
	}
	for (const f of layer(dir, 'ne_10m_admin_1_label_points')) {
		const p = f.properties;
		if (!p.name || !p.iso_a2 || p.iso_a2 === '-99') continue;
		add(p.iso_a2, p.name, f.geometry.coordinates[1], f.geometry.coordinates[0]);
	}
	return [...rows.values()];
}

/** Division names made only of directions and generic words ("North West", "Far North", "Central"). */
const GENERIC_DIVISION =
	/^(?:(?:far|north|south|east|west|northern|southern|eastern|western|central|centre|center|upper|lower|middle|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|capital|coast|coastal|lakes|islands|interior|mountain|highlands|plains|valley|border)\s*)+(?:region|province|district|division|area|zone|state|department)?$/i;
const MAX_SOURCE_DISAGREEMENT_KM = 500;
export const DIVISION_WORD =
	/ (?:Region|Province|Governorate|Oblast|District|Prefecture|State|Department|County|Municipality)$/;

const COMPASS_PREFIX =
	/^(?:North|South|East|West|Central|Upper|Lower|Northern|Southern|Eastern|Western|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest) (.+)$/;

/**
 * Regions made of first-level divisions named after them ("North Darfur", "South Darfur"...):
 * "Darfur", "Kordofan", "Flanders", "Khorasan", at the mean of the divisions' points, when two or
 * more divisions of one country share the name and it is no ordinary word (`isWord`), no town
 * (`isTown`) and no generic division name. Rows as `row`, feature code RGN.
 */
export function divisionGroups(divisions, isWord, isTown) {
	const groups = new Map();
	for (const d of divisions) {
		const base = COMPASS_PREFIX.exec(d[0])?.[1].replace(DIVISION_WORD, '');
		if (!base || GENERIC_DIVISION.test(base) || DIVISION_WORD.test(` ${base}`)) continue;
		if (/ Division$/.test(base) || isWord(base) || isTown(base)) continue;
		if (!/^\p{Lu}[\p{L}\p{M}’'-]*(?: (?:el |al |de )?\p{Lu}[\p{L}\p{M}’'-]*)?$/u.test(base))
			continue;
		const key = `${d[4]}|${base}`;
		if (!groups.has(key)) groups.set(key, { base, iso2: d[4], points: [] });
		groups.get(key).points.push([d[2], d[3]]);
	}
	return [...groups.values()]
		.filter((g) => g.points.length >= 2)
		.map(({ base, iso2, points }) => {
			const mean = (i) => points.reduce((sum, p) => sum + p[i], 0) / points.length;
			return row(base, 'region', [mean(0), mean(1)], iso2, [], 'RGN');
		});
}

/** Equirectangular distance in km between [lat, lon] points, enough to tell 50 km from 500. */
function roughKm([lat1, lon1], [lat2, lon2]) {
	const x = (((lon2 - lon1) * Math.PI) / 180) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
	const y = ((lat2 - lat1) * Math.PI) / 180;
	return 6371 * Math.hypot(x, y);
}

/** How far an airport may lie from the town it is named after ("Peace River" the town's airport). */
const AIRPORT_TOWN_KM = 50;

/**
 * Airports. Natural Earth names them "London Heathrow", "Minsk Int'l", "Schiphol": the bare name is
 * kept only when it is not a town's ("Heathrow", "Schiphol"), otherwise "Minsk Airport".
 * `isTown(name)` tells a large town's name, `townsNamed(name)` the [lat, lon] of every town so
 * named (a small one names the airport beside it, not one abroad: Heathrow, Florida), `isCommon(word)`
 * an ordinary word.
 */
export function airports(dir, isTown, townsNamed, isCommon) {
	const out = [];
	for (const f of layer(dir, 'ne_10m_airports')) {
		const raw = f.properties.name;
		if (!raw || f.properties.type === 'military') continue;
		const base = raw.replace(/\s+(?:Int'l|Intl\.?|International|Airport|Muni\.?)$/i, '').trim();
		if (!LATIN.test(base) || base.length < 4) continue;
		const point = pointOf(f.geometry);
		const namesTown = (name) =>
			isTown(name) || townsNamed(name).some((town) => roughKm(town, point) <= AIRPORT_TOWN_KM);
		const words = base.split(/[\s-]+/);
		// "London Heathrow" -> "Heathrow"; but not "Detroit City" -> "City" or "Rostov N." -> "N.".
		const tail = words.slice(1).join(' ');
		const rest =
			words.length === 2 && isTown(words[0]) && /^\p{Lu}\p{Ll}{3,}$/u.test(tail) && !isCommon(tail)
				? tail
				: null;
		const bare = [base, ...(rest ? [rest] : [])].filter((n) => !namesTown(n));
		const forms = [base, ...(rest ? [rest] : [])].flatMap((n) => [
			`${n} Airport`,
			`${n} International Airport`,
			`${n} airport`
		]);
		const name = bare[0] ?? `${base} Airport`;
		const aliases = [...bare, ...forms].filter((a) => a !== name);
		out.push(row(name, 'facility', point, null, aliases, 'AIRP'));
	}
	return out;
}

/**
 * Seas, gulfs, straits, lakes, rivers: names with their usual English variants. `isWord(name)`
 * tells an ordinary English word or given name, which a river is not called by alone
 * ("Justice of the Peace").
 */
export function waterBodies(dir, isWord) {
	const out = [];
	for (const f of layer(dir, 'ne_10m_geography_marine_polys')) {
		if (!f.properties.name) continue;
		const name = titleCase(f.properties.name);
		if (!LATIN.test(name) || !/\s/.test(name)) continue;
		out.push(row(name, 'water', pointOf(f.geometry), null, [`the ${name}`], 'SEA'));
	}
	for (const file of ['ne_10m_lakes', 'ne_10m_lakes_europe']) {
		for (const f of layer(dir, file)) {
			const raw = f.properties.name;
			if (!raw || !LATIN.test(raw)) continue;
			const point = pointOf(f.geometry);
			if (!point) continue;
			const name = /\b(?:Lake|Lago|Lac|Reservoir|Loch|Lough)\b/i.test(raw) ? raw : `Lake ${raw}`;
			out.push(row(name, 'water', point, null, [], 'LK'));
		}
	}
	const seen = new Set();
	for (const file of ['ne_10m_rivers_lake_centerlines', 'ne_10m_rivers_europe']) {
		for (const f of layer(dir, file)) {
			const p = f.properties;
			if (!p.name || !LATIN.test(p.name) || p.featurecla !== 'River' || seen.has(p.name)) continue;
			seen.add(p.name);
			const point = pointOf(f.geometry);
			if (!point) continue;
			const base = p.name.replace(/\s+(?:River|Riv\.)$/, '');
			const aliases = [`${base} River`, `${base} river`, `River ${base}`, `the ${base} River`];
			// Only the large rivers are known by the bare name ("the Dnieper", "the Danube").
			if (p.scalerank <= 4 && !isWord(base)) aliases.push(`the ${base}`);
			out.push(row(`${base} River`, 'water', point, null, aliases, 'STM'));
		}
	}
	return out;
}

/**
 * Named physical regions: deserts, ranges, islands, peninsulas, plains, basins. `isNamed(name)`
 * tells a name a division or a town already has, which an island written with an ʻokina does not
 * take too ("Hawai‘i").
 */
export function physicalRegions(dir, skip, countryAt, isNamed) {
	const out = [];
	for (const f of layer(dir, 'ne_10m_geography_regions_polys')) {
		const p = f.properties;
		if (!p.name || p.featurecla === 'Continent' || p.featurecla === 'Dragons-be-here') continue;
		const name = expandAbbreviations(titleCase(p.name));
		if (!LATIN.test(name) || /\.$|\b\p{L}+\./u.test(name) || skip(name)) continue;
		// "O‘ahu" is keyed as "Oahu" (src/lib/extract/tokens.ts), but "Hawai‘i" is the state's.
		const unmarked = name.replace(/(?<=\p{L})[‘ʻ](?=\p{L})/gu, '');
		if (unmarked !== name && isNamed(unmarked)) continue;
		const point = pointOf(f.geometry);
		if (!point) continue;
		// "the Appalachians", "the Carpathians": a range named after an adjective, by its plural.
		const range = /^(\p{L}+an) Mountains$/u.exec(name);
		const aliases = [`the ${name}`, ...(range ? [`the ${range[1]}s`] : [])];
		// The country its point lies in, so that an article about the country favours it (the
		// island of Trinidad in a story on Trinidad and Tobago, not Trinidad, Bolivia).
		// Islands apart from landforms: a street may be on an island, not in a range or a desert.
		const code = /^Island/.test(p.featurecla) ? 'ISL' : 'PHYS';
		out.push(row(name, 'region', point, countryAt(point) ?? null, aliases, code));
	}
	return out;
}

/** Natural Earth's map abbreviations written out: "Appalachian Mts." -> "Appalachian Mountains". */
const ABBREVIATIONS = [
	[/ I\.$/, ' Island'],
	[/ Is\.$/, ' Islands'],
	[/ Mts\.$/, ' Mountains'],
	[/ Pen\.$/, ' Peninsula'],
	[/ Ra\.$/, ' Range'],
	[/ Plat\.$/, ' Plateau'],
	[/ Arch\.$/, ' Archipelago'],
	[/^Cord\. /, 'Cordillera ']
];

function expandAbbreviations(name) {
	return ABBREVIATIONS.reduce((out, [abbreviation, word]) => out.replace(abbreviation, word), name);
}
