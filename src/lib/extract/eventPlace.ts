import type { Sentence, Toponym } from './types';
import { normaliseWord } from './tokens';
import { PLACING_VERBS } from './places/recognitionWords';
import { distanceKm } from '$lib/geo/distanceKm';

/** A place an event may be located at: an index into the article's toponyms, and why. */
export interface PlaceChoice {
	i: number;
	t: Toponym;
	/** Higher is likelier to be where the event happened. */
	score: number;
	/**
	 * How it was found: in the sentence, the paragraph, a territory phrase, the one country the
	 * sentence names by adjective, or the article's scope.
	 */
	how: 'sentence' | 'paragraph' | 'territory' | 'demonym' | 'article';
}

/** Words before a name that place something in it ("in Minsk", "from Belarus", "near Brest"). */
const LOCATIVES = new Set(
	'in at on near inside within across throughout from into over outside around onto via'.split(' ')
);
/** Words after a name that make it an actor, not a location ("Moscow responded", "Kyiv insists"). */
const ACTOR_VERBS =
	/^\s*(?:has|have|had|is|was|will|would|said|says|say|announced|declared|insisted|insists|responded|claimed|accused|threatened|agreed|decided|refused|demanded|warned|sought|wants|wanted|called|denied|recognised|recognized)\b/i;
/**
 * "Belarusian territory", "Ukrainian soil", "on the Ukrainian side": a country named by its
 * adjective and a word for its land.
 */
const TERRITORY =
	/\b(?:(\p{Lu}[\p{L}’'-]*)\s+(?:territory|territories|soil|airspace|land|lands)|on the (\p{Lu}[\p{L}’'-]*) side)\b/gu;
/** Confidence below which a reading yields to any surer place in the same sentence. */
const UNSURE = 0.5;

/** Higher is more specific: a facility before a city, a city before its country. */
function specificity(t: Toponym): number {
	if (t.kind === 'facility' || t.kind === 'coordinates') return 4;
	if (t.kind === 'city') return t.literal ? 3 : 1;
	if (t.kind === 'region' || t.kind === 'water' || t.kind === 'border') return 2;
	return t.kind === 'country' ? 1 : 0;
}

const roleScores = new WeakMap<Toponym, number>();

/** roleScore, once per toponym: every date of a long sentence asks for the same ones. */
function roleScoreOf(text: string, t: Toponym): number {
	let score = roleScores.get(t);
	if (score === undefined) roleScores.set(t, (score = roleScore(text, t)));
	return score;
}

