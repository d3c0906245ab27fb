import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { eventCountText, type RegionGroup } from '$lib/events/regionEvents';

/** What the count label of a region says, and whether it sits under a country's name. */
export interface RegionCountProperties {
	/** The group's index in the list given, as the area's feature id. */
	index: number;
	text: string;
	belowName: boolean;
}

function byIso2<G extends Geometry>(collection: FeatureCollection<G>): Map<string, Feature<G>> {
	const found = new Map<string, Feature<G>>();
	for (const feature of collection.features) {
		const iso2 = feature.properties?.iso2;
		if (typeof iso2 === 'string') found.set(iso2, feature);
	}
	return found;
}

/**
 * One feature per group, whatever the window: the country's outline from the basemap, or the
 * region's point where there is no outline. Its `id` is the group's index, for feature state.
 */
export function regionAreaFeatures(
	groups: readonly RegionGroup[],
	countries: FeatureCollection
): FeatureCollection {
	const outlines = byIso2(countries);
	return {
		type: 'FeatureCollection',
		features: groups.map((group, index): Feature => {
			const outline = group.outlineIso2 ? outlines.get(group.outlineIso2) : undefined;
			return {
				type: 'Feature',
				id: index,
				geometry: outline?.geometry ?? { type: 'Point', coordinates: group.position },
				properties: { key: group.key }
			};
		})
	};
}

/** The feature state of each area: shown while the window holds its events, stronger when selected. */
export function regionAreaStates(
	groups: readonly RegionGroup[],
	counts: readonly number[],
	selectedKey: string | null
): { id: number; state: { shown: boolean; selected: boolean } }[] {
	return groups.map((group, index) => ({
		id: index,
		state: {
			shown: counts[index] > 0,
			selected: group.events.some((event) => event.key === selectedKey)
		}
	}));
}

/**
 * The count of each group with events in the window (`counts`, by group): under the country's
 * name (its basemap label point) for an outlined country, else on the region's point.
 */
export function regionCountFeatures(
	groups: readonly RegionGroup[],
	counts: readonly number[],
	countryLabels: FeatureCollection<Point>
): FeatureCollection<Point, RegionCountProperties> {
	const labelPoints = byIso2(countryLabels);
	const features: Feature<Point, RegionCountProperties>[] = [];
	groups.forEach((group, index) => {
		const count = counts[index];
		if (count === 0) return;
		const label = group.outlineIso2 ? labelPoints.get(group.outlineIso2) : undefined;
		features.push({
			type: 'Feature',
			geometry: label?.geometry ?? { type: 'Point', coordinates: group.position },
			properties: { index, text: eventCountText(count), belowName: label !== undefined }
		});
	});
	return { type: 'FeatureCollection', features };
}
