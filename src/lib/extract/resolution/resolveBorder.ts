import type { Gazetteer } from '../gazetteer';
import type { BorderMention } from '../places/findBorders';
import type { Sentence, Toponym } from '../types';

/** ISO2 codes of the toponyms overlapping `from`..`to`; `toponyms` is in text order. */
function countriesBetween(toponyms: Toponym[], from: number, to: number): string[] {
	let lo = 0;
	let hi = toponyms.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (toponyms[mid].end <= from) lo = mid + 1;
		else hi = mid;
	}
	const isos: string[] = [];
	for (let i = lo; i < toponyms.length && toponyms[i].start < to; i++)
		isos.push(toponyms[i].countryIso2!);
	return isos;
}

/**
 * Places a border phrase on the shared border of its owner (a demonym or a possessive) and the
 * partners named after it, else the countries of its sentence (named, then those of its towns and
 * regions: "Minsk would move troops to the border with Ukraine"), else the article's most named;
 * null when no two of them share a border. `countries` are the country toponyms in text order,
 * `places` the towns and regions with a country.
 */
export function resolveBorder(
	gaz: Gazetteer,
	border: BorderMention,
	countries: Toponym[],
	places: Toponym[],
	sentence: Sentence | undefined,
	focus: Map<string, number>
): Toponym | null {
	const countriesNear = (from: number, to: number) => countriesBetween(countries, from, to);
	const owner =
		border.ownerIso2 ??
		(border.possessorEnd !== null
			? (countriesNear(border.possessorEnd - 1, border.possessorEnd)[0] ?? null)
			: null);
	const byFocus = [...focus].sort((a, b) => b[1] - a[1]).map(([iso]) => iso);
	const partnersNamed =
		border.partnersFrom >= 0 ? countriesNear(border.partnersFrom, border.partnersFrom + 80) : [];
	const inSentence = sentence
		? [
				...new Set([
					...countriesNear(sentence.start, sentence.end),
					...countriesBetween(places, sentence.start, sentence.end)
				])
			]
		: [];
	const sharing = (a: string) => (b: string) =>
		gaz.borders.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a));
	const pick = (a: string, order: string[]) => {
		const point = gaz.entries[gaz.countryByIso2.get(a) ?? -1];
		return order
			.filter((b) => b !== a)
			.map((b) => sharing(a)(b))
			.filter((x): x is NonNullable<typeof x> => !!x)
			.filter((x) => {
				if (!border.direction || !point) return true;
				const dLat = x.lat - point.lat;
				const dLon = (x.lon - point.lon) * Math.cos((point.lat * Math.PI) / 180);
				const to = { north: dLat, south: -dLat, east: dLon, west: -dLon }[border.direction];
				return (
					to >
					Math.abs(border.direction === 'north' || border.direction === 'south' ? dLon : dLat) * 0.5
				);
			});
	};
	let segments: ReturnType<typeof pick> = [];
	if (owner) {
		segments = partnersNamed.length ? pick(owner, partnersNamed) : [];
		if (!segments.length) segments = pick(owner, inSentence).slice(0, 1);
		if (!segments.length) segments = pick(owner, byFocus).slice(0, 1);
	} else {
		for (const a of [...inSentence, ...byFocus]) {
			segments = pick(a, [...inSentence, ...byFocus]).slice(0, 1);
			if (segments.length) break;
		}
	}
	if (!segments.length) return null;
	const name = (x: (typeof segments)[number]) =>
		[x.a, x.b]
			.map((iso) => gaz.entries[gaz.countryByIso2.get(iso)!].name)
			.sort()
			.join('–');
	return {
		start: border.start,
		end: border.end,
		text: border.text,
		name: `${segments.map(name).join(', ')} border`,
		lat: segments.reduce((s, x) => s + x.lat, 0) / segments.length,
		lon: segments.reduce((s, x) => s + x.lon, 0) / segments.length,
		kind: 'border',
		countryIso2: null,
		literal: true,
		confidence: owner ? 0.7 : 0.5
	};
}
