import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { MapEvent } from '$lib/events/eventTable';
import type { BorderBandProperties } from '$lib/geo/borderBands';
import type { DayInterval } from '$lib/time/interval';
import type { ZoneSummary } from './layerTypes';

/** Events placed at a point or area (not only at a country), the only ones with a distance. */
export function locatedEvents(events: readonly MapEvent[]): MapEvent[] {
	return events.filter((event) => event.scope !== 'country');
}

/** Located events that overlap `window` (all of them for a null window). */
export function locatedEventsIn(
	events: readonly MapEvent[],
	window: DayInterval | null
): MapEvent[] {
	return locatedEvents(events).filter(
		(event) => !window || (event.start <= window.end && window.start <= event.end)
	);
}

/**
 * One summary per border band: the places and the events whose distance to the border lies in
 * it (min_km inclusive, max_km exclusive). Events with no measured distance count nowhere.
 */
export function summariseZones(
	bands: FeatureCollection<Polygon | MultiPolygon, BorderBandProperties>,
	placesNearBorder: FeatureCollection<Point, { name: string; distance_km: number }>,
	events: readonly MapEvent[],
	eventDistanceKm: Readonly<Record<string, number>>
): ZoneSummary[] {
	return bands.features.map((band) => {
		const { min_km: minKm, max_km: maxKm } = band.properties;
		const inBand = (km: number | undefined) => km !== undefined && km >= minKm && km < maxKm;
		return {
			id: band.properties.id,
			minKm,
			maxKm,
			areaKm2: band.properties.area_km2,
			method: band.properties.method,
			places: placesNearBorder.features
				.filter((place) => inBand(place.properties.distance_km))
				.map((place) => place.properties.name),
			eventCount: events.filter((event) => inBand(eventDistanceKm[event.key])).length
		};
	});
}
