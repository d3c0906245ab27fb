import type { GazetteerEntry } from '../gazetteer';
import type { NameMention } from '../places/findNames';
import type { Token } from '../tokens';

const LOCATIVE = new Set(
	'in to from at into onto on near via outside inside around across toward towards within of through'.split(
		' '
	)
);

/** Capitals stand for governments unless a preposition places something in them. */
export function isLiteral(entry: GazetteerEntry, tokens: Token[], mention: NameMention): boolean {
	if (entry.kind !== 'city' || entry.featureCode !== 'PPLC') return true;
	const prev = tokens[mention.token - 1];
	return prev !== undefined && LOCATIVE.has(prev.key);
}
