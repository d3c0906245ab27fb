import type { Gazetteer, GazetteerEntry } from './gazetteer';
import type { BorderMention, NameMention, PlaceRecognition } from './03-places';
import type { Sentence, Toponym } from './types';
import type { Token } from './tokens';
import { sentenceAt } from './02-segment';
import { nameKey } from './tokens';
import { placeOnly } from './place';

/** Weight of the document's country focus (0..1) in a candidate's score. */
const FOCUS_WEIGHT = 0.5;
/** Bonus when the candidate's country is named in the same sentence. */
const SAME_SENTENCE_WEIGHT = 0.3;
/**
 * Penalty for a reading found only through an alternate name when another place bears the name
 * itself: "Minsk" is Minsk before it is an old name of Mińsk Mazowiecki, "Beirut" is not Bierutów.
 */
const ALTERNATE_NAME_PENALTY = 0.6;
const MAX_CANDIDATES = 5;
const LOCATIVE = new Set(
	'in to from at into onto on near via outside inside around across toward towards within of through'.split(
		' '
	)
);

/** Share of the document's country evidence per ISO2, 0..1 relative to the most mentioned. */
function countryFocus(gaz: Gazetteer, names: NameMention[], tokens: Token[]): Map<string, number> {
	const weight = new Map<string, number>();
	const add = (iso: string | null, w: number) => {
		if (iso) weight.set(iso, (weight.get(iso) ?? 0) + w);
	};
	for (const n of names) {
		const countries = new Set(n.entries.map((e) => gaz.entries[e].countryIso2));
		const country = n.entries.find((e) => gaz.entries[e].kind === 'country');
		if (country !== undefined) add(gaz.entries[country].countryIso2, 1);
		else if (countries.size === 1) add([...countries][0], 0.5);
	}
	for (const t of tokens) {
		if (t.capitalised) add(gaz.demonyms.get(t.key) ?? null, 0.5);
	}
	const max = Math.max(1, ...weight.values());
	return new Map([...weight].map(([iso, w]) => [iso, w / max]));
}

function scoreEntry(
	entry: GazetteerEntry,
	focus: Map<string, number>,
	nearby: Set<string>
): number {
	const iso = entry.countryIso2;
	return (
		entry.prior +
		(iso ? FOCUS_WEIGHT * (focus.get(iso) ?? 0) : 0) +
		(iso && nearby.has(iso) ? SAME_SENTENCE_WEIGHT : 0)
	);
}

/** 0..1: the winner's share of the top two scores; a name with one reading gets a bonus. */
function confidenceOf(best: number, runnerUp: number, readings: number): number {
	const share = best / (best + runnerUp) + (readings === 1 ? 0.1 : 0);
	return Math.round(Math.min(1, share) * 100) / 100;
}

/** Capitals stand for governments unless a preposition places something in them. */
function isLiteral(entry: GazetteerEntry, tokens: Token[], mention: NameMention): boolean {
	if (entry.kind !== 'city' || entry.featureCode !== 'PPLC') return true;
	const prev = tokens[mention.token - 1];
	return prev !== undefined && LOCATIVE.has(prev.key);
}

/** Countries unambiguously named in each sentence, to favour co-located readings. */
function countriesBySentence(gaz: Gazetteer, names: NameMention[], sentences: Sentence[]) {
	const bySentence = new Map<number, Set<string>>();
	for (const n of names) {
		const isos = new Set(n.entries.map((e) => gaz.entries[e].countryIso2));
		if (isos.size !== 1) continue;
		const iso = [...isos][0];
		if (!iso) continue;
		const s = sentenceAt(sentences, n.start);
		if (!bySentence.has(s)) bySentence.set(s, new Set());
		bySentence.get(s)!.add(iso);
	}
	return bySentence;
}

function resolveBorder(
	gaz: Gazetteer,
	border: BorderMention,
	countriesNear: (from: number, to: number) => string[],
	sentence: Sentence | undefined,
	focus: Map<string, number>
): Toponym | null {
	const owner =
		border.ownerIso2 ??
		(border.possessorEnd !== null
			? (countriesNear(border.possessorEnd - 1, border.possessorEnd)[0] ?? null)
			: null);
	const byFocus = [...focus].sort((a, b) => b[1] - a[1]).map(([iso]) => iso);
	const partnersNamed =
		border.partnersFrom >= 0 ? countriesNear(border.partnersFrom, border.partnersFrom + 80) : [];
	const inSentence = sentence ? countriesNear(sentence.start, sentence.end) : [];
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

/** Picks one reading per mention (priors, country focus, co-occurrence) and resolves borders. */
export function resolvePlaces(
	gaz: Gazetteer,
	found: PlaceRecognition,
	tokens: Token[],
	sentences: Sentence[]
): Toponym[] {
	const focus = countryFocus(gaz, found.names, tokens);
	const nearbyBySentence = countriesBySentence(gaz, found.names, sentences);
	const toponyms: Toponym[] = [];
	for (const mention of found.names) {
		const nearby = nearbyBySentence.get(sentenceAt(sentences, mention.start)) ?? new Set<string>();
		const spellings = gaz.aliases.get(nameKey(mention.text)) ?? [];
		const named = new Set(spellings.filter((a) => a.main).map((a) => a.entry));
		// Only a place at least as large as the one behind the alternate name outranks it (GeoNames
		// names the city of Mykolaiv "Mykolayiv"; a village is called "Mykolaiv").
		const namedSize = Math.max(
			0,
			...[...named].map((e) =>
				gaz.entries[e].source === 'geonames' ? gaz.entries[e].population : Infinity
			)
		);
		const ranked = mention.entries
			.map((e) => ({
				entry: gaz.entries[e],
				score:
					scoreEntry(gaz.entries[e], focus, nearby) -
					(named.size && !named.has(e) && namedSize >= gaz.entries[e].population
						? ALTERNATE_NAME_PENALTY
						: 0)
			}))
			.sort((a, b) => b.score - a.score);
		const best = ranked[0];
		toponyms.push({
			start: mention.start,
			end: mention.end,
			text: mention.text,
			...placeOnly(best.entry),
			literal: isLiteral(best.entry, tokens, mention),
			confidence: confidenceOf(best.score, ranked[1]?.score ?? 0, ranked.length),
			...(ranked.length > 1
				? {
						candidates: ranked.slice(0, MAX_CANDIDATES).map((r) => ({
							...placeOnly(r.entry),
							score: Math.round(r.score * 1000) / 1000
						}))
					}
				: {})
		});
	}
	const countries = toponyms.filter((t) => t.kind === 'country');
	const countriesNear = (from: number, to: number) => {
		let lo = 0;
		let hi = countries.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (countries[mid].end <= from) lo = mid + 1;
			else hi = mid;
		}
		const isos: string[] = [];
		for (let i = lo; i < countries.length && countries[i].start < to; i++)
			isos.push(countries[i].countryIso2!);
		return isos;
	};
	for (const border of found.borders) {
		const sentence = sentences[sentenceAt(sentences, border.start)];
		const toponym = resolveBorder(gaz, border, countriesNear, sentence, focus);
		if (toponym) toponyms.push(toponym);
	}
	for (const c of found.coordinates) {
		toponyms.push({
			start: c.start,
			end: c.end,
			text: c.text,
			name: `${c.lat.toFixed(4)}, ${c.lon.toFixed(4)}`,
			lat: c.lat,
			lon: c.lon,
			kind: 'coordinates',
			countryIso2: null,
			literal: true,
			confidence: 0.95
		});
	}
	return toponyms.sort((a, b) => a.start - b.start);
}
