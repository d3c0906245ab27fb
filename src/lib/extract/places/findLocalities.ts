import type { PlaceKind, Span } from '../types';
import { isPossessiveS, nameKey, type Token } from '../tokens';
import { firstAtLeast } from '../firstAtLeast';
import type { TextContext } from './nameMatch';
import { overlapTest } from './overlapsAny';
import { FUNCTION_WORDS, TITLES } from './recognitionWords';

/** A village, a neighbourhood or a district the gazetteer lacks, named by the word for it. */
export interface LocalityMention extends Span {
	text: string;
	kind: PlaceKind;
}

/** Lower-case words for a settlement: "the Alpha town of Beta" calls Beta the town, not Alpha. */
const SETTLEMENT_WORDS = ['village', 'town', 'city', 'hamlet', 'settlement', 'township', 'suburb'];
/** Lower-case words for part of a town or a division, with the kind of place they name. */
export const LOCALITY_WORDS = new Map<string, PlaceKind>([
	...SETTLEMENT_WORDS.map((w) => [w, 'city'] as const),
	...['neighbourhood', 'neighborhood'].map((w) => [w, 'city'] as const),
	...['district', 'county', 'municipality', 'commune'].map((w) => [w, 'region'] as const)
]);
/** Plural forms: "the villages of Alpha and Beta". */
const PLURALS = new Map(
	[...LOCALITY_WORDS].map(([w, kind]) => [w === 'city' ? 'cities' : `${w}s`, kind])
);
/** Words a name may have: "Nova Kakhovka", "Deir al-Balah". */
const MAX_NAME_WORDS = 3;
/** Adjectives of peoples and faiths before "district": "the Kurdish district", "the Armenian one". */
const ADJECTIVE_ENDING = /(?:ish|ese|ian|ic)$/;
/** Lower-case particles joined by a hyphen to the next word of a name: "Deir al-Balah". */
const PARTICLES = new Set([
	'al',
	'el',
	'ad',
	'ar',
	'as',
	'ash',
	'at',
	'az',
	'an',
	'ul',
	'ud',
	'ed',
	'es'
]);

/**
 * Capitalised words the text calls a village, a town, a neighbourhood or a district: after "the
 * village of" or "the towns of … and …" (localitiesOfCue), or before a lower-case "district",
 * "village" or "neighbourhood" held by a place ("Cairo's Alpha district", "the Alpha neighbourhood
 * of Brooklyn"; localitiesBeforeCue); then every other place the text writes the same name.
 * A name the text reads as a person or, elsewhere, as a gazetteer place is left alone; a longer
 * name takes a gazetteer name in ("the town of Rampur Tola", not Rampur).
 */
export function findLocalities(
	text: string,
	tokens: Token[],
	skip: Span[],
	names: Span[],
	context: TextContext,
	demonyms: ReadonlyMap<string, string>
): LocalityMention[] {
	const recognised = new Set(names.map((n) => nameKey(text.slice(n.start, n.end))));
	const nameStarts = new Set(names.map((n) => n.start));
	const free = freeOf(skip, names);
	const reader: CueReader = {
		text,
		tokens,
		nameWord: (t) =>
			t !== undefined &&
			t.capitalised &&
			!t.allCaps &&
			!FUNCTION_WORDS.has(t.key) &&
			!TITLES.has(t.key) &&
			!demonyms.has(t.key) &&
			!context.lowercaseWords.has(t.key) &&
			!context.personWords.has(t.key),
		namesPlaceAt: (t) => nameStarts.has(t.start)
	};
	const found: LocalityMention[] = [];
	tokens.forEach((cue, c) => {
		if (cue.capitalised) return;
		for (const [first, last, kind] of [
			...localitiesOfCue(reader, c),
			...localitiesBeforeCue(reader, c)
		]) {
			const span = { start: tokens[first].start, end: tokens[last].end };
			const name = text.slice(span.start, span.end);
			if (free(span) && !recognised.has(nameKey(name))) found.push({ ...span, text: name, kind });
		}
	});
	return withRepeats(text, tokens, found, free);
}

interface CueReader {
	text: string;
	tokens: Token[];
	/** A word that may be part of a locality's name. */
	nameWord: (t: Token | undefined) => boolean;
	/** Whether a gazetteer place of the text starts at the word. */
	namesPlaceAt: (t: Token) => boolean;
}

/** [first token, last token, kind] of a name. */
type NameAt = [number, number, PlaceKind];

/** "the village of Alpha", "the villages of Alpha and Beta"; not "the Alpha district of Ottawa". */
function localitiesOfCue({ text, tokens, nameWord }: CueReader, c: number): NameAt[] {
	const cue = tokens[c];
	const single = LOCALITY_WORDS.get(cue.key);
	const kind = single ?? PLURALS.get(cue.key);
	const afterCapital = c > 0 && tokens[c - 1].capitalised && !FUNCTION_WORDS.has(tokens[c - 1].key);
	if (!kind || afterCapital || tokens[c + 1]?.key !== 'of' || !tokens[c + 2]) return [];
	if (text.slice(cue.end, tokens[c + 2].start) !== ' of ') return [];
	const first = nameFrom(text, tokens, nameWord, c + 2);
	if (!first) return [];
	const second =
		!single && tokens[first[1] + 1]?.key === 'and'
			? nameFrom(text, tokens, nameWord, first[1] + 2)
			: null;
	return [first, second]
		.filter((name): name is [number, number] => name !== null)
		.map(([from, to]) => [from, to, kind]);
}

