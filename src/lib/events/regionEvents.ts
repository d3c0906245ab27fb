import { overlaps, type DayInterval } from '$lib/time/interval';
import type { ExplorerEvent } from './explorerEvents';

/**
 * The events placed only at one country or one named region (a first-level division, Crimea,
 * Donbas): the map draws them as one highlight of that area with their count, not as a pile of
 * symbols on its representative point.
 */
export interface RegionGroup {
	/** `country:UA` or `region:Crimea@34.5,45.3`: stable while the events change. */
	key: string;
	name: string;
	/** The ISO 3166-1 alpha-2 code whose outline is highlighted; null for a region (no outline). */
	outlineIso2: string | null;
	/** The place's representative point, [lng, lat]: where a region without an outline is drawn. */
	position: [number, number];
	/** Earliest first, as the events were given. */
	events: ExplorerEvent[];
}

/** The group key of an event placed only at a country or a named region, else null. */
export function regionKeyOf(event: ExplorerEvent): string | null {
	const place = event.place;
	if (!event.located || !place || event.scope === 'point') return null;
	if (event.scope === 'country' && place.kind === 'country' && place.countryIso2)
		return `country:${place.countryIso2}`;
	// Water, borders and continents keep their symbol: a point on a line or a sea says more.
	if (place.kind === 'region' || place.kind === 'country')
		return `region:${place.name}@${event.lon},${event.lat}`;
	return null;
}

/**
 * Splits located article events into those drawn as points and those drawn as region
 * highlights, one group per area in order of first appearance.
 *
 * @example
 * const { pointEvents, groups } = groupByRegion(events);
 * groups[0]; // { key: 'country:BY', name: 'Belarus', outlineIso2: 'BY', events: [...] }
 */
export function groupByRegion(events: readonly ExplorerEvent[]): {
	pointEvents: ExplorerEvent[];
	groups: RegionGroup[];
} {
	const pointEvents: ExplorerEvent[] = [];
	const byKey = new Map<string, RegionGroup>();
	for (const event of events) {
		const key = regionKeyOf(event);
		if (key === null) {
			pointEvents.push(event);
			continue;
		}
		const group = byKey.get(key);
		if (group) group.events.push(event);
		else
			byKey.set(key, {
				key,
				name: event.place!.name,
				outlineIso2: key.startsWith('country:') ? event.place!.countryIso2 : null,
				position: [event.lon, event.lat],
				events: [event]
			});
	}
	return { pointEvents, groups: [...byKey.values()] };
}

/** The events of a group that overlap the window (all of them for null), earliest first. */
export function eventsInWindow(group: RegionGroup, window: DayInterval | null): ExplorerEvent[] {
	return window ? group.events.filter((event) => overlaps(event, window)) : group.events;
}

/** "1 event", "12 events". */
export function eventCountText(count: number): string {
	return `${count} ${count === 1 ? 'event' : 'events'}`;
}
