import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MapEvent } from '$lib/events/eventTable';
import { spiralSlots } from '$lib/events/spreadOffsets';

/**
 * One label per place that carries events (not those placed only at a country), so the map
 * names where things happened; `placeNameOf` gives the name, or null for none. A place with more
 * events than its spiral has slots says how many it has in all, since they are drawn over one
 * another.
 */
export function eventPlaceLabels(
	events: readonly MapEvent[],
	placeNameOf: (event: MapEvent) => string | null
): FeatureCollection<Point, { name: string }> {
	// By longitude, then latitude: numbers as keys, not a string made per event.
	const places = new Map<number, Map<number, { name: string; count: number }>>();
	for (const event of events) {
		if (event.scope === 'country') continue;
		const name = placeNameOf(event);
		if (!name) continue;
		let atLongitude = places.get(event.lon);
		if (!atLongitude) places.set(event.lon, (atLongitude = new Map()));
		const place = atLongitude.get(event.lat);
		if (place) {
			place.name = name;
			place.count++;
		} else atLongitude.set(event.lat, { name, count: 1 });
	}
	const features: Feature<Point, { name: string }>[] = [];
	for (const [lon, atLongitude] of places) {
		for (const [lat, { name, count }] of atLongitude) {
			features.push({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [lon, lat] },
				properties: {
					name: count > spiralSlots ? `${name} · ${count.toLocaleString('en-GB')} events` : name
				}
			});
		}
	}
	return { type: 'FeatureCollection', features };
}
