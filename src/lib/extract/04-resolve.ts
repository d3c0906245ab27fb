import type { Gazetteer, GazetteerEntry } from './gazetteer';
import type { BorderMention, CountyMention, NameMention, PlaceRecognition } from './03-places';
import type { Sentence, Toponym } from './types';
import type { Token } from './tokens';
import { sentenceAt } from './02-segment';
import { nameKey } from './tokens';
import { placeOnly } from './place';

/** Weight of the document's country focus (0..1) in a candidate's score. */
const FOCUS_WEIGHT = 0.5;
/** Bonus when the candidate's country is named in the same sentence. */
const SAME_SENTENCE_WEIGHT = 0.2;
/**
 * Penalty for a reading found only through an alternate name when another place bears the name
 * itself: "Minsk" is Minsk before it is an old name of Mińsk Mazowiecki, "Beirut" is not Bierutów.
 */
const ALTERNATE_NAME_PENALTY = 0.6;
const MAX_CANDIDATES = 5;
const MILLION = 1_000_000;
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
		// Only names with one country among their larger readings count: "Mexico" (a few small US
		// towns too) counts for Mexico, "Georgia" (the country or the state) for neither.
		// A name with no country reading counts only when all its readings share one country: a
		// division "Nelson" (New Zealand) must not make every Nelson in Canada a New Zealand one.
		const hasCountry = n.entries.some((e) => gaz.entries[e].kind === 'country');
		const large = n.entries.filter((e) => gaz.entries[e].source !== 'geonames');
		const countries = new Set(
			(hasCountry ? large : n.entries).map((e) => gaz.entries[e].countryIso2)
		);
		if (countries.size !== 1) continue;
		const country = n.entries.some((e) => gaz.entries[e].kind === 'country');
		add([...countries][0], country ? 1 : 0.5);
	}
	for (const t of tokens) {
		if (t.capitalised) add(gaz.demonyms.get(t.key) ?? null, 0.5);
	}
	const max = Math.max(1, ...weight.values());
	return new Map([...weight].map(([iso, w]) => [iso, w / max]));
}

/** Great-circle distance in km. */
function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const r = Math.PI / 180;
	const h =
		Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
		Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
	return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Bonus for a reading close to the article's other, surer places (not countries). */
const PROXIMITY_WEIGHT = 0.4;
/** Distance at which the proximity bonus falls to zero, km. */
const PROXIMITY_RANGE_KM = 600;
/** Bonus for a reading inside the place named right after it ("London, Ontario"). */
const QUALIFIER_WEIGHT = 1;
/** Bonus for the reading of the kind the words around it call for ("Quebec province"). */
const KIND_WEIGHT = 0.4;
const REGION_HEADS = new Set(
	'province provinces state states region oblast governorate prefecture county district territory'.split(
		' '
	)
);
const TOWN_HEADS = new Set('city town village'.split(' '));

