import type { Gazetteer } from '../gazetteer';
import { isPossessiveS, type Token } from '../tokens';
import { isWellKnown, MIN_POPULATION_WITHOUT_EVIDENCE, namesKnownPlace } from './knownPlace';
import { oneSpaceBetween, type NameMatch, type TextContext } from './nameMatch';
import {
	CALENDAR_WORDS,
	FUNCTION_WORDS,
	LOCATIVES,
	SPEECH_VERBS,
	TITLES
} from './recognitionWords';

/** Below this population a town whose name is also a person's name in the text is dropped. */
const MIN_POPULATION_FOR_PERSON_NAME = 1_000_000;
/**
 * Whether two words are one name: one space between them, or a period after an initial or a title
 * ("J. Smith", "Gov. Ann Lee"); "Lee. Four" is a sentence end.
 */
function joinsName(text: string, before: Token, after: Token): boolean {
	const gap = text.slice(before.end, after.start);
	if (gap === ' ') return true;
	return /^\. ?$/.test(gap) && (before.end - before.start === 1 || TITLES.has(before.key));
}
/** Words of direction that are also given names ("West", "North"). */
const DIRECTIONS = new Set([
	'north',
	'south',
	'east',
	'west',
	'northern',
	'southern',
	'eastern',
	'western',
	'central',
	'upper',
	'lower',
	'greater',
	'far'
]);

/** Whether an age follows a word, as news writes after a person's name: "Lee, 18, of …". */
function agedAfter(text: string, word: Token): boolean {
	return /^,? \d{1,3},(?!\d)/.test(text.slice(word.end, word.end + 7));
}

/**
 * Whether a match ends a name written in capitals after a given name ("JAMES KONSTANTIN GALVEZ.")
 * as a byline is, closing its line or after "By". Every word of the name is a name: none is a
 * function word or a word the text also writes in lower case ("CHARLES ARRIVES IN SYDNEY", "MAY
 * FLOODS HIT HOUSTON" are headlines). A dateline in capitals goes on with a comma or a dash
 * ("MARY ESTHER, Fla. —").
 */
function endsBylineInCapitals(match: NameMatch, gaz: Gazetteer, context: TextContext): boolean {
	const { text, tokens, index, last } = match;
	if (!match.first.allCaps || !last.allCaps) return false;
	let from = index;
	while (
		from > index - 3 &&
		tokens[from - 1]?.allCaps &&
		oneSpaceBetween(text, tokens[from - 1], tokens[from])
	)
		from--;
	if (from === index || !gaz.firstNames.has(tokens[from].key)) return false;
	const words = tokens.slice(from, index + match.length);
	if (words.some((t) => FUNCTION_WORDS.has(t.key) || context.lowercaseWords.has(t.key)))
		return false;
	return (
		/^\.?[ \t]*(?:\n|$)/.test(text.slice(last.end, last.end + 4)) ||
		/\bBy $/i.test(text.slice(Math.max(0, tokens[from].start - 3), tokens[from].start))
	);
}

/** Words that name people in this text: a given name or title followed by capitalised words. */
export function findPersonWords(text: string, tokens: Token[], gaz: Gazetteer): Set<string> {
	const persons = new Set<string>();
	for (let i = 0; i + 1 < tokens.length; i++) {
		const t = tokens[i];
		if (!t.capitalised || t.allCaps) continue;
		const title = TITLES.has(t.key);
		if (!title && (!gaz.firstNames.has(t.key) || DIRECTIONS.has(t.key))) continue;
		let j = i + 1;
		while (
			j < tokens.length &&
			j <= i + 3 &&
			tokens[j].capitalised &&
			!tokens[j].allCaps &&
			!FUNCTION_WORDS.has(tokens[j].key) &&
			joinsName(text, tokens[j - 1], tokens[j])
		)
			j++;
		if (j === i + 1) continue;
		// A lone initial ("J.") is part of the name; the last capitalised word is the surname. A given
		// name that is also a place's ("Washington Post", "Kobe Bryant") is not itself a person word.
		persons.add(tokens[j - 1].key);
		if (!title && !namesKnownPlace(gaz, t.key)) persons.add(t.key);
		i = j - 1;
	}
	return persons;
}

