// Builds the basemap's physical and reference layers from Natural Earth 1:10m (public domain),
// each in one file per zoom tier (see TIERS):
//   build/water-z*.geojson     rivers (lines) and lakes (polygons), simplified, worldwide main
//                              ones and every named one in Europe
//   build/reference-z*.geojson label points: seas and straits, physical regions, first-level
//                              divisions of every country, airports
// The Natural Earth layers are not on npm; they are read from $NATURAL_EARTH_DIR (default
// ../shared/geodata/natural-earth) at build time only. The app reads just the derived files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import pointOnFeature from '@turf/point-on-feature';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import {
	ROOT,
	SOURCES,
	dedupePositions,
	provenance,
	readJson,
	round,
	roundGeometry,
	writeJson
} from './basemap-common.mjs';
import { foldName } from './gazetteer-division-extents.mjs';
import { cscStates, DIVISION_WORD } from './gazetteer-natural-earth.mjs';

const SOURCE_DIR =
	process.env.NATURAL_EARTH_DIR ?? join(ROOT, '..', 'shared', 'geodata', 'natural-earth');
/** Every named river and lake inside this box (west, south, east, north); main ones elsewhere. */
const DETAIL_BBOX = [5, 37, 62, 68];
/** Natural Earth scale ranks (0 = most important) kept worldwide. */
const WORLD_RIVER_RANK = 6;
const WORLD_LAKE_RANK = 5;
/** Vertices whose triangle is smaller than this (square degrees) are dropped. */
const DETAIL_WEIGHT = 1e-4;
const WORLD_WEIGHT = 4e-3;
const DETAIL_DECIMALS = 4;
const WORLD_DECIMALS = 2;
const DECIMALS = 4;
/** Below zoom 5 a pixel is ≥ 0.02°: inside the box, vertices are dropped 10× sooner there. */
const LOW_ZOOM_DETAIL_WEIGHT = 1e-3;
const LOW_ZOOM_DETAIL_DECIMALS = 3;
const ALL_RANKS = 10;
/**
 * River names follow a line smoothed more than the one drawn (vertex weight in square degrees, by
 * tier): MapLibre bends a name at most 45° from letter to letter, so along Natural Earth's
 * winding rivers (the Desna, the Pripyat) it found nowhere to put one.
 */
const NAME_LINE_WEIGHT = { 5: 1e-2, 7: 3e-3 };
/** Decimals of the name lines: 0.001° is about 100 m, under a pixel at zoom 10. */
const NAME_LINE_DECIMALS = 3;
/**
 * The map draws a feature from a zoom set by its kind and scale rank (src/lib/map/basemapStyle.ts,
 * referenceLayers.ts), so the files are split by zoom: tier `z<minZoom>` holds every feature the
 * map draws from `minZoom` up to the next tier's, which is what the app loads at those zooms
 * (src/lib/basemap/detailTiers.ts); `maxRank` is the highest rank it keeps of each kind (none of
 * a kind it does not name). tests/unit/geodata-tiers.test.ts checks the tiers against the style.
 */
const TIERS = [
	{
		minZoom: 0,
		maxRank: { river: 6, lake: 8, sea: 4, region: 3 },
		detailWeight: LOW_ZOOM_DETAIL_WEIGHT,
		detailDecimals: LOW_ZOOM_DETAIL_DECIMALS
	},
	{
		minZoom: 5,
		maxRank: {
			river: 8,
			'river-name': 8,
			lake: ALL_RANKS,
			sea: ALL_RANKS,
			region: ALL_RANKS,
			division: 6,
			airport: ALL_RANKS,
			facility: ALL_RANKS
		},
		detailWeight: DETAIL_WEIGHT,
		detailDecimals: DETAIL_DECIMALS
	},
	{
		minZoom: 7,
		maxRank: Object.fromEntries(
			['river', 'river-name', 'lake', 'sea', 'region', 'division', 'airport', 'facility'].map(
				(kind) => [kind, ALL_RANKS]
			)
		),
		detailWeight: DETAIL_WEIGHT,
		detailDecimals: DETAIL_DECIMALS
	}
];
/** Physical region classes worth a faint label; islands and coasts are named by the land itself. */
const REGION_CLASSES = new Set([
	'Range/mtn',
	'Desert',
	'Plateau',
	'Plain',
	'Lowland',
	'Wetlands',
	'Basin',
	'Valley',
	'Depression',
	'Delta',
	'Peninsula',
	'Pen/cape',
	'Tundra',
	'Foothills',
	'Isthmus',
	'Gorge'
]);

