import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import type { CountyMention } from '../places/findCounties';
import type { Toponym } from '../types';
import { distanceKm } from './distanceKm';

/** How near a named division must be, in characters, to locate a county without a town of its name. */
const COUNTY_DIVISION_WINDOW = 120;

/**
 * A county is placed at a town of its name in the article's country (Orange County at Orange),
 * nearest the article's surer places; else at the division named right beside it ("Metcalfe
 * County, Ky."); else not at all.
 */
export function resolveCounty(
	gaz: Gazetteer,
	county: CountyMention,
	toponyms: Toponym[],
	anchors: GazetteerEntry[],
	focus: Map<string, number>
): Toponym | null {
	const towns = (gaz.aliases.get(county.baseKey) ?? [])
		.map((a) => gaz.entries[a.entry])
		.filter((e) => e.kind === 'city' && e.countryIso2 && (focus.get(e.countryIso2) ?? 0) > 0);
	const nearest = (e: GazetteerEntry) =>
		Math.min(Infinity, ...anchors.map((a) => distanceKm(a, e)));
	const town = towns.sort((a, b) => nearest(a) - nearest(b) || b.population - a.population)[0];
	const division = toponyms.find(
		(t) =>
			t.kind === 'region' &&
			Math.abs(t.start - county.end) < COUNTY_DIVISION_WINDOW &&
			t.countryIso2 !== null
	);
	const at = town && (!division || town.countryIso2 === division.countryIso2) ? town : division;
	if (!at) return null;
	return {
		start: county.start,
		end: county.end,
		text: county.text,
		name: county.text,
		lat: at.lat,
		lon: at.lon,
		kind: 'region',
		countryIso2: at.countryIso2,
		literal: true,
		confidence: town ? 0.5 : 0.3
	};
}
