import type { Gazetteer } from '../gazetteer';
import type { Span } from '../types';
import { isPossessiveS, type Token } from '../tokens';
import { overlapsAny } from './overlapsAny';

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

/** Border phrases outside the skipped spans, with the owner, direction and partners they name. */
export function findBorders(
	text: string,
	tokens: Token[],
	gaz: Gazetteer,
	skip: Span[]
): BorderMention[] {
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
		const possessive = isPossessiveS(text, tokens, k);
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
		if (overlapsAny(skip, start, end)) continue;
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
