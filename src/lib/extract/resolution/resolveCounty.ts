import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import type { CountyMention } from '../places/findCounties';
import type { Toponym } from '../types';
import { nameKey } from '../tokens';
import { distanceKm } from './distanceKm';

/** How near a named division must be, in characters, to qualify a county ("Metcalfe County, Ky."). */
const COUNTY_DIVISION_WINDOW = 120;
const HEAD_WORDS = ['county', 'parish'];

/**
 * A county is one of the gazetteer's counties of its name: the one in the division named right
 * beside it, else of those in divisions the article names (or of all) the one nearest the article's
 * surer places, else the one nearest the largest town of its name (Orange County at Orange, California). A county the gazetteer
 * lacks (County Cork) is placed at such a town, or at the division beside it, or not at all.
 */
export function resolveCounty(
	gaz: Gazetteer,
	county: CountyMention,
	toponyms: Toponym[],
	anchors: GazetteerEntry[],
	focus: Map<string, number>
): Toponym | null {
	const nearest = (e: GazetteerEntry) =>
		Math.min(Infinity, ...anchors.map((a) => distanceKm(a, e)));
	const towns = entriesOf(gaz, county.baseKey)
		.filter((e) => e.kind === 'city' && e.countryIso2 && (focus.get(e.countryIso2) ?? 0) > 0)
		.sort((a, b) => nearest(a) - nearest(b) || b.population - a.population);
	const gap = (t: Toponym) => Math.max(t.start - county.end, county.start - t.end);
	const division = toponyms
		.filter((t) => t.kind === 'region' && t.countryIso2 !== null && gap(t) < COUNTY_DIVISION_WINDOW)
		.sort((a, b) => gap(a) - gap(b))[0];
	const counties = HEAD_WORDS.flatMap((head) =>
		entriesOf(gaz, `${county.baseKey} ${head}`).filter((e) => e.featureCode === 'ADM2')
	);
	const inDivisions = (divisions: Toponym[]) =>
		[...new Set(divisions.map((d) => nameKey(d.name)))].flatMap((d) =>
			HEAD_WORDS.flatMap((head) => entriesOf(gaz, `${county.baseKey} ${head} ${d}`))
		);
	const inDivision = division ? inDivisions([division]) : [];
	const inNamedDivisions = inDivisions(toponyms.filter((t) => t.kind === 'region'));
	// Without nearer evidence, the largest town of the name stands for the best-known county.
	const largestTown = entriesOf(gaz, county.baseKey)
		.filter((e) => e.kind === 'city' && e.countryIso2 === counties[0]?.countryIso2)
		.sort((a, b) => b.population - a.population)[0];
	const fromTown = (e: GazetteerEntry) => (largestTown ? distanceKm(e, largestTown) : 0);
	const pool = inNamedDivisions.length ? inNamedDivisions : counties;
	const closest = pool.sort((a, b) => nearest(a) - nearest(b) || fromTown(a) - fromTown(b))[0];
	const known = inDivision[0] ?? closest;
	if (known) {
		const sure = inDivision.length > 0 || counties.length === 1;
		return countyToponym(county, known, known.name, sure ? 0.9 : 0.6);
	}
	const town = towns[0];
	const at = town && (!division || town.countryIso2 === division.countryIso2) ? town : division;
	return at ? countyToponym(county, at, county.text, town ? 0.5 : 0.3) : null;
}

function entriesOf(gaz: Gazetteer, key: string): GazetteerEntry[] {
	return (gaz.aliases.get(key) ?? []).map((a) => gaz.entries[a.entry]);
}

function countyToponym(
	county: CountyMention,
	at: Pick<Toponym, 'lat' | 'lon' | 'countryIso2'>,
	name: string,
	confidence: number
): Toponym {
	return {
		start: county.start,
		end: county.end,
		text: county.text,
		name,
		lat: at.lat,
		lon: at.lon,
		kind: 'region',
		countryIso2: at.countryIso2,
		literal: true,
		confidence
	};
}
