import type { Gazetteer } from './gazetteer';
import type { Span } from './types';
import type { Token } from './tokens';
import { nameKey } from './tokens';

/** A gazetteer name found in the text, before resolution: every entry it could mean. */
export interface NameMention extends Span {
	text: string;
	entries: number[];
	/** Index of the first token of the mention in the token list. */
	token: number;
	/** Followed by a comma and a space at most, as in "London, Ontario". */
	commaAfter: boolean;
}

/** "the inter-state border", "Ukraine's northern borders", "the Ukrainian border crossing". */
export interface BorderMention extends Span {
	text: string;
	/** Country named by an adjective inside the phrase ("Ukrainian border"). */
	ownerIso2: string | null;
	/** Offset just before "'s" when a possessive precedes the phrase ("Ukraine's borders"). */
	possessorEnd: number | null;
	direction: 'north' | 'south' | 'east' | 'west' | null;
	/** Where to look for the other side ("borders with Lithuania and Poland"), or -1. */
	partnersFrom: number;
}

export interface CoordinateMention extends Span {
	text: string;
	lat: number;
	lon: number;
}

/** "Orange County", "Plymouth Co.", "County Cork": a second-level division named by its head word. */
export interface CountyMention extends Span {
	text: string;
	/** The name without the head word, as a gazetteer key ("orange", "cork"). */
	baseKey: string;
}

export interface PlaceRecognition {
	names: NameMention[];
	counties: CountyMention[];
	borders: BorderMention[];
	coordinates: CoordinateMention[];
}

/** Below this population a town whose name is a common English word is not taken on its own. */
export const MIN_POPULATION_FOR_COMMON_WORD = 200_000;
/** Below this population a town whose name also appears in lower case in the text is dropped. */
const MIN_POPULATION_FOR_LOWERCASE_TWIN = 100_000;
/** Below this population a town whose name is also a person's name in the text is dropped. */
const MIN_POPULATION_FOR_PERSON_NAME = 1_000_000;
/**
 * Below this population a town needs evidence in its own words: a locative before it ("in X"),
 * a qualifier after it ("X, Y"), or its country named in the article.
 */
export const MIN_POPULATION_WITHOUT_EVIDENCE = 15_000;
/** Below this population "the X" is the name of something else ("the White House"). */
const MIN_POPULATION_FOR_THE_PHRASE = 50_000;
const SPEECH_VERBS = new Set(
	'said says told added wrote argued explained noted asked replied insisted claimed stated according'.split(
		' '
	)
);
const LOCATIVES = new Set(
	'in at near from to outside inside around across toward towards into via through between of'.split(
		' '
	)
);

/** Capitalised heads that turn a preceding place name into the name of something else. */
const INSTITUTION_HEADS = new Set(
	`forum dialogue format council center centre institute university college school academy group battalion regiment
brigade division corps declaration agreement agreements accords accord protocol memorandum conference club airlines
airways times post review initiative triangle process company corporation committee commission foundation tribunal
pact summit union alliance congress assembly party front movement index fund bank stadium museum theatre theater
orchestra ballet opera fc team dynamo spartak express herald gazette journal weekly daily telegraph tribune doctrine
plan talks`.split(/\s+/)
);
const TITLES = new Set(
	'president minister premier chancellor general gen colonel col captain capt lieutenant lt sergeant admiral marshal commander ambassador mr mrs ms dr sir lord lady mayor governor senator prince king queen pope patriarch'.split(
		' '
	)
);
/** Lower-case nouns after which a capitalised name is the name of that thing: "the company Orano", "the container ship Joseph Schulte". */
const APPOSITION_HEADS = new Set(
	'company firm airline carrier operator trader conglomerate giant newspaper broadcaster ship vessel tanker freighter frigate cruiser corvette destroyer submarine yacht icebreaker'.split(
		' '
	)
);
const FUNCTION_WORDS = new Set(
	`a an the in on at to from of for by with into onto over under near via and or but nor as than since until after
before between among across around during through while when where if that this these those its his her their our
my your both either neither each every all some any no not why what how who which whom whose`.split(
		/\s+/
	)
);
const QUOTE_TRAP =
	/(?:group|unit|call ?signs?|codename|code name|nickname|nom de guerre|battalion|regiment|brigade|company|ship|vessel|frigate|cruiser|submarine|operation|exercises?|drills?|known as|dubbed|named|called|system)\W{0,3}$/i;
