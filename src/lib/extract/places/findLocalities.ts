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

/** Lower-case words for a settlement or a division, with the kind of place they name. */
const LOCALITY_WORDS = new Map<string, PlaceKind>([
	...['village', 'town', 'city', 'hamlet', 'settlement', 'township', 'suburb'].map(
		(w) => [w, 'city'] as const
	),
	...['neighbourhood', 'neighborhood'].map((w) => [w, 'city'] as const),
	...['district', 'county', 'municipality', 'commune'].map((w) => [w, 'region'] as const)
]);
/** Plural forms: "the villages of Alpha and Beta". */
const PLURALS = new Map([...LOCALITY_WORDS].map(([w, kind]) => [`${w}s`, kind]));
PLURALS.set('neighbourhoods', 'city').set('neighborhoods', 'city').set('cities', 'city');
/** Words a name after "the village of" may have: "Nova Kakhovka". */
const MAX_NAME_WORDS = 3;
/** Adjectives of peoples and faiths before "district": "the Kurdish district", "the Armenian one". */
const ADJECTIVE_ENDING = /(?:ish|ese|ian|ic)$/;

/**
 * Capitalised words the text calls a village, a town, a neighbourhood or a district: after "the
 * village of", "the towns of … and …", or before a lower-case "district", "village" or
 * "neighbourhood" after "the", a possessive or "in" ("Cairo's Alpha district"); then every other
 * place the text writes the same name. A name the gazetteer holds as it stands is left to it; a
 * longer one takes it in ("the town of Kasba Bonli", not Kasba). Not a demonym ("the Kurdish
 * district") nor a word the text also writes in lower case ("the Old district").
 */
export function findLocalities(
	text: string,
	tokens: Token[],
	skip: Span[],
	names: Span[],
	context: TextContext,
	demonyms: ReadonlyMap<string, string>
): LocalityMention[] {
	// A gazetteer name the text reads as a place elsewhere is left to the gazetteer.
	const recognised = new Set(names.map((n) => nameKey(text.slice(n.start, n.end))));
	const skipped = overlapTest(skip);
	const sortedNames = [...names].sort((a, b) => a.start - b.start);
	const nameStarts = sortedNames.map((n) => n.start);
	/** Whether a gazetteer name overlaps the span without lying inside it and short of it. */
	const leftToGazetteer = (span: Span) => {
		for (
			let n = Math.max(0, firstAtLeast(nameStarts, span.start) - 1);
			n < sortedNames.length;
			n++
		) {
			const name = sortedNames[n];
			if (name.start >= span.end) break;
			if (name.end <= span.start) continue;
			const inside = name.start >= span.start && name.end <= span.end;
			if (!inside || name.end - name.start === span.end - span.start) return true;
		}
		return false;
	};
	const free = (span: Span) => !skipped(span.start, span.end) && !leftToGazetteer(span);
	const nameWord = (t: Token | undefined) =>
		t !== undefined &&
		t.capitalised &&
		!t.allCaps &&
		!FUNCTION_WORDS.has(t.key) &&
		!TITLES.has(t.key) &&
		!demonyms.has(t.key) &&
		!context.lowercaseWords.has(t.key);
	const joined = (a: Token, b: Token) => /^(?: |-)$/.test(text.slice(a.end, b.start));
	const found: LocalityMention[] = [];
	const firstWords = new Set<string>();
	const add = (from: number, to: number, kind: PlaceKind) => {
		const span = { start: tokens[from].start, end: tokens[to].end };
		if (!free(span) || recognised.has(nameKey(text.slice(span.start, span.end)))) return;
		found.push({ ...span, text: text.slice(span.start, span.end), kind });
		firstWords.add(tokens[from].key);
	};
	/** The name of up to MAX_NAME_WORDS words from token `i` on, as [first, last], or null. */
	const nameFrom = (i: number): [number, number] | null => {
		if (!nameWord(tokens[i])) return null;
		let last = i;
		while (
			last - i + 1 < MAX_NAME_WORDS &&
			nameWord(tokens[last + 1]) &&
			joined(tokens[last], tokens[last + 1])
		)
			last++;
		return [i, last];
	};
	tokens.forEach((cue, c) => {
		if (cue.capitalised) return;
		const single = LOCALITY_WORDS.get(cue.key);
		const kind = single ?? PLURALS.get(cue.key);
		if (!kind) return;
		// "the village of Alpha", "the villages of Alpha and Beta".
		// Not "the Alpha district of Ottawa": Ottawa holds the district.
		const named = c > 0 && tokens[c - 1].capitalised && !FUNCTION_WORDS.has(tokens[c - 1].key);
		const first = !named && tokens[c + 1]?.key === 'of' ? nameFrom(c + 2) : null;
		if (first && /^ of $/.test(text.slice(cue.end, tokens[c + 2].start))) {
			add(first[0], first[1], kind);
			const second = !single && tokens[first[1] + 1]?.key === 'and' && nameFrom(first[1] + 2);
			if (second) add(second[0], second[1], kind);
		}
		// "Cairo's Alpha district", "the Alpha neighbourhood of Brooklyn", "in Alpha county in Sichuan".
		if (!single || c === 0 || !/^ $/.test(text.slice(tokens[c - 1].end, cue.start))) return;
		let start = c - 1;
		while (
			start > c - MAX_NAME_WORDS &&
			nameWord(tokens[start - 1]) &&
			joined(tokens[start - 1], tokens[start])
		)
			start--;
		if (!nameWord(tokens[c - 1]) || !nameWord(tokens[start])) return;
		if (ADJECTIVE_ENDING.test(tokens[c - 1].key)) return;
		const afterPossessive = start > 0 && isPossessiveS(text, tokens, start - 1);
		const [of, holder] = [tokens[c + 1], tokens[c + 2]];
		const heldAfter =
			(of?.key === 'of' || of?.key === 'in') &&
			holder?.capitalised &&
			/^ $/.test(text.slice(cue.end, of.start)) &&
			/^ (?:the )?$/.test(text.slice(of.end, holder.start));
		if (afterPossessive || heldAfter) add(start, c - 1, kind);
	});
	return withRepeats(text, tokens, found, firstWords, free);
}

/**
 * The localities, then every other place the text writes one of their names (the mentions that
 * say what the place is come first: resolution places the others with them).
 */
function withRepeats(
	text: string,
	tokens: Token[],
	found: LocalityMention[],
	firstWords: Set<string>,
	free: (span: Span) => boolean
): LocalityMention[] {
	if (!found.length) return found;
	const kinds = new Map(found.map((l) => [l.text, l.kind]));
	const taken = overlapTest(found);
	const all = [...found];
	// Token runs, not a search per name: a long text may name thousands of villages.
	for (let i = 0; i < tokens.length; i++) {
		if (!firstWords.has(tokens[i].key)) continue;
		for (let last = Math.min(tokens.length, i + MAX_NAME_WORDS) - 1; last >= i; last--) {
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
