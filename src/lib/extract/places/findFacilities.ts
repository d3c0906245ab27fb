import type { Span } from '../types';
import { isPossessiveS, type Token } from '../tokens';
import type { TextContext } from './nameMatch';
import { overlapTest } from './overlapsAny';
import { opensSentence } from './personNames';
import {
	ABBREVIATED_FACILITY_HEADS,
	FACILITY_HEADS,
	FUNCTION_WORDS,
	INSTITUTION_HEADS,
	LOCATIVES,
	SPEECH_VERBS,
	TITLES
} from './recognitionWords';

/** "Maple Street", "St. Luke's Hospital", "Grand Palace": a named street or building. */
export interface FacilityMention extends Span {
	text: string;
	/** After a list of names, where their head ends: "Bourbon and Dauphine streets". */
	heldFrom?: number;
}

/** Words of a name before its head, a possessive's s among them: "Alderbrook Children's" Hospital. */
const MAX_NAME_WORDS = 4;
/** Abbreviations that keep their period inside a name: "St. Luke's", "N. Elm Drive". */
const NAME_ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'n', 's', 'e', 'w']);
/** Spaces, at most one line break: "Maple\nStreet" in a hand-wrapped text. */
const WORD_GAP = /^[ \t]*\n?[ \t]*$/;
const SAINTS = new Set(['st', 'saint']);

/** What may stand between two words of one name: a space, a hyphen, an abbreviation's period. */
function joinsName(text: string, before: Token, after: Token): boolean {
	const gap = text.slice(before.end, after.start);
	if (gap !== '' && (WORD_GAP.test(gap) || gap === '-')) return true;
	return (
		!before.allCaps &&
		NAME_ABBREVIATIONS.has(before.key) &&
		gap.startsWith('.') &&
		WORD_GAP.test(gap.slice(1))
	);
}

/** A word that may go on a name: capitalised, not a function word or a title. */
function isNameWord(token: Token): boolean {
	return token.capitalised && !FUNCTION_WORDS.has(token.key) && !TITLES.has(token.key);
}

/**
 * Capitalised words ending in a street's or a building's head word ("Maple Street", "Alderbrook
 * Children's Hospital"), outside the skipped spans and the gazetteer's names ("Moscow's Bolotnaya
 * Square" gives "Bolotnaya Square"), but for a saint's ("St. George's Cathedral", not a town).
 * Not a sentence's first word the text also has in lower case ("Police Station" opening a
 * sentence), nor a person ("Kenneth Hall said", a given name before the head with no locative
 * before the name), nor an institution ("the Wall Street Journal").
 */
export function findFacilities(
	text: string,
	tokens: Token[],
	skip: Span[],
	names: Span[],
	context: TextContext,
	firstNames: ReadonlySet<string>
): FacilityMention[] {
	const skipped = overlapTest(skip);
	const named = overlapTest(names);
	const found: FacilityMention[] = [];
	tokens.forEach((head, h) => {
		if (!head.capitalised || head.allCaps || !FACILITY_HEADS.has(head.key)) return;
		const next = tokens[h + 1];
		if (
			next &&
			WORD_GAP.test(text.slice(head.end, next.start)) &&
			((next.capitalised && INSTITUTION_HEADS.has(next.key)) || SPEECH_VERBS.has(next.key))
		)
			return;
		let first = h;
		// A possessive only right before the head: "Children's Hospital", not "Moscow's … Square".
		if (h > 1 && isPossessiveS(text, tokens, h - 1) && isNameWord(tokens[h - 2])) first = h - 2;
		// "St. George's Cathedral": a saint's name there names the building, whatever town has it.
		const saint =
			first === h - 2 &&
			first > 0 &&
			SAINTS.has(tokens[first - 1].key) &&
			joinsName(text, tokens[first - 1], tokens[first]);
		if (saint) first--;
		while (first > 0 && h - first < MAX_NAME_WORDS) {
			const word = tokens[first - 1];
			// A title opens a name before another word: "King Edward Street", not "Mayor Hall".
			const title = first < h && word.capitalised && !word.allCaps && TITLES.has(word.key);
			if (!(isNameWord(word) || title) || !joinsName(text, word, tokens[first])) break;
			if (skipped(word.start, word.end) || named(word.start, word.end)) break;
			first--;
			if (title) break;
		}
		if (
			first < h &&
			opensSentence(text, tokens[first].start) &&
			context.lowercaseWords.has(tokens[first].key)
		)
			first++;
		if (first >= h || isPossessiveS(text, tokens, first)) return;
		const previous = tokens[first - 1];
		const placed = previous && !previous.capitalised && LOCATIVES.has(previous.key);
		// "Kenneth Hall said", "actor Adam Beach": a given name right before the head, but after a
		// title or a hyphen the name is the street's namesake ("King Edward Street", "Mont-Royal Avenue").
		const beforeHead = tokens[h - 1];
		if (
			firstNames.has(beforeHead.key) &&
			text[beforeHead.start - 1] !== '-' &&
			!TITLES.has(tokens[first].key) &&
			!placed
		)
			return;
		const start = tokens[first].start;
		if (skipped(start, head.end) || (!saint && named(start, head.end))) return;
		const end =
			ABBREVIATED_FACILITY_HEADS.has(head.key) && text[head.end] === '.' ? head.end + 1 : head.end;
		// "Church Street Museum" takes in the "Church Street" before it.
		while (found.length && found[found.length - 1].start >= start) found.pop();
		found.push({ start, end, text: text.slice(start, end) });
	});
	const listed = streetsListedBeforePlural(text, tokens).filter(
		(name) => !skipped(name.start, name.end) && !named(name.start, name.end)
	);
	return listed.length ? [...found, ...listed].sort((a, b) => a.start - b.start) : found;
}

/** Plural heads after which two names are two streets; "hotels", "parks" follow brands and peoples. */
const STREETS = new Set(['streets', 'roads', 'avenues', 'boulevards', 'lanes']);

/** "Bourbon and Dauphine streets", "at State and Hubbard streets": two names before "streets". */
function streetsListedBeforePlural(text: string, tokens: Token[]): FacilityMention[] {
	const listed: FacilityMention[] = [];
	tokens.forEach((plural, p) => {
		if (plural.capitalised || !STREETS.has(plural.key) || p < 3) return;
		const [first, and, second] = tokens.slice(p - 3, p);
		if (and.key !== 'and' || !WORD_GAP.test(text.slice(second.end, plural.start))) return;
		if (![first, second].every((name) => isNameWord(name) && !name.allCaps)) return;
		for (const { start, end } of [first, second])
			listed.push({ start, end, text: text.slice(start, end), heldFrom: plural.end });
	});
	return listed;
}
