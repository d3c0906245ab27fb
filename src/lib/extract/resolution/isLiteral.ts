import type { GazetteerEntry } from '../gazetteer';
import type { NameMention } from '../places/findNames';
import type { Token } from '../tokens';
import { PLACING_VERBS } from '../places/recognitionWords';

/**
 * Words before a capital that make it the city, not its government: "an attack on Kyiv". Not
 * "between": "talks between Paris and Berlin" are the governments' (see LOCATIVES in
 * places/recognitionWords.ts for the list recognition uses).
 */
const PLACING_WORDS = new Set(
	'in to from at into onto on near via outside inside around across toward towards within of through'.split(
		' '
	)
);

/** Capitals stand for governments unless a preposition or a verb places something in them. */
export function isLiteral(entry: GazetteerEntry, tokens: Token[], mention: NameMention): boolean {
	if (entry.kind !== 'city' || entry.featureCode !== 'PPLC') return true;
	const prev = tokens[mention.token - 1];
	return prev !== undefined && (PLACING_WORDS.has(prev.key) || PLACING_VERBS.has(prev.key));
}
