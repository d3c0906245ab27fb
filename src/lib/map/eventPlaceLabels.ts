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
	// By longitude, then latitude: numbers as keys, not a string made per event. Places are kept
	// in the order their first event comes, which MapLibre follows when labels collide.
	const places: { lon: number; lat: number; name: string; count: number }[] = [];
	const byPosition = new Map<number, Map<number, (typeof places)[number]>>();
	for (const event of events) {
		if (event.scope === 'country') continue;
		const name = placeNameOf(event);
		if (!name) continue;
		let atLongitude = byPosition.get(event.lon);
		if (!atLongitude) byPosition.set(event.lon, (atLongitude = new Map()));
		const place = atLongitude.get(event.lat);
		if (place) {
			place.name = name;
			place.count++;
		} else {
			const added = { lon: event.lon, lat: event.lat, name, count: 1 };
			atLongitude.set(event.lat, added);
			places.push(added);
		}
	}
	const features = places.map(({ lon, lat, name, count }): Feature<Point, { name: string }> => ({
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [lon, lat] },
		properties: {
			name: count > spiralSlots ? `${name} · ${count.toLocaleString('en-GB')} events` : name
		}
	}));
	return { type: 'FeatureCollection', features };
}