/**
 * "Cairo's Alpha district", "the Alpha neighbourhood of Brooklyn", "in Alpha village of Beta": a
 * name before a cue, held by the place before it or after it. Not "the Druze town of Beta": before
 * "town of", the word after "the" is what the town is.
 */
function localitiesBeforeCue(
	{ text, tokens, nameWord, namesPlaceAt }: CueReader,
	c: number
): NameAt[] {
	const cue = tokens[c];
	const kind = LOCALITY_WORDS.get(cue.key);
	if (!kind || c === 0 || text.slice(tokens[c - 1].end, cue.start) !== ' ') return [];
	if (!nameWord(tokens[c - 1]) || ADJECTIVE_ENDING.test(tokens[c - 1].key)) return [];
	let start = c - 1;
	while (
		start > c - MAX_NAME_WORDS &&
		nameWord(tokens[start - 1]) &&
		text.slice(tokens[start - 1].end, tokens[start].start) === ' '
	)
		start--;
	if (start > 0 && isPossessiveS(text, tokens, start - 1)) return [[start, c - 1, kind]];
	const [link, holder] = [tokens[c + 1], tokens[c + 2]];
	const held =
		(link?.key === 'of' || link?.key === 'in') &&
		holder !== undefined &&
		namesPlaceAt(holder) &&
		/^ (?:of|in) (?:the )?$/.test(text.slice(cue.end, holder.start));
	const article = start > 0 && ['the', 'a', 'an'].includes(tokens[start - 1].key);
	if (!held || (article && SETTLEMENT_WORDS.includes(cue.key))) return [];
	return [[start, c - 1, kind]];
}

/**
 * The name of up to MAX_NAME_WORDS words from token `i` on, as [first, last], or null when a word
 * goes on past it ("Ma'ale Adumim" is not "Ma").
 */
function nameFrom(
	text: string,
	tokens: Token[],
	nameWord: (t: Token | undefined) => boolean,
	i: number
): [number, number] | null {
	if (!nameWord(tokens[i]) || text.slice(tokens[i - 1].end, tokens[i].start) !== ' ') return null;
	let last = i;
	while (last - i + 1 < MAX_NAME_WORDS) {
		const [next, after] = [tokens[last + 1], tokens[last + 2]];
		const gap = next ? text.slice(tokens[last].end, next.start) : '';
		if (nameWord(next) && (gap === ' ' || gap === '-')) last++;
		else if (
			next &&
			gap === ' ' &&
			PARTICLES.has(next.key) &&
			nameWord(after) &&
			text.slice(next.end, after.start) === '-'
		)
			last += 2;
		else break;
	}
	const continued =
		/^['’]\p{L}/u.test(text.slice(tokens[last].end)) && !isPossessiveS(text, tokens, last + 1);
	return continued ? null : [i, last];
}

/** Whether a span is outside the skipped ones and holds no gazetteer name but shorter ones inside it. */
function freeOf(skip: Span[], names: Span[]): (span: Span) => boolean {
	const skipped = overlapTest(skip);
	const sorted = [...names].sort((a, b) => a.start - b.start);
	const starts = sorted.map((n) => n.start);
	return (span) => {
		if (skipped(span.start, span.end)) return false;
		for (let n = Math.max(0, firstAtLeast(starts, span.start) - 1); n < sorted.length; n++) {
			const name = sorted[n];
			if (name.start >= span.end) break;
			const shorterInside =
				name.start >= span.start &&
				name.end <= span.end &&
				name.end - name.start < span.end - span.start;
			if (name.end > span.start && !shorterInside) return false;
		}
		return true;
	};
}

/**
 * The localities, then every other place the text writes one of their names (the mentions that
 * say what the place is come first: resolution places the others with them).
 */
function withRepeats(
	text: string,
	tokens: Token[],
	found: LocalityMention[],
	free: (span: Span) => boolean
): LocalityMention[] {
	if (!found.length) return found;
	const kinds = new Map(found.map((l) => [l.text, l.kind]));
	const words = found.map((l) => l.text.split(/[ -]/));
	const firstWords = new Set(words.map((w) => nameKey(w[0])));
	const mostWords = words.reduce((most, w) => Math.max(most, w.length), 1);
	const taken = overlapTest(found);
	const all = [...found];
	// Token runs, not a search per name: a long text may name thousands of villages.
	for (let i = 0; i < tokens.length; i++) {
		if (!firstWords.has(tokens[i].key)) continue;
		for (let last = Math.min(tokens.length, i + mostWords) - 1; last >= i; last--) {
			const span = { start: tokens[i].start, end: tokens[last].end };
			const kind = kinds.get(text.slice(span.start, span.end));
			if (!kind || taken(span.start, span.end) || !free(span)) continue;
			all.push({ ...span, text: text.slice(span.start, span.end), kind });
			i = last;
			break;
		}
	}
	return all;
}
