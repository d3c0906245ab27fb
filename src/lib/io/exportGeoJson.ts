import type { Feature, Point } from 'geojson';
import { citationFields, roundedCoordinate, type CitedEvent, type EventsText } from './citedEvent';

function featureOf(event: CitedEvent): Feature<Point | null> {
	return {
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
	};
}

/**
 * Events as an RFC 7946 FeatureCollection, one feature per line: [lon, lat] Points (null
 * geometry for an event with no place), no crs member, the provenance in each feature's
 * properties (see citationFields).
 */
export const geoJsonText: EventsText = {
	head: '{"type":"FeatureCollection","features":[\n',
	batch: (events, first) =>
		`${first ? '' : ',\n'}${events.map((event) => JSON.stringify(featureOf(event))).join(',\n')}`,
	tail: '\n]}\n'
};
