import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import type { Token } from '../tokens';
import { oneSpaceBetween, type NameMatch, type TextContext } from './nameMatch';
import { namesKnownPlace } from './knownPlace';
import { personNameReason, townPersonNameReason } from './personNames';
import {
	APPOSITION_HEADS,
	INSTITUTION_HEADS,
	INSTITUTION_PREFIXES,
	LOCATIVES
} from './recognitionWords';

/** Below this population a town whose name is a common English word is not taken on its own. */
const MIN_POPULATION_FOR_COMMON_WORD = 200_000;
/** Below this population a town whose name also appears in lower case in the text is dropped. */
const MIN_POPULATION_FOR_LOWERCASE_TWIN = 100_000;
/** Below this population a town's name joined by a hyphen to another word is part of a name. */
const MIN_POPULATION_FOR_COMPOUND = 100_000;
/** Below this population "the X" is the name of something else ("the White House"). */
const MIN_POPULATION_FOR_THE_PHRASE = 50_000;
/** Words before a quoted name that make it the name of a unit, a ship, an operation... */
const QUOTE_TRAP =
	/(?:group|unit|call ?signs?|codename|code name|nickname|nom de guerre|battalion|regiment|brigade|company|ship|vessel|frigate|cruiser|submarine|operation|exercises?|drills?|known as|dubbed|named|called|system)\W{0,3}$/i;
