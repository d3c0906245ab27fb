import type { Feature, FeatureCollection, Point } from 'geojson';
import { citationFields, roundedCoordinate, type CitedEvent } from './citedEvent';

/**
 * Events as an RFC 7946 FeatureCollection: [lon, lat] Points (null geometry for an event with no
 * place), no crs member, the provenance in each feature's properties (see citationFields).
 *
 * @example JSON.stringify(citedEventsToGeoJson(citedEventsOfArticle(reviewed)))
 */
export function citedEventsToGeoJson(
	events: readonly CitedEvent[]
): FeatureCollection<Point | null> {
	return {
		type: 'FeatureCollection',
		features: events.map((event): Feature<Point | null> => ({
			type: 'Feature',
			id: event.id,
			geometry:
				event.lon === null || event.lat === null
					? null
					: {
							type: 'Point',
							coordinates: [roundedCoordinate(event.lon), roundedCoordinate(event.lat)]
						},
			properties: citationFields(event)
		}))
	};
}
