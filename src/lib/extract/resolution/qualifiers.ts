import type { GazetteerEntry } from '../gazetteer';
import type { NameMention } from '../places/findNames';
import { distanceKm } from '$lib/geo/distanceKm';
import { LOCALITY_WORDS } from '../places/findLocalities';
import { tokenAfter, type MentionIndex } from './mentionIndex';

/** How far from a division's representative point a place may lie in it (Ontario spans 1,700 km). */
const DIVISION_REACH_KM = 1500;

/**
 * Whether a place lies in a country or a division: by GeoNames' division code where both have one
 * (Columbia, Kentucky is not in Tennessee), else near the division's representative point.
 */
export function within(entry: GazetteerEntry, container: GazetteerEntry): boolean {
	if (entry.countryIso2 !== container.countryIso2) return false;
	if (container.kind === 'country') return true;
	if (entry.admin1 && container.admin1 && container.featureCode === 'ADM1')
		return entry.admin1 === container.admin1;
	return distanceKm(entry, container) < DIVISION_REACH_KM;
}

/** "London, Ontario": the reading of the name after the comma, when it is a country or division. */
export function qualifierOf(index: MentionIndex, mention: NameMention): GazetteerEntry | null {
	const next = tokenAfter(index, mention.end);
	if (!next || !mention.commaAfter) return null;
	const i = index.nameStartingAt.get(next.start);
	if (i === undefined) return null;
	const entries = index.names[i].entries.map((e) => index.gaz.entries[e]);
	return (
		entries.find((e) => e.kind === 'country') ??
		entries.find((e) => e.featureCode === 'ADM1') ??
		null
	);
}

/**
 * "Atlanta, Georgia": the readings of the name before the comma, when this mention follows one
 * and does not go on a list ("Washington, New York and Boston").
 */
export function qualifiedBy(index: MentionIndex, mention: NameMention): GazetteerEntry[] | null {
	const after = tokenAfter(index, mention.end);
	if (!mention.commaAfter && (after?.key === 'and' || after?.key === 'or')) return null;
	const i = index.nameStartingAt.get(mention.start);
	const before = i !== undefined && i > 0 ? index.names[i - 1] : undefined;
	if (!before?.commaAfter) return null;
	const next = tokenAfter(index, before.end);
	if (!next || next.start !== mention.start) return null;
	return before.entries.map((e) => index.gaz.entries[e]).filter((e) => e.kind === 'city');
}

/** Words for a place a people's adjective may qualify: "the Canadian city of London". */
const PLACE_WORDS = new Set([
	...LOCALITY_WORDS.keys(),
	'port',
	'capital',
	'region',
	'province',
	'state',
	'island'
]);
/** Lower-case words between the adjective and the place word: "the Russian border city of". */
const MAX_WORDS_BETWEEN = 2;

/**
 * "the Canadian city of London", "the Russian border town of Shebekino", "the Belarusian capital
 * Minsk": the country a people's adjective before the place word names.
 */
export function demonymQualifier(index: MentionIndex, mention: NameMention): string | null {
	const { tokens, gaz } = index;
	let i = mention.token - 1;
	if (tokens[i]?.key === 'of') i--;
	if (!tokens[i] || tokens[i].capitalised || !PLACE_WORDS.has(tokens[i].key)) return null;
	for (let j = i - 1; j >= Math.max(0, i - 1 - MAX_WORDS_BETWEEN); j--) {
		// "the Russian-held city of Donetsk" is not Russia's.
		if (index.text.slice(tokens[j].end, tokens[j + 1].start) === '-') return null;
		const iso = gaz.demonyms.get(tokens[j].key);
		if (iso && tokens[j].capitalised) return iso;
		if (tokens[j].capitalised) return null;
	}
	return null;
}
