// Representative points of first-level divisions for build-gazetteer.mjs: the centre of the
// bounding box of the GeoNames populated places (cities500) inside each division. GeoNames, which
// news geoparsing benchmarks link to, puts a division's point near the middle of its extent, while
// country-state-city's points often sit in the populated part (Queensland's 260 km from GeoNames').
// A country-state-city state is matched to a GeoNames admin1 code by the codes of its towns, found
// in cities500 by name.
import fs from 'node:fs';

/** A name in lower case without its accents, to compare spellings: "Sant Julià" -> "sant julia". */
export const foldName = (/** @type {string} */ name) =>
	name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** A state is matched only when this many of its towns are found in cities500 ... */
const MIN_MATCHED_TOWNS = 3;
/** ... and this share of them agree on one admin1 code. */
const MIN_AGREEMENT = 0.6;
/** Fewer GeoNames places than this in a division say too little about its extent. */
const MIN_PLACES = 3;

/**
 * Bounding-box centre [lat, lon] of [lat, lon] points, across the antimeridian when that is narrower.
 * @param {number[][]} points
 * @returns {[number, number]}
 */
export function extentCentre(points) {
	const lats = points.map((p) => p[0]);
	const lons = points.map((p) => p[1]);
	const shifted = lons.map((lon) => (lon < 0 ? lon + 360 : lon));
	const span = (/** @type {number[]} */ xs) => Math.max(...xs) - Math.min(...xs);
	const xs = span(shifted) < span(lons) ? shifted : lons;
	let lon = (Math.min(...xs) + Math.max(...xs)) / 2;
	if (lon > 180) lon -= 360;
	return [(Math.min(...lats) + Math.max(...lats)) / 2, lon];
}

/**
 * Whether [lat, lon] lies in the bounding box of `points` (not across the antimeridian).
 * @param {number[]} point
 * @param {number[][]} points
 */
function withinExtent([lat, lon], points) {
	const lats = points.map((p) => p[0]);
	const lons = points.map((p) => p[1]);
	return (
		lat >= Math.min(...lats) &&
		lat <= Math.max(...lats) &&
		lon >= Math.min(...lons) &&
		lon <= Math.max(...lons)
	);
}

/**
 * Reads cities500 (tab-separated GeoNames rows) and country-state-city's towns, and returns
 * `(countryIso2, stateCode) => { code, centre } | undefined`: the state's GeoNames admin1 code
 * (which its towns carry) and the extent centre of its GeoNames places, or undefined when the state
 * cannot be matched to exactly one admin1 code of its own (states finer than GeoNames' first level,
 * as the counties of England, share a code and are left out). Of states claiming one code, those
 * whose own point lies outside the code's places were matched through towns named like another
 * state's (Puerto Rico's "San Juan" and "Carolina" are also towns of California) and give way.
 * @param {string} citiesFile
 * @param {string[][]} cscTowns [name, iso2, stateCode, lat, lon] rows
 * @param {{ countryCode: string, isoCode: string, latitude: string | null, longitude: string | null }[]} cscStates
 * @returns {(cc: string, stateCode: string) => { code: string, centre: [number, number] } | undefined}
 */
export function divisionExtentCentres(citiesFile, cscTowns, cscStates) {
	const placesByCode = new Map();
	const codeByTown = new Map();
	for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
		if (!line) continue;
		const f = line.split('\t');
		const code = `${f[8]}|${f[10]}`;
		if (!placesByCode.has(code)) placesByCode.set(code, []);
		placesByCode.get(code).push([+f[4], +f[5]]);
		const town = `${f[8]}|${foldName(f[1])}`;
		// A town name used in two divisions of a country says nothing about either.
		codeByTown.set(town, codeByTown.has(town) && codeByTown.get(town) !== code ? null : code);
	}
	const votesByState = new Map();
	for (const [name, cc, stateCode] of cscTowns) {
		const code = codeByTown.get(`${cc}|${foldName(name)}`);
		if (!code) continue;
		const state = `${cc}|${stateCode}`;
		if (!votesByState.has(state)) votesByState.set(state, new Map());
		const votes = votesByState.get(state);
		votes.set(code, (votes.get(code) ?? 0) + 1);
	}
	/** @type {Map<string, string[]>} */
	const claimantsByCode = new Map();
	for (const [state, votes] of votesByState) {
		const total = [...votes.values()].reduce((a, b) => a + b, 0);
		const [code, count] = [...votes].reduce((a, b) => (b[1] > a[1] ? b : a));
		if (total < MIN_MATCHED_TOWNS || count < MIN_AGREEMENT * total) continue;
		claimantsByCode.set(code, [...(claimantsByCode.get(code) ?? []), state]);
	}
	const pointOfState = new Map(
		cscStates.flatMap((s) =>
			s.latitude === null || s.longitude === null
				? []
				: [[`${s.countryCode}|${s.isoCode}`, [+s.latitude, +s.longitude]]]
		)
	);
	const codeByState = new Map();
	for (const [code, claimants] of claimantsByCode) {
		const owners =
			claimants.length === 1
				? claimants
				: claimants.filter((state) => {
						const point = pointOfState.get(state);
						return point !== undefined && withinExtent(point, placesByCode.get(code));
					});
		if (owners.length === 1) codeByState.set(owners[0], code);
	}
	return (cc, stateCode) => {
		const code = codeByState.get(`${cc}|${stateCode}`);
		if (!code) return undefined;
		const places = placesByCode.get(code);
		return places.length >= MIN_PLACES
			? { code: code.slice(cc.length + 1), centre: extentCentre(places) }
			: undefined;
	};
}