/** Whether a word starts a sentence, a line or a quotation. */
export function opensSentence(text: string, start: number): boolean {
	return /(?:^|[.!?:;]["”’')\]]?\s+|\n\s*|["“‘(]\s*)$/.test(
		text.slice(Math.max(0, start - 4), start)
	);
}

/**
 * Why a one-word match, of any kind, is a person's name here, or null. A surname after a given
 * name is remembered in `context`, as in townPersonNameReason.
 */
export function personNameReason(
	match: NameMatch,
	gaz: Gazetteer,
	context: TextContext
): string | null {
	const { text, first, last, prev, next, nameAfter, entries, population } = match;
	if (match.length !== 1) return null;
	// A word in capitals before one that is not ("WASHINGTON Barack Obama", "the US Geological
	// Service") is a dateline or an acronym, not a given name.
	const capitalsBeforeName = first.allCaps && next !== undefined && !next.allCaps;
	// "Chad Williams", "Jordan Peterson"; but "Belarus President" keeps its country, and so does
	// "the Communist Party of Vietnam Nguyen Phu Trong".
	if (
		nameAfter &&
		!capitalsBeforeName &&
		prev?.key !== 'of' &&
		entries.some((e) => e.kind === 'country') &&
		entries.every((e) => e.kind === 'country' || e.source === 'geonames') &&
		!gaz.nonPlaceWords.has(nameAfter.key) &&
		!TITLES.has(nameAfter.key)
	) {
		return 'first name';
	}
	// "John Kerry", "Andrew Jordan": a given name right before any place makes it a surname
	// ("West Wales", "Far North Queensland" are directions).
	if (
		prev?.capitalised &&
		!prev.allCaps &&
		gaz.firstNames.has(prev.key) &&
		!DIRECTIONS.has(prev.key) &&
		!namesKnownPlace(gaz, prev.key) &&
		oneSpaceBetween(text, prev, first)
	) {
		context.personWords.add(first.key);
		return 'surname';
	}
	// "Mayor London Lee", "Rep. Alexandria Lee": a title before the name and a name after it,
	// whatever the city's size.
	if (
		prev?.capitalised &&
		TITLES.has(prev.key) &&
		joinsName(text, prev, first) &&
		nameAfter &&
		!nameAfter.allCaps
	)
		return 'first name';
	// People: towns and divisions, never countries or continents ("Georgia Smith" yes, "Jordan
	// said" and "Europe added" no).
	if (
		population >= MIN_POPULATION_FOR_PERSON_NAME ||
		entries.some((e) => e.kind === 'country' || e.kind === 'continent')
	)
		return null;
	// "Mary Lewis": a given name before any capitalised word, place or not; but not before a
	// title ("Florida Senator Marco Rubio").
	if (
		gaz.firstNames.has(first.key) &&
		!capitalsBeforeName &&
		next?.capitalised &&
		!next.allCaps &&
		!TITLES.has(next.key) &&
		oneSpaceBetween(text, last, next) &&
		!FUNCTION_WORDS.has(next.key)
	)
		return 'first name';
	const placed = prev !== undefined && !prev.capitalised && LOCATIVES.has(prev.key);
	// A surname of the text, even when a borough or region bears it ("Lee met Rita Kirklees. Then
	// Kirklees resigned"); "in Kirklees" is the place.
	if (context.personWords.has(first.key) && !placed) return 'person';
	// "Jordan said" is a person; "officials in Brest said" is a place, and so is the subject of
	// what was said ("he said Missouri had a lot to offer").
	const subjectOfSaid =
		entries.some(isWellKnown) &&
		next !== undefined &&
		!next.capitalised &&
		!FUNCTION_WORDS.has(next.key) &&
		(oneSpaceBetween(text, last, next) ||
			isPossessiveS(text, match.tokens, match.index + match.length));
	if (
		!placed &&
		((next && SPEECH_VERBS.has(next.key) && oneSpaceBetween(text, last, next)) ||
			(prev && SPEECH_VERBS.has(prev.key) && oneSpaceBetween(text, prev, first) && !subjectOfSaid))
	)
		return 'person';
	return null;
}

/**
 * Why a match that can only be a town is part of a person's name here, or null. A surname is
 * remembered in `context`, so a later bare "Johnson" is the person too.
 */
export function townPersonNameReason(
	match: NameMatch,
	gaz: Gazetteer,
	context: TextContext
): string | null {
	const { text, tokens, first, prev, nameAfter, population } = match;
	const prev2 = tokens[match.index - 2];
	if (endsBylineInCapitals(match, gaz, context)) return 'byline';
	if (
		prev &&
		prev.capitalised &&
		!prev.allCaps &&
		// "Rep. Alexandria Lee": a title's period joins it to the name.
		(oneSpaceBetween(text, prev, first) ||
			(TITLES.has(prev.key) && joinsName(text, prev, first))) &&
		!FUNCTION_WORDS.has(prev.key) &&
		!gaz.demonyms.has(prev.key) &&
		// "North London", "Upper Edmonton": a direction is no given name.
		!DIRECTIONS.has(prev.key) &&
		(TITLES.has(prev.key) ||
			gaz.firstNames.has(prev.key) ||
			// "Although Edmonton…": a capitalised word opening a sentence is not a given name, nor is
			// a day or a month ("Monday Barrie officers…").
			(!namesKnownPlace(gaz, prev.key) &&
				!opensSentence(text, prev.start) &&
				!CALENDAR_WORDS.has(prev.key)) ||
			// "Reanne Morgan, 18, of …": a name followed by an age, wherever the sentence begins.
			agedAfter(text, match.last) ||
			// "President Maia Sandu": a first name that is also a town, after a title.
			(prev2 !== undefined && TITLES.has(prev2.key) && oneSpaceBetween(text, prev2, prev)))
	) {
		if (match.length === 1) context.personWords.add(first.key);
		return 'surname';
	}
	// "Jackson Smith"; but "the Winnipeg Free Press", "Edmonton Community Partnership" keep the city.
	if (
		nameAfter &&
		!nameAfter.allCaps &&
		!first.allCaps &&
		((gaz.firstNames.has(first.key) && !TITLES.has(nameAfter.key)) ||
			population < MIN_POPULATION_WITHOUT_EVIDENCE)
	)
		return 'first name';
	return null;
}
