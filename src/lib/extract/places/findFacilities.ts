import type { Span } from '../types';
import type { Token } from '../tokens';
import { overlapTest } from './overlapsAny';
import { FACILITY_HEADS, FUNCTION_WORDS, INSTITUTION_HEADS, TITLES } from './recognitionWords';

/** "Royal Street", "St. Michael's Hospital", "Trump Tower": a named street or building. */
export interface FacilityMention extends Span {
	text: string;
}

/** Words of a name before its head, the possessive's s among them: "Alder Hey Children's" Hospital. */
const MAX_NAME_WORDS = 4;
/** "St.", "Mt.", "N.": an abbreviation this short keeps its period inside a name. */
const ABBREVIATION_LENGTH = 2;

/** What may stand between two words of one name: a space, a hyphen, an abbreviation's period. */
function joinsName(text: string, before: Token, after: Token): boolean {
	const gap = text.slice(before.end, after.start);
	if (gap === ' ' || gap === '-') return true;
	// "Children's Hospital": the possessive's s is a word of its own.
	if ((gap === "'" || gap === '’') && after.key === 's') return true;
	return gap === '. ' && before.end - before.start <= ABBREVIATION_LENGTH;
}

/**
 * Capitalised words ending in a street's or a building's head word ("Dufferin Street", "Alder Hey
 * Children's Hospital"), outside the skipped spans. The name's words are capitalised and not a
 * function word or a title; a sentence's first word is left out when the text also has it in lower
 * case ("Police Station" opening a sentence is not a name).
 */
export function findFacilities(text: string, tokens: Token[], skip: Span[]): FacilityMention[] {
	const lowercase = new Set(tokens.filter((t) => !t.capitalised).map((t) => t.key));
	const skipped = overlapTest(skip);
	const found: FacilityMention[] = [];
	tokens.forEach((head, h) => {
		if (!head.capitalised || head.allCaps || !FACILITY_HEADS.has(head.key)) return;
		// "The Wall Street Journal": the street names a paper.
		const next = tokens[h + 1];
		if (
			next?.capitalised &&
			INSTITUTION_HEADS.has(next.key) &&
			text.slice(head.end, next.start) === ' '
		)
			return;
		let first = h;
		while (first > 0 && h - first < MAX_NAME_WORDS) {
			const word = tokens[first - 1];
			const possessive = word.key === 's' && first - 1 > 0;
			if (!joinsName(text, word, tokens[first])) break;
			if (
				!possessive &&
				(!word.capitalised || FUNCTION_WORDS.has(word.key) || TITLES.has(word.key))
			)
				break;
			first--;
		}
		if (tokens[first].key === 's') first++;
		const previous = tokens[first - 1];
		const opensSentence =
			!previous || /[.!?:]\s*$/.test(text.slice(previous.end, tokens[first].start));
		if (first < h && opensSentence && lowercase.has(tokens[first].key)) first++;
		if (first === h) return;
		const start = tokens[first].start;
		if (skipped(start, head.end)) return;
		// "Church Street Museum" takes in the "Church Street" before it.
		while (found.length && found[found.length - 1].start >= start) found.pop();
		found.push({ start, end: head.end, text: text.slice(start, head.end) });
	});
	return found;
}
