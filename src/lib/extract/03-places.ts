/**
 * Stage 3, places: gazetteer names (places/findNames.ts, with the checks that a match is a person,
 * an institution or a common word in places/whyNotAPlace.ts), county names, border phrases,
 * coordinates, named streets and buildings, and villages and districts the text names by what
 * they are, before resolution picks what each one means.
 */
import type { Gazetteer } from './gazetteer';
import type { Span } from './types';
import type { Token } from './tokens';
import { findBorders, type BorderMention } from './places/findBorders';
import { findCoordinates, type CoordinateMention } from './places/findCoordinates';
import { findCounties, type CountyMention } from './places/findCounties';
import { findFacilities, type FacilityMention } from './places/findFacilities';
import { findLocalities, type LocalityMention } from './places/findLocalities';
import { countryInitialMentions } from './places/countryInitials';
import { findNames, textContext, type NameMention } from './places/findNames';
import { hasEvidence, namedCountries, withSupportedHamlets } from './places/evidence';
import { overlapsAny, overlapTest } from './places/overlapsAny';

export interface PlaceRecognition {
	names: NameMention[];
	counties: CountyMention[];
	borders: BorderMention[];
	coordinates: CoordinateMention[];
	/** Streets and buildings the gazetteer does not name: placed by the places around them. */
	facilities: FacilityMention[];
	/** Villages, neighbourhoods and districts the gazetteer lacks, named by the word for them. */
	localities: LocalityMention[];
}

/**
 * Finds place names, border phrases, coordinates, streets and villages outside the skipped
 * (boilerplate) spans.
 */
export function recognisePlaces(
	text: string,
	tokens: Token[],
	gaz: Gazetteer,
	skip: Span[]
): PlaceRecognition {
	const coordinates = findCoordinates(text, skip);
	const counties = findCounties(
		text,
		skip,
		(key) => gaz.aliases.has(key) || gaz.aliases.has(`${key} county`)
	);
	const context = textContext(text, tokens, gaz);
	const found = withSupportedHamlets(gaz, findNames(text, tokens, gaz, skip, context));
	const named = namedCountries(gaz, tokens, found);
	const initials = countryInitialMentions(text, tokens, gaz, named, [
		...skip,
		...found,
		...coordinates,
		...counties
	]);
	const gazetteerNames = [...found, ...initials]
		.filter(
			(n) =>
				hasEvidence(text, tokens, gaz, n, named) &&
				!overlapsAny(coordinates, n.start, n.end) &&
				!overlapsAny(counties, n.start, n.end)
		)
		.sort((a, b) => a.start - b.start);
	const borders = findBorders(text, tokens, gaz, skip);
	const facilities = findFacilities(
		text,
		tokens,
		[...skip, ...counties, ...borders, ...coordinates],
		gazetteerNames,
		context,
		gaz.firstNames
	);
	const localities = findLocalities(
		text,
		tokens,
		[...skip, ...counties, ...borders, ...coordinates, ...facilities],
		gazetteerNames,
		context,
		gaz.demonyms
	);
	// A name a facility or a locality took in ("St. George" of "St. George's Cathedral") is not a
	// place of its own.
	const inFacility = overlapTest(facilities);
	const inLocality = overlapTest(localities);
	const names = gazetteerNames.filter(
		(n) => !inFacility(n.start, n.end) && !inLocality(n.start, n.end)
	);
	return { names, counties, borders, coordinates, facilities, localities };
}
