import type { Gazetteer } from '../gazetteer';
import type { Token } from '../tokens';
import type { Span } from '../types';
import type { NameMention } from './findNames';
import { overlapsAny } from './overlapsAny';

/** "SA", "T&T", "PNG": two to four capitals, an ampersand allowed between them. */
const INITIALS = /\b\p{Lu}(?:&?\p{Lu}){1,3}\b/gu;

/** "Trinidad and Tobago" -> "TT": the initials of a name's capitalised words, or null for one word. */
function initialsOf(name: string): string | null {
	const words = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
	return words.length > 1 ? words.map((word) => word[0]).join('') : null;
}

/**
 * A country the article names, by its name or its people, written by its initials: "SA" beside
 * "South Africans", "T&T" beside "Trinidad and Tobago". Initials two named countries share are
 * left alone; spans already read (`taken`) or skipped are too.
 */
export function countryInitialMentions(
	text: string,
	tokens: Token[],
	gaz: Gazetteer,
	named: Set<string>,
	taken: Span[]
): NameMention[] {
	const countryByInitials = new Map<string, number | null>();
	for (const iso of named) {
		const entry = gaz.countryByIso2.get(iso);
		const initials = entry === undefined ? null : initialsOf(gaz.entries[entry].name);
		if (initials) countryByInitials.set(initials, countryByInitials.has(initials) ? null : entry!);
	}
	if (countryByInitials.size === 0) return [];
	const tokenAt = new Map(tokens.map((token, index) => [token.start, index]));
	const mentions: NameMention[] = [];
	for (const match of text.matchAll(INITIALS)) {
		const start = match.index;
		const end = start + match[0].length;
		const entry = countryByInitials.get(match[0].replace(/&/g, ''));
		const token = tokenAt.get(start);
		if (entry == null || token === undefined || overlapsAny(taken, start, end)) continue;
		mentions.push({
			start,
			end,
			text: match[0],
			entries: [entry],
			token,
			commaAfter: /^, ?/.test(text.slice(end, end + 2))
		});
	}
	return mentions;
}
