import type { Gazetteer } from '../gazetteer';
import type { Token } from '../tokens';

/**
 * "Louisville, Ky.": a capitalised word, a comma, the abbreviation and its period, which a
 * dateline in capitals may leave out ("EDMONTON, Ky (WBKO) -").
 */
function qualifies(text: string, tokens: Token[], i: number, length: number): boolean {
	const prev = tokens[i - 1];
	const last = tokens[i + length - 1];
	return (
		prev !== undefined &&
		prev.capitalised &&
		/^, ?$/.test(text.slice(prev.end, tokens[i].start)) &&
		(text[last.end] === '.' ||
			(prev.allCaps && /^ *[-–—(]/.test(text.slice(last.end, last.end + 3))))
	);
}

/**
 * "across B.C.", "in D.C.": an abbreviation with a period after every letter is a division on its
 * own too, but not after a number ("500 B.C.").
 */
function standsAlone(text: string, tokens: Token[], i: number, length: number): boolean {
	const last = tokens[i + length - 1];
	if (!/^(?:\p{Lu}\.){2,}$/u.test(text.slice(tokens[i].start, last.end + 1))) return false;
	const prev = tokens[i - 1];
	return !(
		prev &&
		/^\d/.test(text.slice(prev.start, prev.end)) &&
		/^\s*$/.test(text.slice(prev.end, tokens[i].start))
	);
}

/** "KYIV (Reuters) -", "MINSK, Dec 4 —": a dateline, first on its line, in capitals. */
function dateline(text: string, tokens: Token[], i: number, length: number): boolean {
	const lineStart = text.lastIndexOf('\n', tokens[i].start - 1) + 1;
	if (text.slice(lineStart, tokens[i].start).trim() !== '') return false;
	return /^ *(?:[-–—,(]|$)/.test(
		text.slice(tokens[i + length - 1].end, tokens[i + length - 1].end + 3)
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

/** Entries whose spelling under `key` the words from `tokens[i]` match in case as well. */
export function caseMatches(
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
		if (
			alias.qualifierOnly &&
			!qualifies(text, tokens, i, alias.pattern.length) &&
			!standsAlone(text, tokens, i, alias.pattern.length)
		)
			continue;
		const ok = alias.pattern.every((w, j) => {
			const t = tokens[i + j];
			if (w.allCaps) return t.allCaps;
			// "NATO", "TASS": a short all-caps word is an acronym unless its neighbours are capitals too
			// ("LOS ANGELES").
			if (
				t.allCaps &&
				t.end - t.start <= 5 &&
				!capsAround(tokens, i, alias.pattern.length) &&
				!dateline(text, tokens, i, alias.pattern.length)
			)
				return false;
			return !w.capitalised || t.capitalised;
		});
		if (ok && !entries.includes(alias.entry)) entries.push(alias.entry);
	}
	return entries;
}
