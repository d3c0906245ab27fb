import type { Gazetteer } from '../gazetteer';
import type { Span } from '../types';
import type { Token } from '../tokens';
import { caseMatches } from './caseMatches';
import { nameMatch, type TextContext } from './nameMatch';
import { whyNotAPlace } from './whyNotAPlace';
import { overlapsAny } from './overlapsAny';
import { findPersonWords } from './personNames';
import { SPEECH_VERBS } from './recognitionWords';

/** A gazetteer name found in the text, before resolution: every entry it could mean. */
export interface NameMention extends Span {
	text: string;
	entries: number[];
	/** Index of the first token of the mention in the token list. */
	token: number;
	/** Followed by a comma and a space at most, as in "London, Ontario". */
	commaAfter: boolean;
	/** The entries of `entries` known as "the X", when the text says "the (tropical) X". */
	definite?: number[];
}

const BETWEEN_NAME_WORDS = /^[ \-‐–’'.]{0,2}$/;

/**
 * The longest gazetteer name at each word, in case and not a trap (a person, an institution, a
 * common word), outside the skipped spans.
 */
export function findNames(
	text: string,
	tokens: Token[],
	gaz: Gazetteer,
	skip: Span[],
	context = textContext(text, tokens, gaz)
): NameMention[] {
	const names: NameMention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const longest = gaz.aliases.longestFrom(tokens[i].key);
		if (!longest) continue;
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
			let definite: number[] | undefined;
			// "the Black Sea", "the Atlantic": leave "the" out of the span when the rest is a name on
			// its own, but keep what "the X" means among its readings (the ocean, not a town Atlantic).
			if (tokens[i].key === 'the' && length > 1 && gaz.aliases.has(keys[length - 1].slice(4))) {
				const rest = caseMatches(text, gaz, tokens, i + 1, keys[length - 1].slice(4));
				if (rest.length) {
					definite = entries;
					entries = [...entries, ...rest.filter((e) => !entries.includes(e))];
					from = i + 1;
				}
			} else if (afterDefiniteModifiers(tokens, i)) {
				// "the tropical Atlantic", "the western Pacific": still the ocean.
				definite = (gaz.aliases.get(`the ${keys[length - 1]}`) ?? []).map((a) => a.entry);
				entries = [...entries, ...definite.filter((e) => !entries.includes(e))];
			}
			const start = tokens[from].start;
			const end = tokens[i + length - 1].end;
			if (
				!overlapsAny(skip, start, end) &&
				!whyNotAPlace(nameMatch(text, gaz, tokens, from, i + length - from, entries), gaz, context)
			) {
				names.push({
					start,
					end,
					text: text.slice(start, end),
					entries,
					token: from,
					commaAfter: /^, ?\S/.test(text.slice(end, end + 3)),
					...(definite?.length ? { definite } : {})
				});
			}
			i += length - 1;
			break;
		}
	}
	return names;
}

/** What the whole text tells about its words; name matching adds the surnames it meets. */
export function textContext(text: string, tokens: Token[], gaz: Gazetteer): TextContext {
	return {
		lowercaseWords: new Set(tokens.filter((t) => !t.capitalised).map((t) => t.key)),
		personWords: findPersonWords(text, tokens, gaz),
		agencyWords: findAgencyWords(tokens, gaz)
	};
}

/** A town at least this large named before "news agency" is the agency's seat ("the Kyiv news agency"). */
const MIN_POPULATION_OF_AGENCY_SEAT = 100_000;

/**
 * Words before "news agency" ("the Xinhua news agency"), but for a name of a country, a division,
 * a feature (also with "the": "the Baltic") or a large town.
 */
function findAgencyWords(tokens: Token[], gaz: Gazetteer): Set<string> {
	const agencies = new Set<string>();
	tokens.forEach((t, i) => {
		if (!t.capitalised || tokens[i + 1]?.key !== 'news' || tokens[i + 2]?.key !== 'agency') return;
		const spellings = [t.key, `the ${t.key}`].flatMap((key) => gaz.aliases.get(key) ?? []);
		const seat = spellings.some(({ entry }) => {
			const { source, population } = gaz.entries[entry];
			return source !== 'geonames' || population >= MIN_POPULATION_OF_AGENCY_SEAT;
		});
		if (!seat) agencies.add(t.key);
	});
	return agencies;
}

/** Words between "the" and a name that leave it the same place: "the tropical Atlantic". */
const MAX_MODIFIERS = 2;
const NOT_MODIFIERS = new Set([
	'of',
	'in',
	'at',
	'to',
	'for',
	'from',
	'and',
	'or',
	'with',
	'by',
	'on'
]);

/** Whether the name at token `i` follows "the" and one or two lower-case modifiers. */
function afterDefiniteModifiers(tokens: Token[], i: number): boolean {
	for (let j = i - 1; j >= Math.max(0, i - 1 - MAX_MODIFIERS); j--) {
		if (tokens[j].key === 'the') return j < i - 1;
		const { key } = tokens[j];
		// "the analyst said Ohio…", "the ship reached Atlantic City": verbs are no modifiers.
		if (
			tokens[j].capitalised ||
			NOT_MODIFIERS.has(key) ||
			SPEECH_VERBS.has(key) ||
			key.endsWith('ed')
		)
			return false;
	}
	return false;
}
