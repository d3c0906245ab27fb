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

/** The country codes the basemap has an outline for. */
export function outlinedCountries(countries: FeatureCollection): Set<string> {
	return new Set(byIso2(countries).keys());
}

/** The country a group is drawn as (the basemap's outline of it), or null for a disc. */
const outlineOf = (group: RegionGroup, outlined: ReadonlySet<string>) =>
	group.outlineIso2 && outlined.has(group.outlineIso2) ? group.outlineIso2 : null;

/** The countries drawn as areas: the fill layer shows these of the basemap's outlines. */
export function regionCountries(
	groups: readonly RegionGroup[],
	outlined: ReadonlySet<string>
): string[] {
	return groups.flatMap((group) => outlineOf(group, outlined) ?? []);
}

/**
 * A disc at the point of each group with no outline (a region, or a country the basemap lacks),
 * whatever the window. Its `id` is the group's index, for feature state.
 */
export function regionDiscFeatures(
	groups: readonly RegionGroup[],
	outlined: ReadonlySet<string>
): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: groups.flatMap((group, index): Feature<Point>[] =>
			outlineOf(group, outlined)
				? []
				: [
						{
							type: 'Feature',
							id: index,
							geometry: { type: 'Point', coordinates: group.position },
							properties: {}
						}
					]
		)
	};
}

type AreaState = { shown: boolean; selected: boolean };

/**
 * The feature state of each area, shown while the window holds its events and stronger when
 * selected: for the basemap's countries by code, for the discs by group index.
 */
export function regionAreaStates(
	groups: readonly RegionGroup[],
	counts: readonly number[],
	selectedKey: string | null,
	outlined: ReadonlySet<string>
): {
	countries: { id: string; state: AreaState }[];
	discs: { id: number; state: AreaState }[];
} {
	const states = {
		countries: [] as { id: string; state: AreaState }[],
		discs: [] as { id: number; state: AreaState }[]
	};
	groups.forEach((group, index) => {
		const state = {
			shown: counts[index] > 0,
			selected: group.events.some((event) => event.key === selectedKey)
		};
		const country = outlineOf(group, outlined);
		if (country) states.countries.push({ id: country, state });
		else states.discs.push({ id: index, state });
	});
	return states;
}

/**
 * The count of each group with events in the window (`counts`, by group): under the country's
 * name (its basemap label point) for an outlined country, naming it, else on the region's point.
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
		// A country's name gives way to its capital's where they meet: the count says whose it is.
		const text = label ? `${eventCountText(count)} in ${group.name}` : eventCountText(count);
		features.push({
			type: 'Feature',
			geometry: label?.geometry ?? { type: 'Point', coordinates: group.position },
			properties: { index, text, belowName: label !== undefined }
		});
	});
	return { type: 'FeatureCollection', features };
}
