import { describe, expect, it } from 'vitest';
import type { LngLat } from './analysisProtocol';
import { measureFeatures } from './measureFeatures';

const minsk: LngLat = [27.56, 53.9];
const kyiv: LngLat = [30.52, 50.45];

describe('measureFeatures', () => {
	it('draws a lone point without a path', () => {
		expect(measureFeatures([minsk], null).map((f) => f.geometry.type)).toEqual(['Point']);
	});

	it('draws the path through the points under them while nothing is measured', () => {
		const features = measureFeatures([minsk, kyiv], null);
		expect(features.map((f) => f.geometry.type)).toEqual(['LineString', 'Point', 'Point']);
		expect(features[0].geometry).toEqual({ type: 'LineString', coordinates: [minsk, kyiv] });
	});

	it('draws the measured outline in place of the path', () => {
		const outline = {
			type: 'Feature' as const,
			properties: {},
			geometry: { type: 'Polygon' as const, coordinates: [[minsk, kyiv, [24, 50], minsk]] }
		};
		const features = measureFeatures([minsk, kyiv, [24, 50]], {
			feature: outline,
			text: '',
			method: ''
		});
		expect(features[0]).toBe(outline);
		expect(features).toHaveLength(4);
	});
});
