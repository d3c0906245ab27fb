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
	const byPosition = new Map<
		string,
		{ feature: Feature<Point, { name: string }>; count: number }
	>();
	for (const event of events) {
		const name = placeNameOf(event);
		if (!name || event.scope === 'country') continue;
		const position = `${event.lon},${event.lat}`;
		const count = (byPosition.get(position)?.count ?? 0) + 1;
		byPosition.set(position, {
			feature: {
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [event.lon, event.lat] },
				properties: { name }
			},
			count
		});
	}
	const features = [...byPosition.values()].map(({ feature, count }) =>
		count > spiralSlots
			? {
					...feature,
					properties: {
						name: `${feature.properties.name} · ${count.toLocaleString('en-GB')} events`
					}
				}
			: feature
	);
	return { type: 'FeatureCollection', features };
}
