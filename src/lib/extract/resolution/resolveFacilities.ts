import type { FacilityMention } from '../places/findFacilities';
import type { Sentence, Toponym } from '../types';
import { sentenceAt } from '../02-segment';
import { firstAtLeast } from '../firstAtLeast';

/**
 * Streets and buildings the gazetteer lacks, each placed at the town (else the region) nearest it
 * in its paragraph, else at the town the article names most; none when the article names no town
 * or region.
 */
export function resolveFacilities(
	facilities: FacilityMention[],
	toponyms: Toponym[],
	sentences: Sentence[]
): Toponym[] {
	if (!facilities.length) return [];
	const paragraphOf = (at: number) => sentences[sentenceAt(sentences, at)]?.paragraph;
	const holders = toponyms.filter((t) => t.literal).sort((a, b) => a.start - b.start);
	const towns = withStarts(holders.filter((t) => t.kind === 'city'));
	const regions = withStarts(holders.filter((t) => t.kind === 'region'));
	const mostNamedTown = mostNamed(towns.places) ?? mostNamed(regions.places);
	return facilities.flatMap((facility) => {
		const paragraph = paragraphOf(facility.start);
		const inParagraph = (t: Toponym) => paragraphOf(t.start) === paragraph;
		const at =
			nearest(towns, facility, inParagraph) ??
			nearest(regions, facility, inParagraph) ??
			mostNamedTown;
		return at ? [facilityToponym(facility, at)] : [];
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

/** Of places sorted by start, the one nearest the facility in the text that `may` accept. */
function nearest(
	{ places, starts }: SortedPlaces,
	facility: FacilityMention,
	may: (place: Toponym) => boolean
): Toponym | undefined {
	const next = firstAtLeast(starts, facility.start);
	const before = next > 0 && may(places[next - 1]) ? places[next - 1] : undefined;
	const after = next < places.length && may(places[next]) ? places[next] : undefined;
	if (!before || !after) return before ?? after;
	return facility.start - before.end <= after.start - facility.end ? before : after;
}

function facilityToponym(facility: FacilityMention, at: Toponym): Toponym {
	return {
		start: facility.start,
		end: facility.end,
		text: facility.text,
		name: `${facility.text}, ${at.name}`,
		lat: at.lat,
		lon: at.lon,
		kind: 'facility',
		countryIso2: at.countryIso2,
		literal: true,
		confidence: 0.4
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
