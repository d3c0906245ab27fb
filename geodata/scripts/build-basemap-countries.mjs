// Builds geodata/build/countries.topo.json: world country outlines from Natural Earth 1:10m
// (world-atlas), with full detail kept around the map extent and heavy simplification elsewhere,
// properties { name, iso2 }, and internationally recognised borders:
// - Crimea (with Sevastopol) is moved from Russia's polygon to Ukraine's and merged (UN GA
//   resolution 68/262); Natural Earth draws it inside Russia at every resolution.
// - Areas Natural Earth splits off but no UN member recognises (Northern Cyprus, the Cyprus
//   buffer zone, Somaliland, Baikonur, Guantánamo) are merged into the state they belong to.
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { centerOfMass, polygon } from '@turf/turf';
import {
	filter,
	presimplify,
	simplify,
	sphericalRingArea,
	sphericalTriangleArea
} from 'topojson-simplify';
import { ISO_NUMERIC_TO_ALPHA2 } from './basemap-iso3166.mjs';
import { SOURCES, packageVersion, provenance, readJson, writeJson } from './basemap-common.mjs';

/** Area with full 1:10m detail, lon/lat degrees [west, south, east, north]. */
const DETAIL_BBOX = [-12, 33, 62, 72];
/** Crimean peninsula: any Russian polygon lying wholly inside this box is Crimea. */
const CRIMEA_BBOX = [32, 44, 36.7, 46.3];

/** Simplification thresholds (steradians; 1 sr ≈ 4.07e7 km²). */
const MIN_WEIGHT = 1e-8; // ≈ 0.4 km² triangle: visually lossless for the app's zooms (≤ 8)
const OUTSIDE_WEIGHT_FACTOR = 1 / 2000; // outside DETAIL_BBOX a point needs a 2000× bigger triangle
const MIN_RING_AREA_DETAIL = 2e-7; // ≈ 8 km² islands kept inside DETAIL_BBOX (and every
// country's largest polygon, so micro-states such as Vatican and Gibraltar stay on the map)
const MIN_RING_AREA_OUTSIDE = 1e-4; // ≈ 4,000 km² elsewhere
const QUANTIZATION = 1e5; // same grid as the world-atlas 10m source (≈ 0.0036° in longitude)

/** Natural Earth units without an ISO code: merge into the recognised state, or name a code. */
const SPECIAL_UNITS = {
	'N. Cyprus': { mergeInto: 'CY' },
	'Cyprus U.N. Buffer Zone': { mergeInto: 'CY' },
	Somaliland: { mergeInto: 'SO' },
	Baikonur: { mergeInto: 'KZ' },
	'USNB Guantanamo Bay': { mergeInto: 'CU' },
	'Ashmore and Cartier Is.': { mergeInto: 'AU' }, // shares numeric code 036 with Australia
	Kosovo: { iso2: 'XK' } // user-assigned code used by the EU and most data providers
};

/** Natural Earth's abbreviated names that read badly as map labels. */
const NAME_FIXES = {
	'Bosnia and Herz.': 'Bosnia and Herzegovina',
	Macedonia: 'North Macedonia',
	'Dem. Rep. Congo': 'DR Congo',
	'Central African Rep.': 'Central African Republic',
	'Dominican Rep.': 'Dominican Republic',
	'Eq. Guinea': 'Equatorial Guinea',
	'S. Sudan': 'South Sudan',
	'W. Sahara': 'Western Sahara',
	'Solomon Is.': 'Solomon Islands',
	'Falkland Is.': 'Falkland Islands',
	'Faeroe Is.': 'Faroe Islands',
	'Marshall Is.': 'Marshall Islands',
	'Fr. S. Antarctic Lands': 'French Southern Lands',
	Åland: 'Åland Islands'
};

const inBox = ([x, y], [w, s, e, n]) => x >= w && x <= e && y >= s && y <= n;

function ringBbox(ring) {
	const xs = ring.map((p) => p[0]);
	const ys = ring.map((p) => p[1]);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function polygonsOf(geometry) {
	if (geometry.type === 'Polygon') return [geometry.arcs];
	if (geometry.type === 'MultiPolygon') return geometry.arcs;
	return [];
}

function reassignCrimea(source, russia, ukraine) {
	const rings = (arcs) => feature(source, { type: 'Polygon', arcs }).geometry.coordinates;
	const isCrimea = (arcs) => {
		const [w, s, e, n] = ringBbox(rings(arcs)[0]);
		return inBox([w, s], CRIMEA_BBOX) && inBox([e, n], CRIMEA_BBOX);
	};
	const crimea = polygonsOf(russia).filter(isCrimea);
	if (crimea.length === 0) throw new Error('Crimea polygon not found in Russia (source changed?)');
	const rest = polygonsOf(russia).filter((p) => !isCrimea(p));
	const pieces = [ukraine, ...crimea.map((arcs) => ({ type: 'Polygon', arcs }))];
	return {
		russia: { ...russia, type: 'MultiPolygon', arcs: rest },
		ukraine: { ...ukraine, ...mergeArcs(source, pieces) },
		crimeaPolygons: crimea.length
	};
}

/**
 * Where the country's name goes: the centre of mass of its largest polygon, so overseas parts
 * and exclaves do not drag the label off the mainland.
 */
function labelPoint(geometry) {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const largest = polygons.reduce((best, candidate) =>
		sphericalRingArea(candidate[0], false) > sphericalRingArea(best[0], false) ? candidate : best
	);
	// A polygon cut at the antimeridian (Russia's Chukotka) is made continuous before averaging.
	const longitudes = largest[0].map(([lon]) => lon);
	const wraps = Math.max(...longitudes) - Math.min(...longitudes) > 180;
	const unwrapped = wraps
		? largest.map((ring) => ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]))
		: largest;
	const [lon, lat] = centerOfMass(polygon(unwrapped)).geometry.coordinates;
	const wrapped = lon > 180 ? lon - 360 : lon;
	return [Math.round(wrapped * 1000) / 1000, Math.round(lat * 1000) / 1000];
}

