import { describe, expect, it } from 'vitest';
import type { MapEvent } from '$lib/events/eventTable';
import type { ExplorerEvent } from '$lib/events/explorerEvents';
import { regionFixtureEvents } from '../../../tests/unit/region-fixture';
import type { RingItem } from '$lib/analysis/layerTypes';
import { legendBox, slidePoints } from '$lib/slides/slideLayout';
import { analysisInFrame, slideLegend, snapshotContent, type SnapshotInputs } from './snapshot';

const inputs: SnapshotInputs = {
	permalinkState: {},
	window: null,
	selected: null,
	visibleEvents: [],
	inFrame: () => true,
	placeOnSlide: (lon, lat) => ({ x: lon, y: lat }),
	visibleLayers: {
		border: true,
		zones: false,
		distances: false,
		rings: false,
		routes: false,
		density: false
	},
	articles: [],
	importedLayers: [],
	border: null,
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
	attribution: '',
	analysis: []
};

describe('snapshotContent', () => {
	it('leads the caption with the analysis on the map, named by place', () => {
		const content = snapshotContent({
			...inputs,
			analysis: ['100 km ring around Machulishchy airbase', 'Minsk – Kyiv 433 km']
		});
		expect(content.caption).toBe(
			'100 km ring around Machulishchy airbase; Minsk – Kyiv 433 km. No events in view.'
		);
		expect(snapshotContent(inputs).caption).toBe('No events in view.');
	});

	it('cites each data source with its licence said once', () => {
		expect(snapshotContent(inputs).sources.map((source) => source.text)).toEqual([
			'GeoNames (CC BY 4.0)',
			'Made with Natural Earth (Public domain)'
		]);
	});

	it('cites the articles whose events the frame shows, not every article shown', () => {
		const event = (docId: string, lon: number) =>
			({ key: `${docId}:1`, docId, lon, lat: 53, start: 0, end: 0 }) as ExplorerEvent;
		const meta = (title: string) => ({
			title,
			author: '',
			publisher: '',
			published: '2024-01-02',
			url: null
		});
		const content = snapshotContent({
			...inputs,
			visibleEvents: [event('in', 27.6), event('out', 30.5)],
			inFrame: (lon) => lon < 28,
			articles: [
				{ id: 'in', meta: meta('In the frame') },
				{ id: 'out', meta: meta('Out of it') },
				{ id: 'none', meta: meta('No event shown') }
			]
		});
		expect(content.sources.filter((s) => s.kind === 'article').map((s) => s.id)).toEqual(['in']);
	});

	it('moves the legend to the left when it would hide an event in the frame at the right', () => {
		const event = {
			key: 'a:1',
			docId: 'a',
			lon: 27.6,
			lat: 53,
			start: 0,
			end: 0,
			kind: 'military'
		} as ExplorerEvent;
		const underRightLegend = legendBox('right', 10, 10);
		const placedAt = (x: number, y: number) => () => ({ x, y });
		const at = (placeOnSlide: SnapshotInputs['placeOnSlide']) =>
			snapshotContent({ ...inputs, visibleEvents: [event], placeOnSlide }).legendSide;
		expect(at(placedAt(underRightLegend.x + 5, underRightLegend.y + 5))).toBe('left');
		expect(at(placedAt(slidePoints.width / 2, slidePoints.height / 2))).toBe('right');
	});

	it('cites the imported layers whose events the frame shows, and keys what it shows only', () => {
		const imported = (key: string, lon: number, kind: string) =>
			({ key, lon, lat: 53, kind, scope: 'point', origin: 'imported' }) as MapEvent;
		const content = snapshotContent({
			...inputs,
			visibleEvents: [imported('acled:0', 27.6, 'military'), imported('other:4', 30.5, 'economic')],
			inFrame: (lon) => lon < 28,
			importedLayers: [
				{ id: 'acled', name: 'acled.csv' },
				{ id: 'other', name: 'other.csv' }
			],
			border: {
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						properties: {},
						geometry: {
							type: 'LineString',
							coordinates: [
								[30, 51.5],
								[31, 51.6]
							]
						}
					}
				]
			}
		});
		expect(content.sources.filter((s) => s.kind === 'data').map((s) => s.text)).toEqual([
			'acled.csv (data imported by the user)',
			'GeoNames (CC BY 4.0)',
			'Made with Natural Earth (Public domain)'
		]);
		const legend = content.legend.map((entry) => entry.label);
		expect(legend).toContain('military event');
		expect(legend).not.toContain('economic event');
		expect(legend).not.toContain('Belarus–Ukraine border');
		expect(snapshotContent(inputs).legend).toEqual([]);
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

	it('slideLegend lists the layers that are on and keys only the symbols and fills drawn', () => {
		const event = (kind: string, scope: string, precision: string) =>
			({ kind, scope, precision }) as MapEvent;
		const legend = slideLegend(
			[event('military', 'point', 'day'), event('military', 'country', 'year')],
			{ ...inputs.visibleLayers, rings: true }
		);
		expect(legend.map((entry) => [entry.label, entry.shape, entry.fill])).toEqual([
			['Belarus–Ukraine border', 'line', undefined],
			['military event', 'disc', undefined],
			['Range rings', 'square', undefined],
			['event at a place', 'disc', undefined],
			['event in a region or country', 'diamond', undefined],
			['dated to the day', 'disc', 1],
			['a season, year or range', 'disc', 0.18]
		]);
		expect(slideLegend([event('economic', 'region', 'month')], inputs.visibleLayers)).toEqual([
			expect.objectContaining({ label: 'Belarus–Ukraine border' }),
			expect.objectContaining({ label: 'economic event' }),
			expect.objectContaining({ label: 'event in a region or country', shape: 'diamond' }),
			expect.objectContaining({ label: 'dated to the month', fill: 0.6 })
		]);
	});

	it('gives the events placed only at a country one legend entry of their own, not a symbol', () => {
		const atCountries = regionFixtureEvents().filter((event) => event.scope === 'country');
		const legend = snapshotContent({ ...inputs, visibleEvents: atCountries }).legend;
		expect(legend.map((entry) => entry.label)).toEqual([
			'events placed only at a country or region (count)'
		]);
	});
});

