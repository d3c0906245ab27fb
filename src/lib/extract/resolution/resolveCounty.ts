import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import type { CountyMention } from '../places/findCounties';
import type { Toponym } from '../types';
import { nameKey } from '../tokens';
import { distanceKm } from '$lib/geo/distanceKm';

/** How near a named division must be, in characters, to qualify a county ("Metcalfe County, Ky."). */
const COUNTY_DIVISION_WINDOW = 120;
const HEAD_WORDS = ['county', 'parish'];

/**
 * A county is one of the gazetteer's counties of its name (see countyOfGazetteer). One the
 * gazetteer lacks (County Cork) is placed at the town of its name in the article's countries
 * nearest its surer places, else at the division named beside it, else not at all.
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
	const gap = (t: Toponym) => Math.max(t.start - county.end, county.start - t.end);
	const division = toponyms
		.filter((t) => t.kind === 'region' && t.countryIso2 !== null && gap(t) < COUNTY_DIVISION_WINDOW)
		.sort((a, b) => gap(a) - gap(b))[0];
	const known = countyOfGazetteer(gaz, county.baseKey, division, toponyms, nearest);
	if (known) return countyToponym(county, known.entry, known.entry.name, known.sure ? 0.9 : 0.6);
	const town = entriesOf(gaz, county.baseKey)
		.filter((e) => e.kind === 'city' && e.countryIso2 && (focus.get(e.countryIso2) ?? 0) > 0)
		.sort((a, b) => nearest(a) - nearest(b) || b.population - a.population)[0];
	const at = town && (!division || town.countryIso2 === division.countryIso2) ? town : division;
	return at ? countyToponym(county, at, county.text, town ? 0.5 : 0.3) : null;
}

/**
 * Of the gazetteer's counties named `baseKey` ("monroe"): the one in the division named right
 * beside the mention; else, of those in divisions the article names (or of all), the one nearest
 * the article's surer places, then nearest the largest town of the name (Orange County, California).
 */
function countyOfGazetteer(
	gaz: Gazetteer,
	baseKey: string,
	division: Toponym | undefined,
	toponyms: Toponym[],
	nearest: (e: GazetteerEntry) => number
): { entry: GazetteerEntry; sure: boolean } | null {
	// "Monroe County, Missouri" is an alias of the county in Missouri.
	const inDivisions = (divisions: Toponym[]) =>
		[...new Set(divisions.map((d) => nameKey(d.name)))].flatMap((d) =>
			HEAD_WORDS.flatMap((head) => entriesOf(gaz, `${baseKey} ${head} ${d}`))
		);
	const beside = division ? inDivisions([division]) : [];
	if (beside.length) return { entry: beside[0], sure: true };
	const counties = HEAD_WORDS.flatMap((head) =>
		entriesOf(gaz, `${baseKey} ${head}`).filter((e) => e.featureCode === 'ADM2')
	);
	if (!counties.length) return null;
	const named = inDivisions(toponyms.filter((t) => t.kind === 'region'));
	const largestTown = entriesOf(gaz, baseKey)
		.filter((e) => e.kind === 'city' && e.countryIso2 === counties[0].countryIso2)
		.sort((a, b) => b.population - a.population)[0];
	const fromTown = (e: GazetteerEntry) => (largestTown ? distanceKm(e, largestTown) : 0);
	const [entry] = (named.length ? named : counties).sort(
		(a, b) => nearest(a) - nearest(b) || fromTown(a) - fromTown(b)
	);
	return { entry, sure: counties.length === 1 };
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