const OPEN_QUOTE = /["“‘'«]/;
const CLOSE_QUOTE = /["”’'»]/;
const BETWEEN_NAME_WORDS = /^[ \-‐–’'.]{0,2}$/;

/** "Louisville, Ky.": a capitalised word, a comma, the abbreviation and its period. */
function qualifies(text: string, tokens: Token[], i: number, length: number): boolean {
	const prev = tokens[i - 1];
	const last = tokens[i + length - 1];
	return (
		prev !== undefined &&
		prev.capitalised &&
		/^, ?$/.test(text.slice(prev.end, tokens[i].start)) &&
		text[last.end] === '.'
	);
}

/** Whether a word next to the match is in capitals too, as in a headline or dateline. */
function capsAround(tokens: Token[], i: number, length: number): boolean {
	const prev = tokens[i - 1];
	const next = tokens[i + length];
	if (length > 1 && tokens.slice(i, i + length).every((t) => t.allCaps)) return true;
	return (
		(prev !== undefined && prev.allCaps && prev.end - prev.start > 1) ||
		(next !== undefined && next.allCaps && next.end - next.start > 1)
	);
}

function caseMatches(
	text: string,
	gaz: Gazetteer,
	tokens: Token[],
	i: number,
	key: string
): number[] {
	const aliases = gaz.aliases.get(key);
	if (!aliases) return [];
	const entries: number[] = [];
	for (const alias of aliases) {
		if (alias.qualifierOnly && !qualifies(text, tokens, i, alias.pattern.length)) continue;
		const ok = alias.pattern.every((w, j) => {
			const t = tokens[i + j];
			if (w.allCaps) return t.allCaps;
			// "NATO", "TASS": a short all-caps word is an acronym unless its neighbours are capitals too
			// ("LOS ANGELES").
			if (t.allCaps && t.end - t.start <= 5 && !capsAround(tokens, i, alias.pattern.length))
				return false;
			return !w.capitalised || t.capitalised;
		});
		if (ok && !entries.includes(alias.entry)) entries.push(alias.entry);
	}
	return entries;
}

function inSpans(spans: Span[], start: number, end: number): boolean {
	return spans.some((s) => start < s.end && end > s.start);
}

/** Whether a word starts a sentence, a line or a quotation. */
function opensSentence(text: string, start: number): boolean {
	return /(?:^|[.!?:;]["”’')\]]?\s+|\n\s*|["“‘(]\s*)$/.test(
		text.slice(Math.max(0, start - 4), start)
	);
}

/** Whether a word alone names a country, a division, a feature or a town of some size. */
function namesKnownPlace(gaz: Gazetteer, key: string): boolean {
	const aliases = gaz.aliases.get(key);
	return (
		aliases !== undefined &&
		aliases.some((a) => {
			const e = gaz.entries[a.entry];
			return e.source !== 'geonames' || e.population >= MIN_POPULATION_WITHOUT_EVIDENCE;
		})
	);
}

/** What the whole text tells about words, gathered once before names are matched. */
interface TextContext {
	/** Words that occur in lower case somewhere ("the post", "we"). */
	lowercaseWords: Set<string>;
	/** Surnames and given names of people: after a given name or a title ("Kobe Bryant", "Mr. Steele"). */
	personWords: Set<string>;
}

const NAME_GAP = /^(?: |\. ?)$/;

/** Words that name people in this text: a given name or title followed by capitalised words. */
function findPersonWords(text: string, tokens: Token[], gaz: Gazetteer): Set<string> {
	const persons = new Set<string>();
	for (let i = 0; i + 1 < tokens.length; i++) {
		const t = tokens[i];
		if (!t.capitalised || t.allCaps) continue;
		const title = TITLES.has(t.key);
		if (!title && !gaz.firstNames.has(t.key)) continue;
		let j = i + 1;
		while (
			j < tokens.length &&
			j <= i + 3 &&
			tokens[j].capitalised &&
			!tokens[j].allCaps &&
			!FUNCTION_WORDS.has(tokens[j].key) &&
			NAME_GAP.test(text.slice(tokens[j - 1].end, tokens[j].start))
		)
			j++;
		if (j === i + 1) continue;
		// A lone initial ("J.") is part of the name; the last capitalised word is the surname. A given
		// name that is also a place's ("Washington Post", "Kobe Bryant") is not itself a person word.
		persons.add(tokens[j - 1].key);
		if (!title && !namesKnownPlace(gaz, t.key)) persons.add(t.key);
		i = j - 1;
	}
	return persons;
}

/** "Lviv University", "the Lviv Polytechnic Institute": up to three capitalised words ending in a head. */
function institutionFollows(text: string, tokens: Token[], from: number): boolean {
	for (let j = from; j < Math.min(tokens.length, from + 3); j++) {
		const t = tokens[j];
		if (!t.capitalised || text.slice(tokens[j - 1].end, t.start) !== ' ') return false;
		if (INSTITUTION_HEADS.has(t.key)) return true;
	}
	return false;
}

/** Why a gazetteer match is not a place here, or null when it may be one. */
function trap(
	text: string,
	gaz: Gazetteer,
	tokens: Token[],
	i: number,
	length: number,
	entries: number[],
	context: TextContext
): string | null {
	const first = tokens[i];
	const last = tokens[i + length - 1];
	const next = tokens[i + length];
	const prev = tokens[i - 1];
	if (institutionFollows(text, tokens, i + length)) return 'institution';
	const before = text[first.start - 1] ?? '';
	const after = text[last.end] ?? '';
	if (OPEN_QUOTE.test(before) && CLOSE_QUOTE.test(after)) {
		const lead = text.slice(Math.max(0, first.start - 40), first.start - 1);
		if (/\(\s*$/.test(lead) || QUOTE_TRAP.test(lead)) return 'quoted name';
	}
	const all = entries.map((e) => gaz.entries[e]);
	const followedByName =
		next &&
		next.capitalised &&
		text.slice(last.end, next.start) === ' ' &&
		!namesKnownPlace(gaz, next.key) &&
		!FUNCTION_WORDS.has(next.key);
	// "Chad Williams", "Jordan Peterson"; but "Belarus President" keeps its country.
	if (
		length === 1 &&
		followedByName &&
		all.some((e) => e.kind === 'country') &&
		all.every((e) => e.kind === 'country' || e.source === 'geonames') &&
		!gaz.nonPlaceWords.has(next.key) &&
		!TITLES.has(next.key)
	) {
		return 'first name';
	}
	if (
		prev &&
		!prev.capitalised &&
		APPOSITION_HEADS.has(prev.key) &&
		/^ $/.test(text.slice(prev.end, first.start)) &&
		all.every((e) => e.kind !== 'country')
	) {
		return 'named thing';
	}
	const population = Math.max(...all.map((e) => e.population));
	// People: towns and divisions, never countries ("Georgia Smith" yes, "Jordan said" no).
	if (
		length === 1 &&
		population < MIN_POPULATION_FOR_PERSON_NAME &&
		!all.some((e) => e.kind === 'country')
	) {
		// "Mary Lewis": a given name before any capitalised word, place or not.
		if (
			gaz.firstNames.has(first.key) &&
			next?.capitalised &&
			!next.allCaps &&
			text.slice(last.end, next.start) === ' ' &&
			!FUNCTION_WORDS.has(next.key)
		)
			return 'first name';
		const placed = prev !== undefined && !prev.capitalised && LOCATIVES.has(prev.key);
		if (
			context.personWords.has(first.key) &&
			!placed &&
			all.every((e) => e.source !== 'supplement')
		)
			return 'person';
		// "Jordan said" is a person; "officials in Brest said" is a place.
		if (
			!placed &&
			((next && SPEECH_VERBS.has(next.key) && text.slice(last.end, next.start) === ' ') ||
				(prev && SPEECH_VERBS.has(prev.key) && text.slice(prev.end, first.start) === ' '))
		)
			return 'person';
	}
	const onlyTowns = all.every((e) => e.source === 'geonames');
	if (!onlyTowns) return null;
	const prev2 = tokens[i - 2];
	if (
		prev &&
		prev.capitalised &&
		!prev.allCaps &&
		text.slice(prev.end, first.start) === ' ' &&
		!FUNCTION_WORDS.has(prev.key) &&
		!gaz.demonyms.has(prev.key) &&
		(TITLES.has(prev.key) ||
			gaz.firstNames.has(prev.key) ||
			// "Although Edmonton…": a capitalised word opening a sentence is not a given name.
			(!namesKnownPlace(gaz, prev.key) && !opensSentence(text, prev.start)) ||
			// "President Maia Sandu": a first name that is also a town, after a title.
			(prev2 !== undefined && TITLES.has(prev2.key) && text.slice(prev2.end, prev.start) === ' '))
	) {
		// "Mr Johnson", "Boris Johnson" here make a later "Johnson" the same person.
		if (length === 1 && (TITLES.has(prev.key) || gaz.firstNames.has(prev.key)))
			context.personWords.add(first.key);
		return 'surname';
	}
	// "Jackson Smith"; but "the Winnipeg Free Press", "Edmonton Community Partnership" keep the city.
	if (
		followedByName &&
		!next.allCaps &&
		(gaz.firstNames.has(first.key) || population < MIN_POPULATION_WITHOUT_EVIDENCE)
	)
		return 'first name';
	if (length === 1 && gaz.demonyms.has(first.key)) return 'demonym';
	// "the White House", "the Post": a town's name is not preceded by the article.
	// "Euro-Atlantic", "trans-Pacific": the second half of a hyphenated adjective.
	if (/\p{L}-$/u.test(text.slice(Math.max(0, first.start - 2), first.start))) return 'compound';
	// ("the Cairns police" is the city's, a large town's name used as a modifier).
	if (
		prev?.key === 'the' &&
		text.slice(prev.end, first.start) === ' ' &&
		population < MIN_POPULATION_FOR_THE_PHRASE
	)
		return 'the-phrase';
	// "Nov.", "Rev.", "Det.": a short abbreviation with its period.
	if (length === 1 && last.end - first.start <= 3 && text[last.end] === '.' && !first.allCaps)
		return 'abbreviation';
	if (
		length === 1 &&
		gaz.nonPlaceWords.has(first.key) &&
		population < MIN_POPULATION_FOR_COMMON_WORD
	) {
		return 'common word';
	}
	if (
		length === 1 &&
		context.lowercaseWords.has(first.key) &&
		population < MIN_POPULATION_FOR_LOWERCASE_TWIN
	) {
		return 'common word';
	}
	return null;
}

function findNames(text: string, tokens: Token[], gaz: Gazetteer, skip: Span[]): NameMention[] {
	const context: TextContext = {
		lowercaseWords: new Set(tokens.filter((t) => !t.capitalised).map((t) => t.key)),
		personWords: findPersonWords(text, tokens, gaz)
	};
	const names: NameMention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const longest = gaz.longestFrom.get(tokens[i].key);
		if (longest === undefined) continue;
		let key = '';
		const keys: string[] = [];
		for (let j = i; j < Math.min(tokens.length, i + longest); j++) {
			if (j > i && !BETWEEN_NAME_WORDS.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
			key = j > i ? `${key} ${tokens[j].key}` : tokens[j].key;
			keys.push(key);
		}
		for (let length = keys.length; length >= 1; length--) {
			let entries = caseMatches(text, gaz, tokens, i, keys[length - 1]);
			if (entries.length === 0) continue;
			let from = i;
			// "the Black Sea", "the Atlantic": leave "the" out of the span when the rest is a name on
			// its own, but keep what "the X" means among its readings (the ocean, not a town Atlantic).
			if (tokens[i].key === 'the' && length > 1 && gaz.aliases.has(keys[length - 1].slice(4))) {
				const rest = caseMatches(text, gaz, tokens, i + 1, keys[length - 1].slice(4));
				if (rest.length) {
					entries = [...entries, ...rest.filter((e) => !entries.includes(e))];
					from = i + 1;
				}
			}
			const start = tokens[from].start;
			const end = tokens[i + length - 1].end;
			if (
				!inSpans(skip, start, end) &&
				!trap(text, gaz, tokens, from, i + length - from, entries, context)
			) {
				names.push({
					start,
					end,
					text: text.slice(start, end),
					entries,
					token: from,
					commaAfter: /^, ?\S/.test(text.slice(end, end + 3))
				});
			}
			i += length - 1;
			break;
		}
	}
	const named = namedCountries(gaz, tokens, names);
	return names.filter((n) => hasEvidence(text, tokens, gaz, n, named));
}

/** Countries the article names by a country, a division or a feature, or by a demonym. */
function namedCountries(gaz: Gazetteer, tokens: Token[], names: NameMention[]): Set<string> {
	const named = new Set<string>();
	for (const n of names) {
		for (const e of n.entries) {
			const entry = gaz.entries[e];
			if (entry.source !== 'geonames' && entry.countryIso2) named.add(entry.countryIso2);
		}
	}
	for (const t of tokens) {
		const iso = t.capitalised ? gaz.demonyms.get(t.key) : undefined;
		if (iso) named.add(iso);
	}
	return named;
}

/**
 * Small towns need more than their name: "in X", "X, Y", or their country named elsewhere in the
 * article (`named`, from namedCountries).
 */
function hasEvidence(
	text: string,
	tokens: Token[],
	gaz: Gazetteer,
	mention: NameMention,
	named: Set<string>
): boolean {
	const all = mention.entries.map((e) => gaz.entries[e]);
	if (!all.every((e) => e.source === 'geonames' && e.population < MIN_POPULATION_WITHOUT_EVIDENCE))
		return true;
	const prev = tokens[mention.token - 1];
	if (prev && !prev.capitalised && LOCATIVES.has(prev.key)) return true;
	if (/^, ?\p{Lu}/u.test(text.slice(mention.end, mention.end + 3))) return true;
	return all.some((e) => e.countryIso2 !== null && named.has(e.countryIso2));
}

const BORDER_WORD = /\b(?:borders?|frontiers?)\b(?:\s+crossings?\b)?/g;
const DIRECTIONS: Record<string, BorderMention['direction']> = {
	northern: 'north',
	southern: 'south',
	eastern: 'east',
	western: 'west',
	north: 'north',
	south: 'south',
	east: 'east',
	west: 'west'
};
const BORDER_MODIFIERS = new Set([
	'inter',
	'state',
	'interstate',
	'shared',
	'common',
	'national',
	'international'
]);

function findBorders(text: string, tokens: Token[], gaz: Gazetteer, skip: Span[]): BorderMention[] {
	const borders: BorderMention[] = [];
	let t = 0;
	BORDER_WORD.lastIndex = 0;
	for (let m = BORDER_WORD.exec(text); m; m = BORDER_WORD.exec(text)) {
		if (/cross-$|-$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
		while (t < tokens.length && tokens[t].start < m.index) t++;
		let start = m.index;
		let ownerIso2: string | null = null;
		let direction: BorderMention['direction'] = null;
		let k = t - 1;
		for (; k >= 0 && k >= t - 3; k--) {
			const w = tokens[k];
			if (!/^[ -]$/.test(text.slice(w.end, tokens[k + 1].start))) break;
			const demonym = gaz.demonyms.get(w.key);
			if (demonym) ownerIso2 = demonym;
			else if (DIRECTIONS[w.key] && !w.capitalised) direction = DIRECTIONS[w.key];
			else if (!BORDER_MODIFIERS.has(w.key)) break;
			start = w.start;
		}
		const possessive =
			k >= 1 &&
			tokens[k].key === 's' &&
			/['’]$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
		const end = m.index + m[0].length;
		const rest = text.slice(end, end + 12);
		// "Belarus borders Ukraine" is the verb.
		if (
			/^\s+\p{Lu}/u.test(rest) &&
			start === m.index &&
			!possessive &&
			!/\b(?:the|a|its|their|this|that)\s+$/i.test(text.slice(start - 8, start))
		)
			continue;
		if (inSpans(skip, start, end)) continue;
		const withAt = /^\s+(?:with|between)\b/.exec(text.slice(end, end + 10));
		borders.push({
			start,
			end,
			text: text.slice(start, end),
			ownerIso2,
			possessorEnd: possessive ? tokens[k - 1].end : null,
			direction,
			partnersFrom: withAt ? end + withAt[0].length : -1
		});
	}
	return borders;
}

const DECIMAL_COORDINATES =
	/(-?\d{1,2}\.\d{2,6})°?\s?([NS])?(?:,\s?|\s)\s?(-?\d{1,3}\.\d{2,6})°?\s?([EW])?(?!\d|\.\d)/g;
const DMS_COORDINATES =
	/(\d{1,2})°\s*(\d{1,2})['′]\s*(?:(\d{1,2}(?:\.\d+)?)["″]\s*)?([NS])[,;\s]+(\d{1,3})°\s*(\d{1,2})['′]\s*(?:(\d{1,2}(?:\.\d+)?)["″]\s*)?([EW])/g;

function findCoordinates(text: string, skip: Span[]): CoordinateMention[] {
	const found: CoordinateMention[] = [];
	const push = (start: number, end: number, lat: number, lon: number) => {
		if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !inSpans(skip, start, end)) {
			found.push({ start, end, text: text.slice(start, end), lat, lon });
		}
	};
	for (const m of text.matchAll(DECIMAL_COORDINATES)) {
		const hemispheres = m[2] && m[4];
		if (!hemispheres && !/,/.test(m[0])) continue;
		const lat = +m[1] * (m[2] === 'S' ? -1 : 1);
		const lon = +m[3] * (m[4] === 'W' ? -1 : 1);
		push(m.index, m.index + m[0].length, lat, lon);
	}
	for (const m of text.matchAll(DMS_COORDINATES)) {
		const lat = (+m[1] + +m[2] / 60 + +(m[3] ?? 0) / 3600) * (m[4] === 'S' ? -1 : 1);
		const lon = (+m[5] + +m[6] / 60 + +(m[7] ?? 0) / 3600) * (m[8] === 'W' ? -1 : 1);
		push(m.index, m.index + m[0].length, lat, lon);
	}
	return found;
}

const COUNTY_AFTER =
	/\b((?:\p{Lu}[\p{L}'’-]*\.? ){1,3})(?:County|COUNTY|Parish|PARISH|Co\.|CO\.)(?!\s+(?:\p{Lu}|of\b))/gu;
const COUNTY_BEFORE = /\bCounty (\p{Lu}\p{Ll}+)\b/gu;
const COUNTY_LEAD = new Set(['the', 'a', 'in', 'of', 'and', 'at', 'from', 'for', 'to', 'by', 'on']);

/** "Orange County", "Black Hawk County", "PLYMOUTH CO.", "County Cork", but not "County Council". */
function findCounties(text: string, skip: Span[]): CountyMention[] {
	const found: CountyMention[] = [];
	for (const m of text.matchAll(COUNTY_AFTER)) {
		const words = m[1].trim().split(' ');
		let start = m.index;
		while (words.length && COUNTY_LEAD.has(words[0].toLowerCase()))
			start += words.shift()!.length + 1;
		if (!words.length) continue;
		const end = m.index + m[0].length;
		if (!inSpans(skip, start, end))
			found.push({ start, end, text: text.slice(start, end), baseKey: nameKey(words.join(' ')) });
	}
	for (const m of text.matchAll(COUNTY_BEFORE)) {
		const end = m.index + m[0].length;
		if (!inSpans(skip, m.index, end) && !found.some((c) => c.start < end && m.index < c.end))
			found.push({ start: m.index, end, text: m[0], baseKey: nameKey(m[1]) });
	}
	return found;
}

/** Finds place names, border phrases and coordinates outside the skipped (boilerplate) spans. */
export function recognisePlaces(
	text: string,
	tokens: Token[],
	gaz: Gazetteer,
	skip: Span[]
): PlaceRecognition {
	const coordinates = findCoordinates(text, skip);
	const counties = findCounties(text, skip);
	const names = findNames(text, tokens, gaz, skip).filter(
		(n) =>
			!coordinates.some((c) => n.start < c.end && n.end > c.start) &&
			!counties.some((c) => n.start < c.end && n.end > c.start)
	);
	return { names, counties, borders: findBorders(text, tokens, gaz, skip), coordinates };
}
