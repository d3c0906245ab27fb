import fs from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryLabelPoints } from '$lib/basemap/countryLabelPoints';
import { groupByRegion } from '$lib/events/regionEvents';
import { regionFixtureEvents } from '../../../tests/unit/region-fixture';
import {
	outlinedCountries,
	regionAreaStates,
	regionCountFeatures,
	regionCountries,
	regionDiscFeatures
} from './regionHighlights';

const topology = JSON.parse(
	fs.readFileSync('geodata/build/countries.topo.json', 'utf8')
) as Topology;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;
const countryLabels = countryLabelPoints(countries);

/** Belarus (2 events), Crimea (1), Ukraine (1), in the fixture article's order. */
const { groups } = groupByRegion(regionFixtureEvents());

describe('regionCountries and regionDiscFeatures', () => {
	const outlined = outlinedCountries(countries);

	it("fills a country with the basemap's outline and draws a region as a disc, id = group index", () => {
		expect(outlined.has('BY') && outlined.has('UA')).toBe(true);
		expect(regionCountries(groups, outlined)).toEqual(['BY', 'UA']);
		expect(regionDiscFeatures(groups, outlined).features).toEqual([
			{
				type: 'Feature',
				id: 1,
				geometry: { type: 'Point', coordinates: groups[1].position },
				properties: {}
			}
		]);
	});

	it('draws as a disc a country the basemap has no outline for', () => {
		const none = outlinedCountries({ type: 'FeatureCollection', features: [] });
		expect(regionCountries(groups, none)).toEqual([]);
		expect(regionDiscFeatures(groups, none).features.map((disc) => disc.id)).toEqual([0, 1, 2]);
		expect(regionDiscFeatures(groups, none).features[0].geometry).toEqual({
			type: 'Point',
			coordinates: groups[0].position
		});
	});
});

describe('regionCountFeatures', () => {
	it("writes each shown count under the country's name, or on the region's point", () => {
		const counts = regionCountFeatures(groups, [2, 1, 0], countryLabels);
		const belarusLabel = countryLabels.features.find((label) => label.properties?.iso2 === 'BY');
		expect(counts.features).toEqual([
			{
				type: 'Feature',
				geometry: belarusLabel!.geometry,
				properties: { index: 0, text: '2 events in Belarus', belowName: true }
			},
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: groups[1].position },
				properties: { index: 1, text: '1 event', belowName: false }
			}
		]);
	});
});

describe('regionAreaStates', () => {
	it('shows the areas with events in the window and marks the one of the selected event', () => {
		const selected = groups[2].events[0].key;
		expect(regionAreaStates(groups, [2, 0, 1], selected, outlinedCountries(countries))).toEqual({
			countries: [
				{ id: 'BY', state: { shown: true, selected: false } },
				{ id: 'UA', state: { shown: true, selected: true } }
			],
			discs: [{ id: 1, state: { shown: false, selected: false } }]
		});
	});
});
