import type { ExplorerEvent } from '$lib/events/explorerEvents';

/** Where the map should look: a point and, if it matters, a zoom level. */
export interface MapTarget {
	lon: number;
	lat: number;
	zoom?: number;
	/** A view restored as it was saved (a link's), centred on the whole map, event card or not. */
	restored?: true;
}

/** What the explorer asks of the map; the map adapter implements it. */
export interface MapCommands {
	flyTo(target: MapTarget): void;
	/** Shows all these places at once, as near as they allow. */
	fitPlaces(places: readonly { lon: number; lat: number }[]): void;
}

/** How close the map flies to an event: nearer for a point than for a whole country. */
const zoomForScope = { point: 6.5, region: 5.5, country: 4.6 } as const;

/** Where the map looks to show a located event. */
export function targetOfEvent(event: ExplorerEvent): MapTarget {
	return { lon: event.lon, lat: event.lat, zoom: zoomForScope[event.scope] };
}
