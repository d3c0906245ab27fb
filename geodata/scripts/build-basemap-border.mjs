// Builds geodata/build/border.geojson and border-simplified.geojson: the Belarus–Ukraine state
// border, taken from the OSM-derived @geo-maps/countries-land-1km outlines.
//
// The two countries' polygons in that file do not share vertices, so topojson's mesh cannot find
// the border. Instead: walk Belarus's outer ring and keep every segment whose two ends lie within
// MATCH_KM of Ukraine's outline; bridge short gaps, drop short spurs, and orient the result
// west → east (Poland tripoint → Russia tripoint). Natural Earth's shared border is far too
// generalised for distances (861 km at 1:10m against the official 1,084 km).
import { length as turfLength, simplify as turfSimplify } from '@turf/turf';
import {
	OFFICIAL_BORDER_KM,
	SOURCES,
	dedupePositions,
	packageVersion,
	provenance,
	readJson,
	roundGeometry,
	writeJson
} from './basemap-common.mjs';

const SOURCE_FILE = 'node_modules/@geo-maps/countries-land-1km/map.geo.json';
/** A Belarusian outline vertex within this distance of Ukraine's outline is on the border. */
const MATCH_KM = 2;
/** Runs of border separated by less than this (along Belarus's outline) are joined. */
const MAX_GAP_KM = 5;
/** Pieces shorter than this after joining are spurs (tripoint corners, islands) and dropped. */
const MIN_PIECE_KM = 10;
/** Target vertex count of the simplified line used for buffers. */
const SIMPLIFIED_TARGET_VERTICES = 200;
const DECIMALS = 5; // ≈ 1 m

const KM_PER_DEG = 111.195; // mean Earth radius 6371.0088 km, as Turf uses

/** Distance in km from point p to segment ab, on a local equirectangular plane around p. */
function pointSegmentKm(p, a, b) {
	const k = Math.cos((p[1] * Math.PI) / 180);
	const ax = (a[0] - p[0]) * k * KM_PER_DEG;
	const ay = (a[1] - p[1]) * KM_PER_DEG;
	const bx = (b[0] - p[0]) * k * KM_PER_DEG;
	const by = (b[1] - p[1]) * KM_PER_DEG;
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
	return Math.hypot(ax + t * dx, ay + t * dy);
}

function segmentKm(a, b) {
	return pointSegmentKm(a, b, b);
}

function exteriorRings(geometry) {
	if (geometry.type === 'Polygon') return [geometry.coordinates[0]];
	return geometry.coordinates.map((polygon) => polygon[0]);
}

function largestRing(rings) {
	return rings.reduce((best, r) => (r.length > best.length ? r : best));
}

function borderPieces(belarusRing, ukraineRings) {
	const [w, s, e, n] = [
		Math.min(...belarusRing.map((p) => p[0])) - 0.1,
		Math.min(...belarusRing.map((p) => p[1])) - 0.1,
		Math.max(...belarusRing.map((p) => p[0])) + 0.1,
		Math.max(...belarusRing.map((p) => p[1])) + 0.1
	];
	const near = ([x, y]) => x >= w && x <= e && y >= s && y <= n;
	const segments = [];
	for (const ring of ukraineRings) {
		for (let i = 1; i < ring.length; i++) {
			if (near(ring[i - 1]) || near(ring[i])) segments.push([ring[i - 1], ring[i]]);
		}
	}

	// The ring is closed (first = last); work on the open list of distinct vertices.
	const ring = belarusRing.slice(0, -1);
	const onBorder = ring.map((p) => segments.some(([a, b]) => pointSegmentKm(p, a, b) <= MATCH_KM));
	const start = onBorder.indexOf(false);
	if (start < 0) throw new Error('Every Belarusian vertex is near Ukraine: wrong input?');

	// Walk once around the ring from a vertex off the border, collecting runs of border vertices
	// and the outline distance of the gap before each run.
	const runs = [];
	let current = null;
	let gapKm = 0;
	for (let k = 0; k <= ring.length; k++) {
		const i = (start + k) % ring.length;
		const prev = ring[(i - 1 + ring.length) % ring.length];
		if (onBorder[i] && k < ring.length) {
			if (!current) {
				current = { gapBeforeKm: gapKm, coords: [] };
				runs.push(current);
			}
			current.coords.push(ring[i]);
			gapKm = 0;
		} else {
			if (current) gapKm = 0;
			current = null;
			gapKm += segmentKm(prev, ring[i]);
		}
	}

	// Bridge short gaps by following Belarus's outline through them.
	const joined = [];
	for (const run of runs) {
		const last = joined.at(-1);
		if (last && run.gapBeforeKm <= MAX_GAP_KM) {
			const from = ring.indexOf(last.at(-1));
			const to = ring.indexOf(run.coords[0]);
			for (let i = from + 1; i !== to; i = (i + 1) % ring.length) last.push(ring[i]);
			last.push(...run.coords);
		} else {
			joined.push([...run.coords]);
		}
	}
	return joined.filter(
		(line) =>
			line.length > 1 && turfLength(lineFeature(line), { units: 'kilometers' }) >= MIN_PIECE_KM
	);
}

