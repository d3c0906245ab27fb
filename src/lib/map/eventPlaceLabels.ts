import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MapEvent } from '$lib/events/eventTable';

/**
 * One label per place that carries events (not those placed only at a country), so the map
 * names where things happened; `placeNameOf` gives the name, or null for none.
 */
export function eventPlaceLabels(
	events: readonly MapEvent[],
	placeNameOf: (event: MapEvent) => string | null
): FeatureCollection<Point, { name: string }> {
	const byPosition = new Map<string, Feature<Point, { name: string }>>();
	for (const event of events) {
		const name = placeNameOf(event);
		if (!name || event.scope === 'country') continue;
		byPosition.set(`${event.lon},${event.lat}`, {
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [event.lon, event.lat] },
			properties: { name }
		});
	}
	return { type: 'FeatureCollection', features: [...byPosition.values()] };
}
