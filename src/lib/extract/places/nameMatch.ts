import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import type { Token } from '../tokens';
import { knownPopulation, namesKnownPlace } from './knownPlace';
import { FUNCTION_WORDS } from './recognitionWords';

/** What the whole text tells about words, gathered once before names are matched. */
export interface TextContext {
	/** Words that occur in lower case somewhere ("the post", "we"). */
	lowercaseWords: Set<string>;
	/** Surnames and given names of people: after a given name or a title ("Kobe Bryant", "Mr. Steele"). */
	personWords: Set<string>;
	/** Names the text gives a news agency ("the Xinhua news agency"), wherever they stand. */
	agencyWords: Set<string>;
}

/** Words of the text that match a gazetteer name, with their neighbours and every reading. */
export interface NameMatch {
	text: string;
	tokens: Token[];
	/** Index of the first word in `tokens`. */
	index: number;
	/** Number of words. */
	length: number;
	first: Token;
	last: Token;
	prev: Token | undefined;
	next: Token | undefined;
	/** The next word when it may go on a person's or a thing's name: capitalised, one space on, not a place. */
	nameAfter: Token | undefined;
	entries: GazetteerEntry[];
	/** The largest known population among the entries (knownPopulation). */
	population: number;
}

/** Whether exactly one space separates two words. */
export function oneSpaceBetween(text: string, before: Token, after: Token): boolean {
	return text.slice(before.end, after.start) === ' ';
}

/** The match of `length` words from `tokens[index]` that may mean any of `entries`. */
export function nameMatch(
	text: string,
	gaz: Gazetteer,
	tokens: Token[],
	index: number,
	length: number,
	entries: number[]
): NameMatch {
	const last = tokens[index + length - 1];
	const next = tokens[index + length];
	const all = entries.map((e) => gaz.entries[e]);
	return {
		text,
		tokens,
		index,
		length,
		first: tokens[index],
		last,
		prev: tokens[index - 1],
		next,
		nameAfter:
			next &&
			next.capitalised &&
			oneSpaceBetween(text, last, next) &&
			!namesKnownPlace(gaz, next.key) &&
			!FUNCTION_WORDS.has(next.key)
				? next
				: undefined,
		entries: all,
		population: Math.max(...all.map(knownPopulation))
	};
}
