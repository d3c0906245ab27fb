// Helpers shared by the build-basemap-*.mjs scripts: paths, deterministic JSON output,
// coordinate rounding and the provenance block every artifact carries.
// Never imported by src/ (build scripts stay out of the app bundle).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILD_DIR = join(ROOT, 'geodata', 'build');

/** Map extent the app is designed around (lon/lat degrees): [west, south, east, north]. */
export const MAP_EXTENT = [10, 40, 50, 62];

/** Official length of the Belarus–Ukraine state border, km (both governments' figure). */
export const OFFICIAL_BORDER_KM = 1084;

export function readJson(path) {
	return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

/** Version of an installed source package, so each artifact names exactly what it was built from. */
export function packageVersion(name) {
	return readJson(join('node_modules', name, 'package.json')).version;
}

/**
 * Writes compact JSON (one feature per line for FeatureCollections, so git diffs stay readable)
 * and returns its size in bytes. Key order comes from the objects themselves, so output is
 * byte-for-byte deterministic for the same input.
 */
export function writeJson(fileName, value) {
	mkdirSync(BUILD_DIR, { recursive: true });
	let text;
	if (value && value.type === 'FeatureCollection') {
		const { features, ...rest } = value;
		const head = JSON.stringify({ ...rest, features: [] }).slice(0, -2);
		text = `${head}\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
	} else {
		text = `${JSON.stringify(value)}\n`;
	}
	const path = join(BUILD_DIR, fileName);
	writeFileSync(path, text);
	console.log(`  wrote ${relative(ROOT, path)} (${(text.length / 1024).toFixed(1)} KB)`);
	return text.length;
}

/** Rounds a number to `decimals` places and turns -0 into 0 so output is stable. */
export function round(x, decimals) {
	const f = 10 ** decimals;
	const r = Math.round(x * f) / f;
	return r === 0 ? 0 : r;
}

/** Rounds every position of a GeoJSON geometry (returns a new geometry). */
export function roundGeometry(geometry, decimals) {
	const walk = (c) =>
		typeof c[0] === 'number' ? c.map((x) => round(x, decimals)) : c.map((x) => walk(x));
	return { type: geometry.type, coordinates: walk(geometry.coordinates) };
}

/** Drops consecutive duplicate positions (rounding can create them). */
export function dedupePositions(line) {
	return line.filter((p, i) => i === 0 || p[0] !== line[i - 1][0] || p[1] !== line[i - 1][1]);
}

/**
 * Data sources of the basemap artifacts. `text` is what the app's attribution control shows
 * (attribution.json is built from these); `licence_url` is the licence itself.
 */
export const SOURCES = {
	naturalEarth: {
		id: 'natural-earth',
		text: 'Made with Natural Earth',
		licence: 'Public domain',
		licence_url: 'https://www.naturalearthdata.com/about/terms-of-use/',
		url: 'https://www.naturalearthdata.com/'
	},
	osm: {
		id: 'openstreetmap',
		text: '© OpenStreetMap contributors',
		licence: 'ODbL 1.0',
		licence_url: 'https://opendatacommons.org/licenses/odbl/1-0/',
		url: 'https://www.openstreetmap.org/copyright'
	},
	geonames: {
		id: 'geonames',
		text: 'GeoNames (CC BY 4.0)',
		licence: 'CC BY 4.0',
		licence_url: 'https://creativecommons.org/licenses/by/4.0/',
		url: 'https://www.geonames.org/'
	},
	// The gazetteer's first-level divisions (build-gazetteer.mjs) place events on the map.
	countriesStatesCities: {
		id: 'countries-states-cities',
		text: 'countries-states-cities-database (ODbL 1.0)',
		licence: 'ODbL 1.0',
		licence_url: 'https://opendatacommons.org/licenses/odbl/1-0/',
		url: 'https://github.com/dr5hn/countries-states-cities-database'
	}
};

/**
 * Provenance block stored in each artifact: the generating script (relative to the repo root),
 * the source dataset and version, its licence and the attribution it requires.
 */
export function provenance(scriptUrl, source, { source: sourceName, ...extra }) {
	return {
		generator: relative(ROOT, fileURLToPath(scriptUrl)),
		regenerate: 'npm run geodata',
		source: sourceName,
		licence: source.licence,
		licence_url: source.licence_url,
		attribution: source.text,
		attribution_url: source.url,
		...extra
	};
}
