import type { Gazetteer } from '../gazetteer';
import type { NameMention } from '../places/findNames';
import type { Token } from '../tokens';

/** The article's name mentions and words, indexed to step from a mention to its neighbours. */
export interface MentionIndex {
	gaz: Gazetteer;
	text: string;
	tokens: Token[];
	names: NameMention[];
	/** Offset -> index in `names` of the mention starting there. */
	nameStartingAt: Map<number, number>;
	/** Offset -> index in `tokens` of the word ending there. */
	tokenEndingAt: Map<number, number>;
}

export function indexMentions(
	gaz: Gazetteer,
	text: string,
	tokens: Token[],
	names: NameMention[]
): MentionIndex {
	return {
		gaz,
		text,
		tokens,
		names,
		nameStartingAt: new Map(names.map((n, i) => [n.start, i])),
		tokenEndingAt: new Map(tokens.map((t, i) => [t.end, i]))
	};
}

/** The word right after the one ending at `end`, if any. */
export function tokenAfter(index: MentionIndex, end: number): Token | undefined {
	return index.tokens[(index.tokenEndingAt.get(end) ?? -2) + 1];
}
