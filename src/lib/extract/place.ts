import type { Place } from './types';

/** Only the fields of a Place, from a gazetteer entry, candidate or search result. */
export function placeOnly(place: Place): Place {
	const { name, lat, lon, kind, countryIso2, geonameid } = place;
	return { name, lat, lon, kind, countryIso2, ...(geonameid === undefined ? {} : { geonameid }) };
}