function build() {
	const source = readJson('node_modules/world-atlas/countries-10m.json');
	const units = source.objects.countries.geometries.map((g) => {
		const special = SPECIAL_UNITS[g.properties.name];
		const iso2 = special
			? (special.iso2 ?? null)
			: ((g.id ? ISO_NUMERIC_TO_ALPHA2.get(g.id) : undefined) ?? null);
		return { geometry: g, name: NAME_FIXES[g.properties.name] ?? g.properties.name, iso2, special };
	});

	const byIso = new Map(
		units.filter((u) => u.iso2 && !u.special?.mergeInto).map((u) => [u.iso2, u])
	);
	const ru = byIso.get('RU');
	const ua = byIso.get('UA');
	const moved = reassignCrimea(source, ru.geometry, ua.geometry);
	ru.geometry = moved.russia;
	ua.geometry = moved.ukraine;

	for (const unit of units.filter((u) => u.special?.mergeInto)) {
		const host = byIso.get(unit.special.mergeInto);
		host.geometry = { ...host.geometry, ...mergeArcs(source, [host.geometry, unit.geometry]) };
	}

	const features = units
		.filter((u) => !u.special?.mergeInto)
		.map((u) => ({
			type: 'Feature',
			properties: { name: u.name, iso2: u.iso2 },
			geometry: feature(source, u.geometry).geometry
		}))
		.sort((a, b) =>
			(a.properties.iso2 ?? '~' + a.properties.name).localeCompare(
				b.properties.iso2 ?? '~' + b.properties.name
			)
		);

	// Rebuild the topology so arcs that became interior (Perekop, the Cyprus line) disappear.
	let topo = topology({ countries: { type: 'FeatureCollection', features } });
	topo = presimplify(topo, (triangle) => {
		const w = sphericalTriangleArea(triangle);
		return inBox(triangle[1], DETAIL_BBOX) ? w : w * OUTSIDE_WEIGHT_FACTOR;
	});
	topo = simplify(topo, MIN_WEIGHT);
	const largestRings = new Set(
		topo.objects.countries.geometries.map((g) => {
			const area = (arcs) =>
				sphericalRingArea(feature(topo, { type: 'Polygon', arcs }).geometry.coordinates[0], false);
			return polygonsOf(g).reduce((best, p) => (area(p) > area(best) ? p : best))[0];
		})
	);
	topo = filter(topo, (ring, interior) => {
		if (!interior && largestRings.has(ring)) return true;
		const coords = feature(topo, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0];
		if (coords.length < 4) return false;
		const [w, s, e, n] = ringBbox(coords);
		const centre = [(w + e) / 2, (s + n) / 2];
		const min = inBox(centre, DETAIL_BBOX) ? MIN_RING_AREA_DETAIL : MIN_RING_AREA_OUTSIDE;
		return sphericalRingArea(coords, interior) >= min;
	});
	topo = quantize(topo, QUANTIZATION);
	// topojson-server adds an `id`-less GeometryCollection; keep properties only.
	for (const g of topo.objects.countries.geometries) {
		delete g.id;
		g.properties.label = labelPoint(feature(topo, g).geometry);
	}

	return {
		type: 'Topology',
		metadata: provenance(import.meta.url, SOURCES.naturalEarth, {
			source: `Natural Earth 1:10m Admin 0 countries via world-atlas@${packageVersion('world-atlas')} (countries-10m.json)`,
			method:
				`Full 1:10m detail inside lon ${DETAIL_BBOX[0]}..${DETAIL_BBOX[2]}, lat ${DETAIL_BBOX[1]}..${DETAIL_BBOX[3]}; ` +
				'Visvalingam simplification elsewhere. Crimea and Sevastopol reassigned from Russia to Ukraine and merged ' +
				'into its outline (internationally recognised borders, UN GA res. 68/262); Northern Cyprus and the UN buffer ' +
				'zone merged into Cyprus, Somaliland into Somalia, Baikonur into Kazakhstan, Guantánamo into Cuba.',
			properties: {
				name: 'English short name',
				iso2: 'ISO 3166-1 alpha-2 (XK for Kosovo; null where none)',
				label: '[lon, lat] for the name: centre of mass of the largest polygon'
			}
		}),
		bbox: topo.bbox,
		transform: topo.transform,
		objects: topo.objects,
		arcs: topo.arcs
	};
}

console.log('build-basemap-countries');
writeJson('countries.topo.json', build());
