import type { PlaceKind, Sentence, Span, Toponym } from '../types';
import { sentenceAt } from '../02-segment';
import { firstAtLeast } from '../firstAtLeast';
import { LOCALITY_WORDS } from '../places/findLocalities';

/** A street, a building (no kind given) or a village the gazetteer lacks. */
export interface UnlistedMention extends Span {
	text: string;
	kind?: PlaceKind;
	/** Where the words after it begin, when they follow more than its name ("X and Y streets in …"). */
	heldFrom?: number;
}

/**
 * What joins a place to a town, region or country named right after it: "Alpha Road, Toronto",
 * "the village of Alpha in Idlib", "Alpha county in Sichuan", "the Alpha neighbourhood of Brooklyn".
 */
const HELD_BY_NEXT = new RegExp(
	`^(?:,? (?:in|near|outside)| (?:${[...LOCALITY_WORDS.keys()].join('|')}),? (?:of|in|near|outside)|,) (?:the )?$`
);
/** Confidence of a place read from the places around it, not its own name: the review lists it first. */
export const PLACED_BY_NEIGHBOUR_CONFIDENCE = 0.4;
/** What joins a town or region to a place named right after it: "Cairo's Alpha district". */
const HELD_BY_PREVIOUS = /^['’]s? $/;

/**
 * Streets, buildings, villages and districts the gazetteer lacks, each placed at the town, region
 * or country the text names right beside it ("Alpha Road, Toronto", "Cairo's Alpha district"),
 * else at the town (else the region) nearest it in its paragraph, else at the town the article
 * names most; none when the article names no town or region. A landform (`isLandform`: a range,
 * a desert) only holds what is named beside it: a street is not in "the Appalachians" because
 * the paragraph names them. A village is placed once, where the words that call it one are: its
 * other mentions go there too.
 */
export function resolveUnlisted(
	text: string,
	mentions: UnlistedMention[],
	toponyms: Toponym[],
	sentences: Sentence[],
	isLandform: (toponym: Toponym) => boolean
): Toponym[] {
	if (!mentions.length) return [];
	const paragraphOf = (at: number) => sentences[sentenceAt(sentences, at)]?.paragraph;
	// A capital read as its government ("Harare’s decision") still holds its streets.
	const holders = [...toponyms].sort((a, b) => a.start - b.start);
	const towns = withStarts(holders.filter((t) => t.kind === 'city'));
	const regions = withStarts(holders.filter((t) => t.kind === 'region' && !isLandform(t)));
	const mostNamedTown = mostNamed(towns.places) ?? mostNamed(regions.places);
	const beside = withStarts(
		holders.filter((t) => t.kind === 'city' || t.kind === 'region' || t.kind === 'country')
	);
	const placeOf = (mention: UnlistedMention) => {
		const paragraph = paragraphOf(mention.start);
		const inParagraph = (t: Toponym) => paragraphOf(t.start) === paragraph;
		return (
			besideIt(text, beside, mention) ??
			nearest(towns, mention, inParagraph) ??
			nearest(regions, mention, inParagraph) ??
			mostNamedTown
		);
	};
	// "Beyond Alpha, Liverpool…" far from "Cairo's suburb of Alpha" is still Cairo's; but two
	// Central Squares in two towns are two squares.
	const villages = new Map<string, Toponym | undefined>();
	return mentions.flatMap((mention) => {
		if (mention.kind && !villages.has(mention.text)) villages.set(mention.text, placeOf(mention));
		const at = mention.kind ? villages.get(mention.text) : placeOf(mention);
		return at ? [unlistedToponym(mention, at)] : [];
	});
}

interface SortedPlaces {
	places: Toponym[];
	starts: number[];
}

/** Places already in text order, with their starts for a binary search. */
function withStarts(places: Toponym[]): SortedPlaces {
	return { places, starts: places.map((t) => t.start) };
}

/** Of places sorted by start, the one nearest the mention in the text that `may` accept. */
function nearest(
	{ places, starts }: SortedPlaces,
	mention: Span,
	may: (place: Toponym) => boolean
): Toponym | undefined {
	const next = firstAtLeast(starts, mention.start);
	const before = next > 0 && may(places[next - 1]) ? places[next - 1] : undefined;
	const after = next < places.length && may(places[next]) ? places[next] : undefined;
	if (!before || !after) return before ?? after;
	return mention.start - before.end <= after.start - mention.end ? before : after;
}

/** The place the text names right beside the mention, joined to it as a holder. */
function besideIt(
	text: string,
	{ places, starts }: SortedPlaces,
	mention: UnlistedMention
): Toponym | undefined {
	const from = mention.heldFrom ?? mention.end;
	const after = places[firstAtLeast(starts, from)];
	if (after && HELD_BY_NEXT.test(text.slice(from, after.start))) return after;
	const before = places[firstAtLeast(starts, mention.start) - 1];
	if (before && HELD_BY_PREVIOUS.test(text.slice(before.end, mention.start))) return before;
	return undefined;
}

function unlistedToponym(mention: UnlistedMention, at: Toponym): Toponym {
	return {
		start: mention.start,
		end: mention.end,
		text: mention.text,
		name: `${mention.text}, ${at.name}`,
		lat: at.lat,
		lon: at.lon,
		kind: mention.kind ?? 'facility',
		countryIso2: at.countryIso2,
		literal: true,
		confidence: PLACED_BY_NEIGHBOUR_CONFIDENCE
	};
}

/** The place named most often (the first named of equals). */
function mostNamed(toponyms: Toponym[]): Toponym | undefined {
	const counts = new Map<string, { first: Toponym; count: number }>();
	for (const t of toponyms) {
		const seen = counts.get(t.name);
		if (seen) seen.count++;
		else counts.set(t.name, { first: t, count: 1 });
	}
	return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.first;
}
