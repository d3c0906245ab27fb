// Checks the committed basemap artifacts in geodata/build (regenerate with `npm run geodata`).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { area, booleanPointInPolygon, distance, pointToPolygonDistance } from '@turf/turf';
import type {
	FeatureCollection,
	Geometry,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { borderLength } from '../../src/lib/geo/borderLength';
import { distanceToLine } from '../../src/lib/geo/distanceToLine';

const OFFICIAL_BORDER_KM = 1084;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function readJson<T>(name: string): T {
	return JSON.parse(readFileSync(`${ROOT}geodata/build/${name}`, 'utf8')) as T;
}

type Metadata = Record<string, unknown>;
type Collection<G extends Geometry, P = Record<string, unknown>> = FeatureCollection<G, P> & {
	metadata: Metadata;
};

const topology = readJson<Topology & { metadata: Metadata }>('countries.topo.json');
const countryObject = topology.objects.countries as GeometryCollection<{
	name: string;
	iso2: string | null;
}>;
const countries = feature(topology, countryObject) as FeatureCollection<
	Polygon | MultiPolygon,
	{ name: string; iso2: string | null }
>;
type BorderProperties = {
	name: string;
	length_km: number;
	vertices: number;
	method: string;
	source: string;
	licence: string;
	attribution: string;
};
const border =
	readJson<Collection<LineString | MultiLineString, BorderProperties>>('border.geojson');
const simplified = readJson<Collection<LineString | MultiLineString, BorderProperties>>(
	'border-simplified.geojson'
);
const cities = readJson<
	Collection<
		Point,
		{
			name: string;
			population: number;
			capital: boolean;
			rank: number;
			iso2: string;
			geonameid: number;
		}
	>
>('cities.geojson');
const zones =
	readJson<
		Collection<
			Polygon | MultiPolygon,
			{ id: string; min_km: number; max_km: number; area_km2: number; border_length_km: number }
		>
	>('zones.geojson');
const attribution =
	readJson<{ id: string; text: string; licence: string; url: string }[]>('attribution.json');

const country = (iso2: string) => {
	const found = countries.features.find((f) => f.properties.iso2 === iso2);
	if (!found) throw new Error(`no country ${iso2}`);
	return found;
};
const city = (name: string) => {
	const found = cities.features.find((f) => f.properties.name === name);
	if (!found) throw new Error(`no city ${name}`);
	return found;
};

const isPosition = (p: Position) =>
	p.length === 2 && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90 && p.every(Number.isFinite);

function expectPosition(p: Position) {
	expect(isPosition(p), `position ${p}`).toBe(true);
}

/** Checked with plain loops and one expect per geometry: expect() per vertex is slow. */
function expectValidPolygonal(geometry: Polygon | MultiPolygon) {
	expect(['Polygon', 'MultiPolygon']).toContain(geometry.type);
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	expect(polygons.length).toBeGreaterThan(0);
	const problems: string[] = [];
	for (const ring of polygons.flat()) {
		if (ring.length < 4) problems.push(`ring of ${ring.length} positions`);
		const [first, last] = [ring[0], ring.at(-1)!];
		if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`open ring at ${first}`);
		for (const p of ring) if (!isPosition(p)) problems.push(`bad position ${p}`);
	}
	expect(problems).toEqual([]);
}