/** How much the words around a name say that something happened there. */
function roleScore(text: string, t: Toponym): number {
	const before = /([\p{L}]+)\W{0,3}$/u.exec(text.slice(Math.max(0, t.start - 20), t.start));
	const prev = before ? before[1].toLowerCase() : '';
	const after = text.slice(t.end, t.end + 24);
	if (LOCATIVES.has(prev) || PLACING_VERBS.has(prev)) return 3;
	if (/^['’]s\b/.test(after) || ACTOR_VERBS.test(after)) return -1;
	return 0;
}

/**
 * The article's main country: the one its places (a city counts for its country) and its demonyms
 * ("Belarusian") name most often, or null when it is not named as a country. Returns an index into
 * `toponyms` (its first mention as a country).
 */
export function mainCountry(
	text: string,
	toponyms: Toponym[],
	demonyms: ReadonlyMap<string, string>
): number | null {
	const count = new Map<string, number>();
	const add = (iso: string) => count.set(iso, (count.get(iso) ?? 0) + 1);
	for (const t of toponyms) if (t.countryIso2) add(t.countryIso2);
	if (demonyms.size) {
		for (const m of text.matchAll(CAPITALISED)) {
			const key = normaliseWord(m[0]);
			const iso = demonyms.get(key) ?? demonyms.get(key.replace(/s$/, ''));
			if (iso) add(iso);
		}
	}
	// Only the most named country is the article's: when it is never named as a country (an
	// article on Sudan may name only its towns and "Sudanese" forces), a country named in passing
	// is not the default place of its events.
	const top = Math.max(0, ...count.values());
	for (const [iso, n] of [...count].sort((a, b) => b[1] - a[1])) {
		if (n < top) break;
		const i = countryMention(toponyms, iso);
		if (i >= 0) return i;
	}
	return null;
}

const CAPITALISED = /\p{Lu}\p{Ll}+/gu;
const firstCountryMentions = new WeakMap<Toponym[], Map<string, number>>();

/** The index of the first mention of the country `iso` among `toponyms`, or -1. */
function countryMention(toponyms: Toponym[], iso: string): number {
	let first = firstCountryMentions.get(toponyms);
	if (!first) {
		first = new Map();
		toponyms.forEach((t, i) => {
			if (t.kind === 'country' && t.countryIso2 && !first!.has(t.countryIso2)) {
				first!.set(t.countryIso2, i);
			}
		});
		firstCountryMentions.set(toponyms, first);
	}
	return first.get(iso) ?? -1;
}

const mainCache = new WeakMap<Toponym[], number | null>();
/** adjectiveCountry and territoryCountries by sentence index, per document: the dates of one sentence share them. */
const adjectiveCache = new WeakMap<Toponym[], Map<number, number | null>>();
const territoryCache = new WeakMap<Toponym[], Map<number, number[]>>();
/** How often the paragraph names each country up to sentence s, by s, per document. */
const paragraphCountryCache = new WeakMap<Toponym[], Map<number, Map<string, number>>>();

/**
 * How often the paragraph of sentence `s` names each country (a town counts for its country) in
 * its sentences up to `s`; each sentence's counts are made once, from the one before it.
 */
function countriesOfParagraphUpTo(
	sentences: Sentence[],
	toponyms: Toponym[],
	bySentence: Map<number, number[]>,
	s: number
): Map<string, number> {
	let cache = paragraphCountryCache.get(toponyms);
	if (!cache) paragraphCountryCache.set(toponyms, (cache = new Map()));
	const paragraph = sentences[s].paragraph;
	let p = s;
	while (p >= 0 && sentences[p].paragraph === paragraph && !cache.has(p)) p--;
	let counts = p >= 0 && sentences[p].paragraph === paragraph ? cache.get(p)! : new Map();
	for (let q = p + 1; q <= s; q++) {
		counts = new Map(counts);
		for (const i of bySentence.get(q) ?? []) {
			const iso = toponyms[i].countryIso2;
			if (iso) counts.set(iso, (counts.get(iso) ?? 0) + 1);
		}
		cache.set(q, counts);
	}
	return counts;
}

/** `read()` for sentence `s` of the document whose toponyms are `toponyms`, once. */
function perSentence<T>(
	cache: WeakMap<Toponym[], Map<number, T>>,
	toponyms: Toponym[],
	s: number,
	read: () => T
): T {
	let bySentence = cache.get(toponyms);
	if (!bySentence) cache.set(toponyms, (bySentence = new Map()));
	if (!bySentence.has(s)) bySentence.set(s, read());
	return bySentence.get(s)!;
}

/** The toponym indices of the countries a sentence names as territory ("Belarusian soil"). */
function territoryCountries(
	sentence: string,
	toponyms: Toponym[],
	demonyms: ReadonlyMap<string, string>
): number[] {
	const found: number[] = [];
	for (const m of sentence.matchAll(TERRITORY)) {
		const iso = demonyms.get(normaliseWord(m[1] ?? m[2]));
		const i = iso ? countryMention(toponyms, iso) : -1;
		if (i >= 0) found.push(i);
	}
	return found;
}

/** The country a sentence names by adjective or demonym, when it names exactly one (its toponym index). */
function adjectiveCountry(
	sentence: string,
	toponyms: Toponym[],
	demonyms: ReadonlyMap<string, string>
): number | null {
	const isos = new Set<string>();
	for (const m of sentence.matchAll(CAPITALISED)) {
		const key = normaliseWord(m[0]);
		const iso = demonyms.get(key) ?? demonyms.get(key.replace(/s$/, ''));
		if (iso) isos.add(iso);
	}
	if (isos.size !== 1) return null;
	const [iso] = isos;
	const i = countryMention(toponyms, iso);
	return i >= 0 ? i : null;
}

/** What a name in another clause of the sentence than the date's loses ("…around Bawku, and Togo's Savanes region has suffered attacks since 2022"). */
const OTHER_CLAUSE = 4;
/** Where one clause of a sentence ends and another begins: a semicolon, or a comma and a conjunction. */
const CLAUSE_BREAK = /;\s|,\s(?:and|but|while|whereas)\s/g;

const clauseBreakCache = new WeakMap<Toponym[], Map<number, number[]>>();

/**
 * The clause of sentence `s` that holds `date`, from the sentence's clause breaks (found once), or
 * null when the sentence is one clause.
 */
function clauseAround(
	text: string,
	toponyms: Toponym[],
	sentences: Sentence[],
	s: number,
	date: { start: number; end: number }
): { start: number; end: number } | null {
	const sentence = sentences[s];
	const breaks = perSentence(clauseBreakCache, toponyms, s, () =>
		[...text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)].map(
			(m) => sentence.start + m.index
		)
	);
	if (breaks.length === 0) return null;
	// The first break at or after the date's end (breaks are in order).
	let low = 0;
	let high = breaks.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (breaks[middle] < date.end) low = middle + 1;
		else high = middle;
	}
	const before = low > 0 && breaks[low - 1] < date.start ? breaks[low - 1] : sentence.start;
	return { start: before, end: low < breaks.length ? breaks[low] : sentence.end };
}

