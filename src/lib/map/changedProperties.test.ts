import { describe, expect, it } from 'vitest';
import { changedProperties } from './changedProperties';

describe('changedProperties', () => {
	it('sets nothing when a rebuilt spec holds equal values', () => {
		const paint = { 'line-width': 2, 'line-color': ['get', 'colour'] };
		expect(changedProperties(paint, structuredClone(paint))).toEqual([]);
	});

	it('sets changed and new properties to their new values', () => {
		expect(
			changedProperties(
				{ 'heatmap-radius': 30, 'heatmap-opacity': 0.75 },
				{ 'heatmap-radius': 45, 'heatmap-opacity': 0.75, 'heatmap-weight': 2 }
			)
		).toEqual([
			['heatmap-radius', 45],
			['heatmap-weight', 2]
		]);
	});

	it('resets dropped properties with undefined', () => {
		expect(changedProperties({ 'circle-radius': 4 }, undefined)).toEqual([
			['circle-radius', undefined]
		]);
	});
});