describe('analysisInFrame', () => {
	const ringAt = (center: [number, number]): RingItem => ({
		id: `ring-${center.join()}`,
		feature: {
			type: 'Feature',
			geometry: { type: 'Polygon', coordinates: [] },
			properties: {
				radius_km: 100,
				center,
				encloses_pole: null,
				method: 'test',
				label: '100 km from 53.78° N 27.58° E',
				source: 'clicked on the map',
				centre_label: '53.78° N 27.58° E'
			}
		}
	});
	const layers = {
		visible: { ...inputs.visibleLayers, rings: true },
		rings: [ringAt([27.58, 53.775]), ringAt([40, 60])],
		distances: [],
		measure: { points: [], measurement: null, mode: null },
		places: [{ label: 'Kyiv', position: [30.5234, 50.4501] as [number, number], source: 'test' }]
	};
	const [event] = regionFixtureEvents();
	const airbase: ExplorerEvent = {
		...event,
		lon: 27.5797,
		lat: 53.7747,
		place: event.place && { ...event.place, name: 'Machulishchy airbase' }
	};
	const westOf30 = (lon: number) => lon < 30;

	it('names the rings centred in the frame by the event place at their centre', () => {
		expect(analysisInFrame(layers, westOf30, [airbase])).toEqual([
			'100 km ring around Machulishchy airbase'
		]);
	});

	it('leaves out rings of a hidden layer', () => {
		const hidden = { ...layers, visible: { ...layers.visible, rings: false } };
		expect(analysisInFrame(hidden, westOf30, [airbase])).toEqual([]);
	});
});