if (!existsSync(SOURCE_DIR)) {
	console.log(
		`  skipped: ${SOURCE_DIR} not found (set NATURAL_EARTH_DIR); the committed files are kept`
	);
	process.exit(0);
}

function readLayer(name) {
	const file = join(SOURCE_DIR, `${name}.geojson.gz`);
	if (!existsSync(file)) {
		throw new Error(`${file} not found: set NATURAL_EARTH_DIR to the Natural Earth 1:10m folder`);
	}
	return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')).features;
}

const inBox =
	([west, south, east, north]) =>
	(f) => {
		if (!f.geometry?.coordinates?.length) return false;
		const [x, y] = pointOnFeature(f).geometry.coordinates;
		return x >= west && x <= east && y >= south && y <= north;
	};
const inDetail = inBox(DETAIL_BBOX);
const nameOf = (p) => (p.name_en || p.name || '').trim();
/** Natural Earth writes oceans and some seas in capitals; labels read better in title case. */
const titleCase = (name) =>
	name === name.toUpperCase()
		? name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (m) => m.toUpperCase())
		: name;

/** Simplifies features as one topology (shared lines stay shared); returns their geometries. */
function simplified(features, minWeight) {
	const collection = {
		type: 'FeatureCollection',
		features: features.map((f, i) => ({
			type: 'Feature',
			id: i,
			properties: {},
			geometry: f.geometry
		}))
	};
	const topo = simplify(presimplify(topology({ water: collection }, 1e6)), minWeight);
	return feature(topo, topo.objects.water).features.map((shape) => shape.geometry);
}

function waterFeature(kind, source, geometry, decimals, extra = {}) {
	if (!geometry) return [];
	const rounded = roundGeometry(geometry, decimals);
	if (rounded.type.endsWith('LineString')) {
		const lines = rounded.type === 'LineString' ? [rounded.coordinates] : rounded.coordinates;
		const kept = lines.map(dedupePositions).filter((line) => line.length > 1);
		if (!kept.length) return [];
		rounded.type = 'MultiLineString';
		rounded.coordinates = kept;
	}
	const rank = waterRank(source);
	return [
		{
			type: 'Feature',
			properties: { kind, name: nameOf(source.properties), rank, ...extra },
			geometry: rounded
		}
	];
}

const waterRank = (f) => Math.min(f.properties.scalerank ?? ALL_RANKS, ALL_RANKS);

function readWater() {
	const named = (f) => Boolean(nameOf(f.properties));
	const rivers = readLayer('ne_10m_rivers_lake_centerlines').filter(
		(f) => f.properties.featurecla !== 'Lake Centerline'
	);
	const lakes = readLayer('ne_10m_lakes');
	const detail = [
		...rivers.filter((f) => named(f) && inDetail(f)).map((f) => ['river', f]),
		...readLayer('ne_10m_rivers_europe')
			.filter((f) => named(f) && inDetail(f))
			.map((f) => ['river', f]),
		...lakes.filter((f) => named(f) && inDetail(f)).map((f) => ['lake', f]),
		...readLayer('ne_10m_lakes_europe')
			.filter((f) => named(f) && inDetail(f))
			.map((f) => ['lake', f])
	];
	const world = [
		...rivers
			.filter((f) => f.properties.scalerank <= WORLD_RIVER_RANK && !inDetail(f))
			.map((f) => ['river', f]),
		...lakes
			.filter((f) => f.properties.scalerank <= WORLD_LAKE_RANK && !inDetail(f))
			.map((f) => ['lake', f])
	];
	return { detail, world };
}