const OPEN_QUOTE = /["“‘'«]/;
/** Words before a quoted nickname: "known locally as", "dubbed", "nicknamed". */
const NICKNAME_LEAD = /(?:\bas|dubbed|nicknamed|called|named)\W{0,3}$/i;
const CLOSE_QUOTE = /["”’'»]/;

/** The words before the quotation mark that opens right before `quoted`, a word of the text. */
function leadOfQuote(text: string, quoted: Token): string {
	return text.slice(Math.max(0, quoted.start - 40), quoted.start - 1);
}

/** "Lviv University", "the Lviv Polytechnic Institute": up to three capitalised words ending in a head. */
function institutionFollows(text: string, tokens: Token[], from: number): boolean {
	for (let j = from; j < Math.min(tokens.length, from + 3); j++) {
		const t = tokens[j];
		if (!t.capitalised || !oneSpaceBetween(text, tokens[j - 1], t)) return false;
		if (INSTITUTION_HEADS.has(t.key)) return true;
	}
	return false;
}

/**
 * What names the saint a church or an order is dedicated to: "the church of St. Peter and ",
 * "the Order of Saint " (not "the churches of St. Petersburg").
 */
const DEDICATION_LEAD =
	/\b(?:[Cc]hurch|[Cc]athedral|[Cc]hapel|[Bb]asilica|[Mm]onastery|[Aa]bbey|[Cc]onvent|[Ss]hrine|[Ff]east|[Oo]rder) of (?:(?:St\.?|Saint) \p{Lu}\p{L}*(?:,| and) )*$/u;

/** Why a match names an institution, a unit, a ship, a company or a saint, or null. */
function thingNameReason(match: NameMatch): string | null {
	const { text, tokens, first, last, prev, entries } = match;
	if (institutionFollows(text, tokens, match.index + match.length)) return 'institution';
	if (
		(first.key === 'st' || first.key === 'saint') &&
		DEDICATION_LEAD.test(text.slice(Math.max(0, first.start - 80), first.start))
	)
		return 'dedication';
	// "Air Zimbabwe", "Real Madrid": an airline, a club.
	if (prev?.capitalised && INSTITUTION_PREFIXES.has(prev.key) && oneSpaceBetween(text, prev, first))
		return 'institution';
	const before = text[first.start - 1] ?? '';
	const after = text[last.end] ?? '';
	if (OPEN_QUOTE.test(before) && CLOSE_QUOTE.test(after)) {
		const lead = leadOfQuote(text, first);
		if (/\(\s*$/.test(lead) || QUOTE_TRAP.test(lead)) return 'quoted name';
	}
	// "known locally as “Smoky Mary,”", "dubbed “Little Odessa”": a name closing a quoted nickname
	// ("“Go Kyiv!”", "“In Gaza's hospitals…”" keep their places, and so does "“Global Britain”").
	if (
		prev?.capitalised &&
		oneSpaceBetween(text, prev, first) &&
		OPEN_QUOTE.test(text[prev.start - 1] ?? '') &&
		/^[,.!?]?["”’'](?!\p{L})/u.test(text.slice(last.end, last.end + 3)) &&
		NICKNAME_LEAD.test(leadOfQuote(text, prev)) &&
		entries.every((e) => e.kind !== 'country')
	)
		return 'quoted name';
	if (
		prev &&
		!prev.capitalised &&
		APPOSITION_HEADS.has(prev.key) &&
		oneSpaceBetween(text, prev, first) &&
		entries.every((e) => e.kind !== 'country')
	) {
		return 'named thing';
	}
	return null;
}

/**
 * Whether the town's own first-level division follows after a comma, the pair placed by a
 * locative or closed by punctuation ("in Price, Utah", "Beaver, W.Va., borough council"): then a
 * name that is also a common word is the town. Not "Harmony, Pennsylvania's leaders said",
 * "Liberty, Texas Tech and Baylor", nor "the Statue of Liberty, New York's landmark".
 */
function divisionFollows(match: NameMatch, gaz: Gazetteer): boolean {
	const { text, tokens, index, length, last, prev, entries } = match;
	const from = index + length;
	if (!tokens[from] || !/^, ?$/.test(text.slice(last.end, tokens[from].start))) return false;
	const placed =
		prev !== undefined && !prev.capitalised && prev.key !== 'of' && LOCATIVES.has(prev.key);
	const holdsTown = (division: GazetteerEntry) =>
		division.kind === 'region' &&
		division.admin1 !== undefined &&
		entries.some(
			(town) => town.countryIso2 === division.countryIso2 && town.admin1 === division.admin1
		);
	let key = '';
	for (let j = from; j < Math.min(tokens.length, from + 3); j++) {
		if (j > from && !oneSpaceBetween(text, tokens[j - 1], tokens[j])) break;
		key = j > from ? `${key} ${tokens[j].key}` : tokens[j].key;
		const divisions = (gaz.aliases.get(key) ?? []).map(({ entry }) => gaz.entries[entry]);
		const closed = /^\.?(?:[,;:)]|\.?\s*$|\.\s)/.test(text.slice(tokens[j].end, tokens[j].end + 3));
		if (divisions.some(holdsTown) && (placed || closed)) return true;
	}
	return false;
}

/** Why a town's name is another word here: a demonym, half of a compound, a common word... or null. */
function townWordReason(match: NameMatch, gaz: Gazetteer, context: TextContext): string | null {
	const { text, first, last, prev, population } = match;
	const oneWord = match.length === 1;
	if (oneWord && gaz.demonyms.has(first.key)) return 'demonym';
	// "Euro-Atlantic", "trans-Pacific", "Miami-Dade": the second half of a hyphenated word; but a
	// large town after a well-known place is a place of its own ("the Amsterdam-London leg"),
	// unless a given name comes first ("Lisa Jackson-Houston").
	const beforePrev = match.tokens[match.index - 2];
	const twoPlaces =
		population >= MIN_POPULATION_FOR_COMPOUND &&
		prev?.capitalised &&
		!prev.allCaps &&
		namesKnownPlace(gaz, prev.key) &&
		!(beforePrev?.capitalised && gaz.firstNames.has(beforePrev.key));
	if (/\p{L}-$/u.test(text.slice(Math.max(0, first.start - 2), first.start)) && !twoPlaces)
		return 'compound';
	// "Mercedes-Benz", "Diaz-Balart": the first half of a name joined to a word that names no
	// well-known place ("Minsk-Moscow" names two); a city's name stays its own ("Calgary-North West").
	const { next } = match;
	if (
		population < MIN_POPULATION_FOR_COMPOUND &&
		next?.capitalised &&
		text.slice(last.end, next.start) === '-' &&
		!namesKnownPlace(gaz, next.key)
	)
		return 'compound';
	// "the White House", "the Post": a town's name is not preceded by the article
	// ("the Cairns police" is the city's, a large town's name used as a modifier).
	if (
		prev?.key === 'the' &&
		oneSpaceBetween(text, prev, first) &&
		population < MIN_POPULATION_FOR_THE_PHRASE
	)
		return 'the-phrase';
	// "Nov.", "Rev.", "Det.": a short abbreviation with its period.
	if (oneWord && last.end - first.start <= 3 && text[last.end] === '.' && !first.allCaps)
		return 'abbreviation';
	if (
		oneWord &&
		gaz.nonPlaceWords.has(first.key) &&
		population < MIN_POPULATION_FOR_COMMON_WORD &&
		!divisionFollows(match, gaz)
	)
		return 'common word';
	if (
		oneWord &&
		context.lowercaseWords.has(first.key) &&
		population < MIN_POPULATION_FOR_LOWERCASE_TWIN
	)
		return 'common word';
	return null;
}

/**
 * Why a gazetteer match is not a place here, or null when it may be one. Person-name checks on
 * towns come before word checks: they record surnames in `context` for later matches.
 */
export function whyNotAPlace(
	match: NameMatch,
	gaz: Gazetteer,
	context: TextContext
): string | null {
	if (match.length === 1 && context.agencyWords.has(match.first.key)) return 'news agency';
	const reason = thingNameReason(match) ?? personNameReason(match, gaz, context);
	if (reason) return reason;
	if (!match.entries.every((e) => e.source === 'geonames')) return null;
	return townPersonNameReason(match, gaz, context) ?? townWordReason(match, gaz, context);
}
