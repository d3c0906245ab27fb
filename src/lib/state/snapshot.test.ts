import { describe, expect, it } from 'vitest';
import { snapshotContent, type SnapshotInputs } from './snapshot';

const inputs: SnapshotInputs = {
	permalinkState: {},
	window: null,
	active: null,
	visibleEvents: [],
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
});