/**
 * The water of one tier: the ranks it keeps, simplified for its zooms. A named river of the
 * detail box also has a smoother copy its name follows (kind "river-name"); elsewhere the line
 * drawn is simplified enough to carry its name (`carriesName`).
 */
function waterFeatures({ detail, world }, { minZoom, maxRank, detailWeight, detailDecimals }) {
	const inTier = ([kind, f]) => waterRank(f) <= (maxRank[kind] ?? -1);
	const groups = [
		[detail.filter(inTier), detailWeight, detailDecimals, {}],
		// Names are drawn only from tiers that keep name lines (not in the first view's).
		[
			world.filter(inTier),
			WORLD_WEIGHT,
			WORLD_DECIMALS,
			'river-name' in maxRank ? { carriesName: true } : {}
		]
	];
	const drawn = groups.flatMap(([group, weight, decimals, riverProperties]) => {
		const geometries = simplified(
			group.map(([, f]) => f),
			weight
		);
		return group.flatMap(([kind, f], i) =>
			waterFeature(kind, f, geometries[i], decimals, kind === 'river' ? riverProperties : {})
		);
	});
	const named = detail.filter(
		([kind, f]) => kind === 'river' && nameOf(f.properties) && inTier(['river-name', f])
	);
	if (!named.length) return drawn;
	const nameLines = simplified(
		named.map(([, f]) => f),
		NAME_LINE_WEIGHT[minZoom]
	);
	return [
		...drawn,
		...named.flatMap(([, f], i) => waterFeature('river-name', f, nameLines[i], NAME_LINE_DECIMALS))
	];
}

/**
 * Natural Earth gives a division a label point for each of its parts (every island of Barisal or
 * of Queensland), which named it four times over in one view: the map names it once, at the part
 * nearest the division's own point in country-state-city, else the part nearest their mean.
 */
function oneLabelPerDivision(labels) {
	const key = (iso2, name) => `${iso2}|${foldName(name.replace(DIVISION_WORD, ''))}`;
	const statePoints = new Map(
		cscStates()
			.filter((s) => s.latitude !== null && s.longitude !== null)
			.map((s) => [key(s.countryCode, s.name), [+s.longitude, +s.latitude]])
	);
	const parts = new Map();
	for (const f of labels) {
		const code = f.properties.adm1_code;
		parts.set(code, [...(parts.get(code) ?? []), f]);
	}
	return [...parts.values()].map((all) => {
		if (all.length === 1) return all[0];
		const p = all[0].properties;
		const points = all.map((f) => f.geometry.coordinates);
		const target = statePoints.get(key(p.iso_a2, nameOf(p))) ?? [
			points.reduce((sum, [lon]) => sum + lon, 0) / points.length,
			points.reduce((sum, [, lat]) => sum + lat, 0) / points.length
		];
		const distance = ([lon, lat]) =>
			Math.hypot((lon - target[0]) * Math.cos((target[1] * Math.PI) / 180), lat - target[1]);
		return all.reduce((best, f) =>
			distance(f.geometry.coordinates) < distance(best.geometry.coordinates) ? f : best
		);
	});
}

function point(kind, name, rank, coordinates, extra = {}) {
	return {
		type: 'Feature',
		properties: { kind, name, rank: Math.min(Math.round(rank ?? 10), 10), ...extra },
		geometry: {
			type: 'Point',
			coordinates: [round(coordinates[0], DECIMALS), round(coordinates[1], DECIMALS)]
		}
	};
}

/**
 * The gazetteer's curated facilities (air bases, plants, crossings, ports): articles name them,
 * so the map shows where they are. Kept only where Natural Earth has no airport of the name.
 */