function linesOf(geometry: LineString | MultiLineString): Position[][] {
	return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

function expectProvenance(metadata: Metadata, licence: RegExp) {
	expect(metadata.generator).toMatch(/^geodata\/scripts\/build-basemap-[a-z]+\.mjs$/);
	expect(existsSync(`${ROOT}${metadata.generator}`)).toBe(true);
	expect(metadata.source).toEqual(expect.any(String));
	expect(metadata.attribution).toEqual(expect.any(String));
	expect(metadata.licence).toMatch(licence);
}

describe('attribution.json', () => {
	it('lists Natural Earth, OpenStreetMap (ODbL) and GeoNames (CC BY 4.0) with links', () => {
		const byId = new Map(attribution.map((entry) => [entry.id, entry]));
		expect(byId.get('natural-earth')?.licence).toMatch(/public domain/i);
		expect(byId.get('openstreetmap')?.text).toContain('© OpenStreetMap contributors');
		expect(byId.get('openstreetmap')?.licence).toMatch(/ODbL/);
		expect(byId.get('geonames')?.licence).toBe('CC BY 4.0');
		for (const entry of attribution) expect(entry.url).toMatch(/^https:\/\//);
	});
});

describe('countries.topo.json', () => {
	it('is a quantized TopoJSON topology with provenance', () => {
		expect(topology.type).toBe('Topology');
		expect(topology.transform).toBeDefined();
		expect(countryObject.type).toBe('GeometryCollection');
		expectProvenance(topology.metadata, /public domain/i);
	});

	it('decodes to valid polygons with a name and an ISO alpha-2 code', () => {
		for (const f of countries.features) {
			expect(f.properties.name).toEqual(expect.any(String));
			if (f.properties.iso2 !== null) expect(f.properties.iso2).toMatch(/^[A-Z]{2}$/);
			expectValidPolygonal(f.geometry);
		}
		const codes = countries.features.map((f) => f.properties.iso2).filter(Boolean);
		expect(new Set(codes).size).toBe(codes.length);
	});

	it('covers every country of the map extent', () => {
		for (const iso2 of ['BY', 'UA', 'PL', 'LT', 'LV', 'EE', 'RU', 'MD', 'RO', 'SK', 'HU', 'XK']) {
			expect(country(iso2)).toBeDefined();
		}
	});

	it('puts each capital of the map extent inside the country of the same code', () => {
		const inExtent = ([lon, lat]: Position) => lon >= 10 && lon <= 50 && lat >= 40 && lat <= 62;
		const capitals = cities.features.filter(
			(c) => c.properties.capital && inExtent(c.geometry.coordinates)
		);
		expect(capitals.length).toBeGreaterThan(25);
		// Vatican City, San Marino and Monaco are too small for 1:10m to hold their capital point.
		const tiny = new Set(['VA', 'SM', 'MC']);
		// Coastal capitals (Copenhagen) may fall just offshore of the generalised 1:10m coast.
		for (const capital of capitals.filter((c) => !tiny.has(c.properties.iso2))) {
			const km = pointToPolygonDistance(capital, country(capital.properties.iso2));
			expect(km, capital.properties.name).toBeLessThan(3);
		}
	});

	it.each([
		['Simferopol', [34.1, 44.95]],
		['Sevastopol', [33.5224, 44.5888]],
		['Yalta', [34.1594, 44.4952]]
	])('puts Crimea (%s) in Ukraine, not Russia', (_name, point) => {
		expect(booleanPointInPolygon(point, country('UA'))).toBe(true);
		expect(booleanPointInPolygon(point, country('RU'))).toBe(false);
	});

	it('keeps Krasnodar in Russia and Kyiv in Ukraine', () => {
		expect(booleanPointInPolygon([38.98, 45.04], country('RU'))).toBe(true);
		expect(booleanPointInPolygon([30.52, 50.45], country('UA'))).toBe(true);
	});

	it("merges Crimea into Ukraine's outline without an inner line at Perekop", () => {
		const ukraine = countryObject.geometries.find(
			(g) => (g.properties as { iso2?: string } | undefined)?.iso2 === 'UA'
		);
		const arcs = (ukraine as { arcs: number[][][] }).arcs.flat(2).map((i) => (i < 0 ? ~i : i));
		expect(new Set(arcs).size).toBe(arcs.length);
	});
});

describe('border.geojson', () => {
	const line = border.features[0];

	it('is one Belarus–Ukraine border feature with provenance', () => {
		expect(border.type).toBe('FeatureCollection');
		expect(border.features).toHaveLength(1);
		expect(['LineString', 'MultiLineString']).toContain(line.geometry.type);
		for (const part of linesOf(line.geometry)) {
			expect(part.length).toBeGreaterThanOrEqual(2);
			part.forEach(expectPosition);
		}
		expectProvenance(border.metadata, /ODbL/);
		expect(line.properties).toMatchObject({
			licence: 'ODbL 1.0',
			attribution: expect.stringContaining('OpenStreetMap contributors'),
			method: expect.stringContaining('2 km'),
			source: expect.stringContaining('@geo-maps/countries-land-1km')
		});
	});

	it(`measures within 5% of the official ${OFFICIAL_BORDER_KM} km`, () => {
		const km = borderLength(line);
		expect(Math.abs(km - OFFICIAL_BORDER_KM) / OFFICIAL_BORDER_KM).toBeLessThan(0.05);
		expect(line.properties.length_km).toBeCloseTo(km, 1);
	});

	it('runs from the Polish tripoint in the west to the Russian tripoint in the east', () => {
		const parts = linesOf(line.geometry);
		const start = parts[0][0];
		const end = parts.at(-1)!.at(-1)!;
		expect(distance(start, [23.62, 51.52])).toBeLessThan(20);
		expect(distance(end, [31.78, 52.1])).toBeLessThan(20);
	});

	it('passes close to Belarus and Ukraine as drawn in countries.topo.json', () => {
		// Natural Earth is generalised, so allow a few km between the two sources.
		const belarus = country('BY');
		for (const [i, p] of linesOf(line.geometry)[0].entries()) {
			if (i % 20) continue;
			const nearBelarus = distanceToLine(p, {
				type: 'MultiLineString',
				coordinates: (belarus.geometry as Polygon).coordinates
			});
			expect(nearBelarus.properties.distance_km).toBeLessThan(8);
		}
	});
});

describe('border-simplified.geojson', () => {
	const line = simplified.features[0];

	it('has 150–300 vertices and records its own length', () => {
		const vertices = linesOf(line.geometry).flat();
		expect(vertices.length).toBeGreaterThanOrEqual(150);
		expect(vertices.length).toBeLessThanOrEqual(300);
		expect(line.properties.vertices).toBe(vertices.length);
		expect(line.properties.length_km).toBeCloseTo(borderLength(line), 1);
		expect(line.properties.length_km).toBeLessThan(border.features[0].properties.length_km);
		expect(line.properties.length_km).toBeGreaterThan(
			0.9 * border.features[0].properties.length_km
		);
		expectProvenance(simplified.metadata, /ODbL/);
	});
});

describe('cities.geojson', () => {
	it('holds valid points with name, population, capital, rank and iso2', () => {
		expectProvenance(cities.metadata, /CC BY 4\.0/);
		expect(cities.features.length).toBeGreaterThan(200);
		for (const { geometry, properties } of cities.features) {
			expect(geometry.type).toBe('Point');
			expectPosition(geometry.coordinates);
			expect(properties.name).toMatch(/^[A-Za-z][A-Za-z .()-]*$/);
			expect(properties.population).toEqual(expect.any(Number));
			expect(properties.iso2).toMatch(/^[A-Z]{2}$/);
			expect([1, 2, 3, 4, 5]).toContain(properties.rank);
			expect(properties.rank === 1).toBe(properties.capital);
		}
		const ids = cities.features.map((f) => f.properties.geonameid);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('flags Minsk and Kyiv as capitals and Lviv as not', () => {
		expect(city('Minsk').properties).toMatchObject({ capital: true, iso2: 'BY', rank: 1 });
		expect(city('Kyiv').properties).toMatchObject({ capital: true, iso2: 'UA', rank: 1 });
		expect(city('Lviv').properties).toMatchObject({ capital: false, iso2: 'UA' });
	});

	it('uses the spellings of English-language news', () => {
		for (const name of [
			'Kyiv',
			'Odesa',
			'Lviv',
			'Kharkiv',
			'Homel',
			'Hrodna',
			'Brest',
			'Mahilyow'
		]) {
			expect(city(name)).toBeDefined();
		}
		const names = new Set(cities.features.map((f) => f.properties.name));
		for (const name of ['Kiev', 'Odessa', 'Lvov', "Homyel'", 'Gomel']) {
			expect(names.has(name)).toBe(false);
		}
	});

	it('labels Crimean cities as Ukrainian', () => {
		expect(city('Simferopol').properties.iso2).toBe('UA');
		expect(city('Sevastopol').properties.iso2).toBe('UA');
	});
});

describe('zones.geojson', () => {
	const line = simplified.features[0];
	const lengthKm = line.properties.length_km as number;

	it('holds the 0–25, 25–50 and 50–100 km bands as valid polygons', () => {
		expectProvenance(zones.metadata, /ODbL/);
		expect(zones.metadata.method).toMatch(/simplified/);
		expect(zones.features.map((f) => [f.properties.min_km, f.properties.max_km])).toEqual([
			[0, 25],
			[25, 50],
			[50, 100]
		]);
		for (const zone of zones.features) {
			expectValidPolygonal(zone.geometry);
			expect(zone.properties.border_length_km).toBe(lengthKm);
			expect(zone.properties.area_km2).toBeCloseTo(area(zone) / 1e6, -1);
		}
	});

	it('has band areas between a straight corridor and an unfolded border', () => {
		// The border winds, so buffers overlap on its bends: the 0–25 km band covers about
		// 40,000 km², not the 2 × 25 km × 1,020 km ≈ 51,000 km² of a straight line that long.
		const parts = linesOf(line.geometry);
		const chordKm = distance(parts[0][0], parts.at(-1)!.at(-1)!);
		for (const { properties: z } of zones.features) {
			const width = z.max_km - z.min_km;
			const caps = Math.PI * (z.max_km ** 2 - z.min_km ** 2);
			expect(z.area_km2).toBeLessThanOrEqual(2 * width * lengthKm + caps);
			expect(z.area_km2).toBeGreaterThanOrEqual(2 * width * chordKm);
		}
		const nearest = zones.features[0].properties.area_km2;
		expect(nearest / (2 * 25 * lengthKm)).toBeGreaterThan(0.7);
	});

	it('draws each band edge at its distance from the border', () => {
		for (const zone of zones.features) {
			const { min_km, max_km } = zone.properties;
			const rings =
				zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates;
			for (const ring of rings.flat()) {
				for (const [i, p] of ring.entries()) {
					if (i % 15) continue;
					const km = distanceToLine(p, line).properties.distance_km;
					const atInner = Math.abs(km - min_km) <= 0.01 * min_km + 0.6;
					const atOuter = Math.abs(km - max_km) <= 0.01 * max_km + 0.6;
					expect(atInner || atOuter, `${zone.properties.id} vertex ${p} at ${km} km`).toBe(true);
				}
			}
		}
	});
});

type PhysicalProperties = { kind: string; name: string; rank: number; country?: string | null };
const water =
	readJson<Collection<MultiLineString | Polygon | MultiPolygon, PhysicalProperties>>(
		'water-z7.geojson'
	);
const reference = readJson<Collection<Point, PhysicalProperties>>('reference-z7.geojson');
const named = (collection: { features: { properties: PhysicalProperties }[] }, kind: string) =>
	new Set(
		collection.features.filter((f) => f.properties.kind === kind).map((f) => f.properties.name)
	);

describe('water-z7.geojson (all the water, as drawn from zoom 7)', () => {
	it('holds rivers as lines and lakes as valid polygons, ranked, from Natural Earth', () => {
		expectProvenance(water.metadata, /Public domain/);
		for (const { geometry, properties } of water.features) {
			expect(['river', 'river-name', 'lake']).toContain(properties.kind);
			expect(properties.rank).toBeGreaterThanOrEqual(0);
			expect(properties.rank).toBeLessThanOrEqual(10);
			if (properties.kind === 'lake') expectValidPolygonal(geometry as Polygon | MultiPolygon);
			else expect(geometry.type).toBe('MultiLineString');
		}
	});

	it('gives the winding rivers of the region a smoother line for their names to follow', () => {
		const vertices = (kind: string, name: string) =>
			water.features
				.filter((f) => f.properties.kind === kind && f.properties.name === name)
				.reduce((sum, f) => sum + (f.geometry as MultiLineString).coordinates.flat().length, 0);
		for (const river of ['Dnieper', 'Pripyat', 'Desna']) {
			expect(vertices('river-name', river), river).toBeGreaterThan(1);
			expect(vertices('river-name', river), river).toBeLessThan(vertices('river', river) / 2);
		}
	});

	it('names the rivers that shape the Belarus–Ukraine border region', () => {
		const rivers = named(water, 'river');
		for (const river of [
			'Dnieper',
			'Pripyat',
			'Desna',
			'Dniester',
			'Danube',
			'Nile',
			'Mississippi'
		]) {
			expect(rivers.has(river), river).toBe(true);
		}
	});

	it('stays small enough to load after the first view', () => {
		expect(readFileSync(`${ROOT}geodata/build/water-z7.geojson`).length).toBeLessThan(2_000_000);
	});
});

describe('reference-z7.geojson (all the label points, as drawn from zoom 7)', () => {
	it('holds named label points of seas, regions, divisions, airports and facilities', () => {
		expectProvenance(reference.metadata, /Public domain/);
		for (const { geometry, properties } of reference.features) {
			expect(['sea', 'region', 'division', 'airport', 'facility']).toContain(properties.kind);
			expect(properties.name.length).toBeGreaterThan(0);
			expectPosition(geometry.coordinates);
		}
	});

	it('shows the air bases articles name, once each: a Natural Earth airport is not repeated', () => {
		const named = (name: string) => reference.features.filter((f) => f.properties.name === name);
		expect(named('Machulishchy airbase')).toMatchObject([
			{ properties: { kind: 'facility', airfield: true } }
		]);
		const boryspil = reference.features.filter(
			(f) => f.properties.kind !== 'division' && /Boryspil/.test(f.properties.name)
		);
		expect(boryspil.map((f) => f.properties.kind)).toEqual(['airport']);
	});

	it('has one first-level division label for every oblast-level unit worldwide', () => {
		const divisions = reference.features.filter((f) => f.properties.kind === 'division');
		expect(divisions.length).toBeGreaterThan(4_000);
		const ukrainian = divisions.filter((f) => f.properties.country === 'UA');
		expect(ukrainian.length).toBeGreaterThanOrEqual(24);
		// Natural Earth labels each island of a division: the map names it once, on its main part.
		const named = (name: string) => divisions.filter((f) => f.properties.name === name);
		for (const name of ['Barisal', 'Queensland', 'West Bengal', 'Hawaii'])
			expect(named(name), name).toHaveLength(1);
		const [queensland] = named('Queensland');
		expect((queensland.geometry as Point).coordinates[1]).toBeLessThan(-15);
	});

	it('names the seas around Ukraine and places them at sea', () => {
		const seas = reference.features.filter((f) => f.properties.kind === 'sea');
		const blackSea = seas.find((f) => f.properties.name === 'Black Sea');
		const azov = seas.find((f) => f.properties.name === 'Sea of Azov');
		expect(blackSea && azov).toBeTruthy();
		for (const sea of [blackSea!, azov!]) {
			const onLand = countries.features.some((country) =>
				booleanPointInPolygon(sea.geometry.coordinates, country)
			);
			expect(onLand, sea.properties.name).toBe(false);
		}
	});
});