/** How far from a region's point a town of its country is taken to lie in it, km. */
const REGION_REACH_KM = 300;

/** Whether the literal town `inner` lies in `outer`: its country, or a region of it near it. */
function liesIn(inner: Toponym, outer: Toponym): boolean {
	if (inner.kind !== 'city' || !inner.literal || inner.countryIso2 !== outer.countryIso2)
		return false;
	if (outer.kind === 'country') return true;
	return outer.kind === 'region' && distanceKm(inner, outer) < REGION_REACH_KM;
}

/**
 * "took El Fasher, the last stronghold in North Darfur", "talks in Minsk, in Belarus": a town
 * inside a region or country the sentence sets the event in is set there too, and is the more
 * precise place.
 */
function inheritSetting(choices: PlaceChoice[]): void {
	for (const inner of choices) {
		for (const outer of choices) {
			if (outer !== inner && liesIn(inner.t, outer.t))
				inner.score = Math.max(inner.score, outer.score + 0.1);
		}
	}
}

/** Kinds that name a whole country or more: mentioned as actors more often than as settings. */
const WIDE = new Set(['country', 'continent']);

/**
 * When every candidate is a country or continent merely mentioned ("relations with the United
 * States", "challenges for Russia"), the article's main country is the likelier setting; when it is
 * not among them, the one of them the paragraph so far names most ("Lebanon watched closely. The
 * ceasefire between Israel and Hezbollah required Israeli forces to leave southern Lebanon").
 */
function withScope(
	choices: PlaceChoice[],
	main: number | null,
	toponyms: Toponym[],
	byAdjective: number | null,
	paragraphCountries: Map<string, number>
): PlaceChoice[] {
	const sorted = choices.sort((a, b) => b.score - a.score);
	// When every name in the sentence is an actor ("Russia's aggression", "Kyiv said"), a country
	// named by adjective ("among Ukrainians") is the likelier setting; otherwise the article's.
	const actorsOnly = sorted.every((c) => c.score < 0);
	const scope = (actorsOnly ? byAdjective : null) ?? main;
	if (scope === null || sorted.some((c) => c.score >= 2 || !WIDE.has(c.t.kind))) return sorted;
	const iso = toponyms[scope].countryIso2;
	const namedInParagraph = (c: PlaceChoice) => paragraphCountries.get(c.t.countryIso2 ?? '') ?? 0;
	const own =
		sorted.find((c) => c.t.countryIso2 === iso) ??
		[...sorted]
			.filter((c) => c.t.kind === 'country' && namedInParagraph(c) > 1)
			.sort((a, b) => namedInParagraph(b) - namedInParagraph(a))[0];
	const top: PlaceChoice = own
		? { ...own, score: sorted[0].score + 1 }
		: {
				i: scope,
				t: toponyms[scope],
				score: sorted[0].score + 1,
				how: byAdjective === null ? 'article' : 'demonym'
			};
	return [top, ...sorted.filter((c) => c !== own)];
}