function facilities(airports) {
	const nearAnAirport = ([lon, lat]) =>
		airports.some(
			({
				geometry: {
					coordinates: [x, y]
				}
			}) => Math.hypot(x - lon, y - lat) < 0.05
		);
	return readJson('geodata/supplement/facilities.json')
		.map(([name, , lat, lon]) =>
			point('facility', name, 6, [lon, lat], {
				airfield: /\b(air ?base|airfield|airport)\b/i.test(name)
			})
		)
		.filter((f) => !(f.properties.airfield && nearAnAirport(f.geometry.coordinates)));
}

function referenceFeatures() {
	const polygonLabels = (layer, kind, keep) =>
		readLayer(layer)
			.filter((f) => keep(f.properties) && nameOf(f.properties))
			.map((f) =>
				point(
					kind,
					titleCase(nameOf(f.properties)),
					f.properties.scalerank,
					pointOnFeature(f).geometry.coordinates
				)
			);
	const seas = polygonLabels(
		'ne_10m_geography_marine_polys',
		'sea',
		(p) => p.featurecla !== 'river'
	);
	const regions = polygonLabels('ne_10m_geography_regions_polys', 'region', (p) =>
		REGION_CLASSES.has(p.featurecla)
	);
	const divisions = oneLabelPerDivision(
		readLayer('ne_10m_admin_1_label_points').filter((f) => nameOf(f.properties))
	).map((f) =>
		point('division', nameOf(f.properties), f.properties.scalerank, f.geometry.coordinates, {
			country: f.properties.iso_a2 ?? null
		})
	);
	const airports = readLayer('ne_10m_airports')
		.filter((f) => nameOf(f.properties))
		.map((f) =>
			point('airport', nameOf(f.properties), f.properties.scalerank, f.geometry.coordinates, {
				iata: f.properties.iata_code || null,
				military: /military/.test(f.properties.type ?? '')
			})
		);
	const order = { sea: 0, region: 1, division: 2, airport: 3, facility: 4 };
	return [...seas, ...regions, ...divisions, ...airports, ...facilities(airports)].sort(
		(a, b) =>
			order[a.properties.kind] - order[b.properties.kind] ||
			a.properties.rank - b.properties.rank ||
			a.properties.name.localeCompare(b.properties.name) ||
			a.geometry.coordinates[0] - b.geometry.coordinates[0]
	);
}

const metadata = (what, tier, nextTier) =>
	provenance(import.meta.url, SOURCES.naturalEarth, {
		source: `Natural Earth 1:10m ${what}`,
		min_zoom: tier.minZoom,
		max_zoom: nextTier?.minZoom ?? null,
		max_rank: tier.maxRank,
		method: `rivers and lakes with scale rank ≤ ${WORLD_RIVER_RANK}/${WORLD_LAKE_RANK} worldwide and every named one in ${DETAIL_BBOX.join(',')}, those of the ranks the map draws from zoom ${tier.minZoom}${nextTier ? ` to ${nextTier.minZoom}` : ''}; simplified (vertex weight ${tier.detailWeight} square degrees inside, ${WORLD_WEIGHT} outside), ${tier.detailDecimals}/${WORLD_DECIMALS} decimals`
	});

const water = readWater();
const reference = referenceFeatures();
for (const [i, tier] of TIERS.entries()) {
	const nextTier = TIERS[i + 1];
	writeJson(`water-z${tier.minZoom}.geojson`, {
		type: 'FeatureCollection',
		metadata: metadata(
			'rivers_lake_centerlines, rivers_europe, lakes, lakes_europe',
			tier,
			nextTier
		),
		features: waterFeatures(water, tier)
	});
	writeJson(`reference-z${tier.minZoom}.geojson`, {
		type: 'FeatureCollection',
		metadata: {
			...metadata(
				'geography_marine_polys, geography_regions_polys, admin_1_label_points, airports; facilities from geodata/supplement/facilities.json',
				tier,
				nextTier
			),
			method: `label points of the ranks the map draws from zoom ${tier.minZoom}${nextTier ? ` to ${nextTier.minZoom}` : ''}: seas and physical regions at a point on their polygon; divisions, airports and facilities as given`
		},
		features: reference.filter((f) => f.properties.rank <= (tier.maxRank[f.properties.kind] ?? -1))
	});
}
