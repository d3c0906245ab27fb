import { describe, expect, it } from 'vitest';
import { countryLabelPoints } from './countryLabelPoints';

describe('countryLabelPoints', () => {
	it('places one label per country at its stored label point and skips countries without one', () => {
		const square = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				]
			]
		};
		const labels = countryLabelPoints({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					geometry: square,
					properties: { name: 'Ukraine', iso2: 'UA', label: [31.4, 49] }
				},
				{ type: 'Feature', geometry: square, properties: { name: 'Nowhere', iso2: null } }
			]
		});
		expect(labels.features).toHaveLength(1);
		expect(labels.features[0].geometry.coordinates).toEqual([31.4, 49]);
		expect(labels.features[0].properties).toEqual({ name: 'Ukraine', iso2: 'UA' });
	});
});