/**
 * Places for an event dated at `date` in sentence `s`, best first: names in the sentence ranked by
 * their role ("in X" before "X said"), specificity and distance to the date; "<Demonym> territory"
 * as its country; else the places of the paragraph's earlier sentences; else the article's main
 * country. `demonyms` maps a normalised demonym ("belarusian") to an ISO2 code.
 *
 * @example choosePlaces(text, sentences, toponyms, bySentence, 3, { start: 120, end: 130 }, demonyms)
 */
export function choosePlaces(
	text: string,
	sentences: Sentence[],
	toponyms: Toponym[],
	bySentence: Map<number, number[]>,
	s: number,
	date: { start: number; end: number },
	demonyms: ReadonlyMap<string, string> = new Map()
): PlaceChoice[] {
	const within = (sentence: number) =>
		(bySentence.get(sentence) ?? []).filter((i) => {
			const t = toponyms[i];
			return !(t.start < date.end && t.end > date.start);
		});
	const sentence = sentences[s];
	const here = within(s);
	const sure = here.some((i) => toponyms[i].confidence >= UNSURE);
	const clause = clauseAround(text, toponyms, sentences, s, date);
	const outside = (t: Toponym) => clause !== null && (t.start < clause.start || t.end > clause.end);
	// A clause without a place of its own leaves the sentence's places as they are.
	const clauseNamesOne = clause !== null && here.some((i) => !outside(toponyms[i]));
	const choices: PlaceChoice[] = here.map((i) => {
		const t = toponyms[i];
		const score =
			roleScoreOf(text, t) +
			0.3 * specificity(t) -
			Math.abs(t.start - date.start) / 1000 -
			(clauseNamesOne && outside(t) ? OTHER_CLAUSE : 0) -
			(sure && t.confidence < UNSURE ? 2 : 0);
		return { i, t, score, how: 'sentence' };
	});
	inheritSetting(choices);
	for (const i of perSentence(territoryCache, toponyms, s, () =>
		territoryCountries(text.slice(sentence.start, sentence.end), toponyms, demonyms)
	))
		choices.push({ i, t: toponyms[i], score: 3.5, how: 'territory' });
	if (!mainCache.has(toponyms)) mainCache.set(toponyms, mainCountry(text, toponyms, demonyms));
	const main = mainCache.get(toponyms) ?? null;
	// "…permanently reshaped Ukrainian attitudes": the one country the sentence names by adjective.
	const byAdjective = perSentence(adjectiveCache, toponyms, s, () =>
		adjectiveCountry(text.slice(sentence.start, sentence.end), toponyms, demonyms)
	);
	const paragraphCountries = countriesOfParagraphUpTo(sentences, toponyms, bySentence, s);
	if (choices.length) return withScope(choices, main, toponyms, byAdjective, paragraphCountries);
	if (byAdjective !== null)
		return [{ i: byAdjective, t: toponyms[byAdjective], score: 1, how: 'demonym' }];
	// A continent an earlier sentence names ("Russia's collaborator in Europe") is too wide to
	// place the next one's event when the article has a country of its own.
	const placesEarlier = (p: number) =>
		within(p).filter((i) => main === null || toponyms[i].kind !== 'continent');
	for (let p = s - 1; p >= 0 && sentences[p].paragraph === sentence.paragraph; p--) {
		const earlier = placesEarlier(p).map((i) => ({
			i,
			t: toponyms[i],
			score: roleScoreOf(text, toponyms[i]) + 0.3 * specificity(toponyms[i]),
			how: 'paragraph' as const
		}));
		if (earlier.length) return withScope(earlier, main, toponyms, null, paragraphCountries);
	}
	return main === null ? [] : [{ i: main, t: toponyms[main], score: 0, how: 'article' }];
}