/** Readings the words around a mention call for: "the province of X", "X state", "the city of X". */
function expectedKind(
	tokens: Token[],
	mention: NameMention,
	last: number
): 'region' | 'city' | null {
	const next = tokens[last + 1];
	const prev2 = tokens[mention.token - 2];
	const prev = tokens[mention.token - 1];
	const before = prev?.key === 'of' ? prev2 : undefined;
	if (
		(next && !next.capitalised && REGION_HEADS.has(next.key)) ||
		(before && REGION_HEADS.has(before.key))
	)
		return 'region';
	if (before && TOWN_HEADS.has(before.key)) return 'city';
	return null;
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

interface Reading {
	entry: GazetteerEntry;
	score: number;
}

/** How far from a division's representative point a place may lie in it (Ontario spans 1,700 km). */
const DIVISION_REACH_KM = 1500;

/** Whether a place lies in a country or near a division's representative point. */
function within(entry: GazetteerEntry, container: GazetteerEntry): boolean {
	if (entry.countryIso2 !== container.countryIso2) return false;
	return container.kind === 'country' || distanceKm(entry, container) < DIVISION_REACH_KM;
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

/**
 * One referent per name in an article: each reading's scores are summed over every mention of the
 * name, so "London, Ontario" once makes every "London" of the article the Ontario city. Returns
 * the rankings with the summed scores, best first.
 */
function oneSensePerDiscourse(names: NameMention[], rankings: Reading[][]): Reading[][] {
	const totals = new Map<string, Map<GazetteerEntry, number>>();
	names.forEach((m, n) => {
		const key = nameKey(m.text);
		let sum = totals.get(key);
		if (!sum) totals.set(key, (sum = new Map()));
		for (const r of rankings[n]) sum.set(r.entry, (sum.get(r.entry) ?? 0) + r.score);
	});
	return names.map((m, n) => {
		const sum = totals.get(nameKey(m.text))!;
		const count = names.filter((o) => o.text === m.text).length || 1;
		return rankings[n]
			.map((r) => ({ entry: r.entry, score: sum.get(r.entry)! / count }))
			.sort((a, b) => b.score - a.score);
	});
}

/** How near a named division must be, in characters, to locate a county without a town of its name. */
const COUNTY_DIVISION_WINDOW = 120;

/**
 * A county is placed at a town of its name in the article's country (Orange County at Orange),
 * nearest the article's surer places; else at the division named right beside it ("Metcalfe
 * County, Ky."); else not at all.
 */
function resolveCounty(
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

/** Picks one reading per mention (priors, country focus, co-occurrence) and resolves borders. */
export function resolvePlaces(
	gaz: Gazetteer,
	found: PlaceRecognition,
	tokens: Token[],
	sentences: Sentence[]
): Toponym[] {
	const focus = countryFocus(gaz, found.names, tokens);
	const nearbyBySentence = countriesBySentence(gaz, found.names, sentences);
	const byStart = new Map(found.names.map((n, i) => [n.start, i]));
	const tokenIndex = new Map(tokens.map((t, i) => [t.end, i]));
	const rank = (mention: NameMention, anchors: GazetteerEntry[] | null): Reading[] => {
		const nearby = nearbyBySentence.get(sentenceAt(sentences, mention.start)) ?? new Set<string>();
		const spellings = gaz.aliases.get(nameKey(mention.text)) ?? [];
		const named = new Set(spellings.filter((a) => a.main).map((a) => a.entry));
		// Only a place at least as large as the one behind the alternate name outranks it (GeoNames
		// names the city of Mykolaiv "Mykolayiv"; a village is called "Mykolaiv").
		// A division or feature of that name demotes only towns under a million: "Kiev" (the
		// division) leaves Kyiv the city its old name, "Missouri" is not a town called so.
		const namedSize = Math.max(
			0,
			...[...named].map((e) =>
				gaz.entries[e].source === 'geonames' ? gaz.entries[e].population : MILLION
			)
		);
		const last = tokenIndex.get(mention.end) ?? mention.token;
		const kind = expectedKind(tokens, mention, last);
		const qualifier = qualifierOf(mention);
		const qualified = qualifiedBy(mention);
		return mention.entries
			.map((e) => {
				const entry = gaz.entries[e];
				let score =
					scoreEntry(entry, focus, nearby) -
					(namedSize > 0 &&
					!named.has(e) &&
					entry.source === 'geonames' &&
					namedSize >= entry.population
						? ALTERNATE_NAME_PENALTY
						: 0);
				if (kind && entry.kind === kind) score += KIND_WEIGHT;
				if (qualifier && qualifier !== entry && within(entry, qualifier)) score += QUALIFIER_WEIGHT;
				// "Atlanta, Georgia": the qualifier is the reading that contains the place before it.
				if (qualified?.some((q) => q !== entry && within(q, entry))) score += QUALIFIER_WEIGHT;
				if (anchors && entry.kind !== 'country') {
					let nearest = Infinity;
					for (const a of anchors)
						if (a !== entry) nearest = Math.min(nearest, distanceKm(a, entry));
					score += PROXIMITY_WEIGHT * Math.max(0, 1 - nearest / PROXIMITY_RANGE_KM);
				}
				return { entry, score };
			})
			.sort((a, b) => b.score - a.score);
	};
	/** "Atlanta, Georgia": the readings of the name before the comma, when this mention follows one. */
	const qualifiedBy = (mention: NameMention): GazetteerEntry[] | null => {
		const i = byStart.get(mention.start);
		const before = i !== undefined && i > 0 ? found.names[i - 1] : undefined;
		if (!before?.commaAfter) return null;
		const next = tokens[(tokenIndex.get(before.end) ?? -2) + 1];
		if (!next || next.start !== mention.start) return null;
		return before.entries.map((e) => gaz.entries[e]).filter((e) => e.kind === 'city');
	};
	/** "London, Ontario": the reading of the name after the comma, when it is a country or division. */
	const qualifierOf = (mention: NameMention): GazetteerEntry | null => {
		const next = tokens[(tokenIndex.get(mention.end) ?? -2) + 1];
		if (!next || !mention.commaAfter) return null;
		const i = byStart.get(next.start);
		if (i === undefined) return null;
		const entries = found.names[i].entries.map((e) => gaz.entries[e]);
		return (
			entries.find((e) => e.kind === 'country') ??
			entries.find((e) => e.featureCode === 'ADM1') ??
			null
		);
	};
	// First pass: context from countries only; its sure readings anchor the second pass.
	const first = found.names.map((m) => rank(m, null));
	const anchors = first
		.filter((r) => r.length === 1 || r[0].score - (r[1]?.score ?? 0) > 0.3)
		.map((r) => r[0].entry)
		.filter((e) => e.kind !== 'country');
	const rankings = found.names.map((m) => rank(m, anchors));
	const discourse = oneSensePerDiscourse(found.names, rankings);
	const toponyms: Toponym[] = [];
	found.names.forEach((mention, n) => {
		const ranked = discourse[n];
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
	});
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
	for (const county of found.counties) {
		const toponym = resolveCounty(gaz, county, toponyms, anchors, focus);
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
