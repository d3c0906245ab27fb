import fs from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryLabelPoints } from '$lib/basemap/countryLabelPoints';
import { groupByRegion } from '$lib/events/regionEvents';
import { regionFixtureEvents } from '../../../tests/unit/region-fixture';
import { regionAreaFeatures, regionAreaStates, regionCountFeatures } from './regionHighlights';

const topology = JSON.parse(
	fs.readFileSync('geodata/build/countries.topo.json', 'utf8')
) as Topology;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;
const countryLabels = countryLabelPoints(countries);
const outlineOf = (iso2: string) =>
	countries.features.find((country) => country.properties?.iso2 === iso2)!.geometry;

/** Belarus (2 events), Crimea (1), Ukraine (1), in the fixture article's order. */
const { groups } = groupByRegion(regionFixtureEvents());

describe('regionAreaFeatures', () => {
	it("draws a country by the basemap's outline and a region by its point, id = group index", () => {
		const areas = regionAreaFeatures(groups, countries);
		expect(areas.features.map((area) => area.id)).toEqual([0, 1, 2]);
		expect(areas.features[0].geometry).toBe(outlineOf('BY'));
		expect(areas.features[1].geometry).toEqual({ type: 'Point', coordinates: groups[1].position });
		expect(areas.features[2].geometry).toBe(outlineOf('UA'));
	});

	it('falls back to the point of a country the basemap has no outline for', () => {
		const areas = regionAreaFeatures(groups, { type: 'FeatureCollection', features: [] });
		expect(areas.features[0].geometry).toEqual({
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
				properties: { index: 0, text: '2 events', belowName: true }
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
		expect(regionAreaStates(groups, [2, 0, 1], selected)).toEqual([
			{ id: 0, state: { shown: true, selected: false } },
			{ id: 1, state: { shown: false, selected: false } },
			{ id: 2, state: { shown: true, selected: true } }
		]);
	});
});
