import { describe, expect, it } from 'vitest';
import type { MapEvent } from '$lib/events/eventTable';
import type { ExplorerEvent } from '$lib/events/explorerEvents';
import { regionFixtureEvents } from '../../../tests/unit/region-fixture';
import { snapshotContent, type SnapshotInputs } from './snapshot';

const inputs: SnapshotInputs = {
	permalinkState: {},
	window: null,
	selected: null,
	visibleEvents: [],
	inFrame: () => true,
	visibleLayers: {
		border: true,
		zones: false,
		distances: false,
		rings: false,
		routes: false,
		density: false
	},
	articles: [],
	dataSources: [
		{
			id: 'geonames',
			text: 'GeoNames (CC BY 4.0)',
			licence: 'CC BY 4.0',
			url: 'https://www.geonames.org/'
		},
		{
			id: 'ne',
			text: 'Made with Natural Earth',
			licence: 'Public domain',
			url: 'https://www.naturalearthdata.com/'
		}
	],
	attribution: ''
};

describe('snapshotContent', () => {
	it('cites each data source with its licence said once', () => {
		expect(snapshotContent(inputs).sources.map((source) => source.text)).toEqual([
			'GeoNames (CC BY 4.0)',
			'Made with Natural Earth (Public domain)'
		]);
	});

	it('titles the slide with the places of the events inside the frame only', () => {
		const event = (key: string, lon: number) =>
			({ key, lon, lat: 53, start: 0, end: 0, kind: 'political', scope: 'point' }) as MapEvent;
		const content = snapshotContent({
			...inputs,
			visibleEvents: [
				{ ...event('a:1', 27.6), place: { name: 'Minsk' } } as ExplorerEvent,
				{ ...event('a:2', 30.5), place: { name: 'Kyiv' } } as ExplorerEvent,
				event('imported:1', 27.7)
			],
			inFrame: (lon) => lon < 28
		});
		expect([content.title, content.caption]).toEqual(['Minsk', '2 events in view.']);
	});

	it('gives the events placed only at a country one legend entry of their own, not a symbol', () => {
		const atCountries = regionFixtureEvents().filter((event) => event.scope === 'country');
		const legend = snapshotContent({ ...inputs, visibleEvents: atCountries }).legend;
		expect(legend.map((entry) => entry.label)).toEqual([
			'Belarus–Ukraine border',
			'events placed only at a country or region (count)'
		]);
	});
});
