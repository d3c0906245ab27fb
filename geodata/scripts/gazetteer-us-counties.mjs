// Second-level divisions of the United States for build-gazetteer.mjs: every county (parish in
// Louisiana) of the 50 states and DC from us-atlas (US Census cartographic boundaries), placed at
// the centre of mass of its outline, as GeoNames places a county. Local news names counties more
// than any other division, and a county name repeats across states (Monroe County: 17 of them), so
// each row names its state: resolution tells them apart by the article's other places.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { centerOfMass } from '@turf/turf';
import { feature } from 'topojson-client';

/** State FIPS codes above this are territories (Puerto Rico, Guam…), not states. */
const LAST_STATE_FIPS = 56;
/** Alaska's boroughs and census areas are not counties by name. */
const ALASKA_FIPS = '02';
const LOUISIANA_FIPS = '22';
/** County codes from 500 in these states are independent cities, already towns in GeoNames. */
const INDEPENDENT_CITY_STATES = new Set(['24', '29', '32', '51']);
const FIRST_INDEPENDENT_CITY_CODE = 500;

/**
 * Feature rows [name, 'region', lat, lon, 'US', aliases, null, 'ADM2']: "Orange County
 * (California)", known as "Orange County" and "Orange County, California".
 * @returns {unknown[][]}
 */
export function usCounties() {
	const file = createRequire(import.meta.url).resolve('us-atlas/counties-10m.json');
	const topology = JSON.parse(fs.readFileSync(file, 'utf8'));
	const stateNames = new Map(
		topology.objects.states.geometries.map((g) => [g.id, g.properties.name])
	);
	const rows = [];
	for (const county of feature(topology, topology.objects.counties).features) {
		const stateFips = String(county.id).slice(0, 2);
		const countyCode = Number(String(county.id).slice(2));
		if (Number(stateFips) > LAST_STATE_FIPS || stateFips === ALASKA_FIPS) continue;
		if (INDEPENDENT_CITY_STATES.has(stateFips) && countyCode >= FIRST_INDEPENDENT_CITY_CODE)
			continue;
		const state = stateNames.get(stateFips);
		if (!state || !county.geometry) continue;
		const base = `${county.properties.name} ${stateFips === LOUISIANA_FIPS ? 'Parish' : 'County'}`;
		const [lon, lat] = centerOfMass(county).geometry.coordinates;
		const point = [Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4];
		rows.push([
			`${base} (${state})`,
			'region',
			...point,
			'US',
			[`${base}, ${state}`],
			null,
			'ADM2'
		]);
	}
	return rows;
}
