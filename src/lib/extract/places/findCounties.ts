import type { Span } from '../types';
import { nameKey } from '../tokens';
import { overlapsAny } from './overlapsAny';

/** "Orange County", "Plymouth Co.", "County Cork": a second-level division named by its head word. */
export interface CountyMention extends Span {
	text: string;
	/** The name without the head word, as a gazetteer key ("orange", "cork"). */
	baseKey: string;
}

const COUNTY_AFTER =
	/\b((?:\p{Lu}[\p{L}'’-]*\.? ){1,3})(?:County|COUNTY|Parish|PARISH|Co\.|CO\.)(?!\s+of\b)/gu;
const COUNTY_BEFORE = /\bCounty (\p{Lu}\p{Ll}+)\b/gu;
/** "St.", "Ft.": a word with a period this short is an abbreviation, not a sentence's end. */
const ABBREVIATION_LENGTH = 3;
const COUNTY_LEAD = new Set(['the', 'a', 'in', 'of', 'and', 'at', 'from', 'for', 'to', 'by', 'on']);

/**
 * "Orange County", "Black Hawk County", "PLYMOUTH CO.", "County Cork", outside the skipped spans;
 * a name after the head word only when it names a place (`isPlaceName(key)`): not "County Sheriff".
 */
export function findCounties(
	text: string,
	skip: Span[],
	isPlaceName: (key: string) => boolean
): CountyMention[] {
	const found: CountyMention[] = [];
	for (const m of text.matchAll(COUNTY_AFTER)) {
		const all = m[1].trim().split(' ');
		// Words before a sentence's end ("Missouri. Pike County"), a lead word ("in Orange
		// County") or a word the name does not need ("Republican Orange County") are not the name.
		const sentenceEnd = all.findLastIndex(
			(w, i) => i < all.length - 1 && w.endsWith('.') && w.length > ABBREVIATION_LENGTH
		);
		let words = all.slice(sentenceEnd + 1);
		const known = (ws: string[]) => isPlaceName(nameKey(ws.join(' ')));
		while (
			words.length &&
			(COUNTY_LEAD.has(words[0].toLowerCase()) ||
				(words.length > 1 && !known(words) && known(words.slice(1))))
		)
			words = words.slice(1);
		if (!words.length) continue;
		const name = words.join(' ');
		const start = m.index + m[1].length - name.length - 1;
		const end = m.index + m[0].length;
		if (!overlapsAny(skip, start, end))
			found.push({ start, end, text: text.slice(start, end), baseKey: nameKey(name) });
	}
	for (const m of text.matchAll(COUNTY_BEFORE)) {
		const end = m.index + m[0].length;
		const baseKey = nameKey(m[1]);
		if (
			isPlaceName(baseKey) &&
			!overlapsAny(skip, m.index, end) &&
			!overlapsAny(found, m.index, end)
		)
			found.push({ start: m.index, end, text: m[0], baseKey });
	}
	return found;
}