function lineFeature(coords) {
	return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } };
}

function geometryOf(pieces) {
	const lines = pieces
		.map((line) => (line[0][0] > line.at(-1)[0] ? [...line].reverse() : line))
		.sort((a, b) => a[0][0] - b[0][0]);
	const geometry =
		lines.length === 1
			? { type: 'LineString', coordinates: lines[0] }
			: { type: 'MultiLineString', coordinates: lines };
	const rounded = roundGeometry(geometry, DECIMALS);
	if (rounded.type === 'LineString') rounded.coordinates = dedupePositions(rounded.coordinates);
	else rounded.coordinates = rounded.coordinates.map(dedupePositions);
	return rounded;
}

function vertexCount(geometry) {
	return geometry.type === 'LineString'
		? geometry.coordinates.length
		: geometry.coordinates.reduce((sum, line) => sum + line.length, 0);
}

/** Douglas–Peucker tolerance (degrees) found by bisection so the line has about `target` vertices. */
function simplifyToVertexCount(feature, target) {
	let lo = 0;
	let hi = 0.1;
	let best = feature;
	for (let i = 0; i < 40; i++) {
		const mid = (lo + hi) / 2;
		const candidate = turfSimplify(feature, { tolerance: mid, highQuality: true });
		if (vertexCount(candidate.geometry) > target) lo = mid;
		else {
			hi = mid;
			best = candidate;
		}
	}
	return { feature: best, tolerance: hi };
}

function build() {
	const world = readJson(SOURCE_FILE);
	const byA3 = (a3) => world.features.find((f) => f.properties.A3 === a3);
	const belarus = byA3('BLR');
	const ukraine = byA3('UKR');
	if (!belarus || !ukraine) throw new Error(`BLR or UKR missing from ${SOURCE_FILE}`);

	const pieces = borderPieces(
		largestRing(exteriorRings(belarus.geometry)),
		exteriorRings(ukraine.geometry)
	);
	const geometry = geometryOf(pieces);
	const full = { type: 'Feature', properties: {}, geometry };
	const lengthKm = Math.round(turfLength(full, { units: 'kilometers' }) * 10) / 10;

	const source = `OpenStreetMap country outlines via @geo-maps/countries-land-1km@${packageVersion('@geo-maps/countries-land-1km')} (map.geo.json, 1 km resolution)`;
	const method =
		`Belarus outer-ring segments whose two ends lie within ${MATCH_KM} km of Ukraine's outline; ` +
		`gaps under ${MAX_GAP_KM} km bridged along Belarus's outline, pieces under ${MIN_PIECE_KM} km dropped; ` +
		`oriented west to east; coordinates rounded to ${DECIMALS} decimals.`;
	const common = {
		name: 'Belarus–Ukraine border',
		countries: ['BY', 'UA'],
		official_length_km: OFFICIAL_BORDER_KM,
		source,
		licence: SOURCES.osm.licence,
		attribution: SOURCES.osm.text
	};
	full.properties = {
		...common,
		length_km: lengthKm,
		vertices: vertexCount(geometry),
		method
	};

	const { feature: simple, tolerance } = simplifyToVertexCount(full, SIMPLIFIED_TARGET_VERTICES);
	const simpleLengthKm = Math.round(turfLength(simple, { units: 'kilometers' }) * 10) / 10;
	const simplified = {
		type: 'Feature',
		properties: {
			...common,
			length_km: simpleLengthKm,
			vertices: vertexCount(simple.geometry),
			method:
				`border.geojson simplified with Douglas–Peucker (turf.simplify, highQuality, tolerance ${tolerance.toFixed(5)}°) ` +
				`to about ${SIMPLIFIED_TARGET_VERTICES} vertices, for fast buffers; ${method}`
		},
		geometry: simple.geometry
	};

	console.log(
		`  border ${lengthKm} km (${full.properties.vertices} vertices, ${pieces.length} piece(s));`
	);
	console.log(`  simplified ${simpleLengthKm} km (${simplified.properties.vertices} vertices)`);
	const collection = (feature) => ({
		type: 'FeatureCollection',
		metadata: provenance(import.meta.url, SOURCES.osm, {
			source,
			method: feature.properties.method
		}),
		features: [feature]
	});
	writeJson('border.geojson', collection(full));
	writeJson('border-simplified.geojson', collection(simplified));
}

console.log('build-basemap-border');
build();
