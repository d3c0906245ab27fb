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
	/\b((?:\p{Lu}[\p{L}'’-]*\.? ){1,3})(?:County|COUNTY|Parish|PARISH|Co\.|CO\.)(?!\s+(?:\p{Lu}|of\b))/gu;
const COUNTY_BEFORE = /\bCounty (\p{Lu}\p{Ll}+)\b/gu;
const COUNTY_LEAD = new Set(['the', 'a', 'in', 'of', 'and', 'at', 'from', 'for', 'to', 'by', 'on']);

/** "Orange County", "Black Hawk County", "PLYMOUTH CO.", "County Cork", outside the skipped spans. */
export function findCounties(text: string, skip: Span[]): CountyMention[] {
	const found: CountyMention[] = [];
	for (const m of text.matchAll(COUNTY_AFTER)) {
		const words = m[1].trim().split(' ');
		let start = m.index;
		while (words.length && COUNTY_LEAD.has(words[0].toLowerCase()))
			start += words.shift()!.length + 1;
		if (!words.length) continue;
		const end = m.index + m[0].length;
		if (!overlapsAny(skip, start, end))
			found.push({ start, end, text: text.slice(start, end), baseKey: nameKey(words.join(' ')) });
	}
	for (const m of text.matchAll(COUNTY_BEFORE)) {
		const end = m.index + m[0].length;
		if (!overlapsAny(skip, m.index, end) && !overlapsAny(found, m.index, end))
			found.push({ start: m.index, end, text: m[0], baseKey: nameKey(m[1]) });
	}
	return found;
}
