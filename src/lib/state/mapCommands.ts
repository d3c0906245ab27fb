import type { ExplorerEvent } from '$lib/events/explorerEvents';

/** Where the map should look: a point and, if it matters, a zoom level. */
export interface MapTarget {
	lon: number;
	lat: number;
	zoom?: number;
	/** A view restored as it was saved (a link's), centred on the whole map, event card or not. */
	restored?: true;
}

/** The smallest box around some places, in degrees. */
export interface PlaceBounds {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** What the explorer asks of the map; the map adapter implements it. */
export interface MapCommands {
	flyTo(target: MapTarget): void;
	/** Shows this box whole, as near as it allows. */
	fitBounds(bounds: PlaceBounds): void;
}

/** The box around these places, or null for none; in one pass, for 100,000 rows too. */
export function boundsOf(places: Iterable<{ lon: number; lat: number }>): PlaceBounds | null {
	let bounds: PlaceBounds | null = null;
	for (const { lon, lat } of places) {
		if (!bounds) bounds = { west: lon, south: lat, east: lon, north: lat };
		bounds.west = Math.min(bounds.west, lon);
		bounds.east = Math.max(bounds.east, lon);
		bounds.south = Math.min(bounds.south, lat);
		bounds.north = Math.max(bounds.north, lat);
	}
	return bounds;
}

/** How close the map flies to an event: nearer for a point than for a whole country. */
const zoomForScope = { point: 6.5, region: 5.5, country: 4.6 } as const;

/** Where the map looks to show a located event. */
export function targetOfEvent(event: ExplorerEvent): MapTarget {
	return { lon: event.lon, lat: event.lat, zoom: zoomForScope[event.scope] };
}
