import { describe, expect, it } from 'vitest';
import type { Extraction, Toponym } from '$lib/extract/types';
import { applyEdits } from './edits';
import { reviewedPlaceFeatures } from './reviewedPlaces';

const toponym = (name: string, start: number, lon: number): Toponym => ({
	name,
	start,
	end: start + name.length,
	text: name,
	lat: 50,
	lon,
	kind: 'city',
	countryIso2: 'UA',
	literal: true,
	confidence: 0.8
});

const extraction = {
	doc: { id: 'a', text: 'Kyiv Lviv Odesa Rivne', meta: {}, paragraphs: [], boilerplate: [] },
	toponyms: [
		toponym('Kyiv', 0, 30),
		toponym('Lviv', 5, 24),
		toponym('Odesa', 10, 31),
		toponym('Rivne', 16, 26)
	],
	events: [],
	warnings: []
} as unknown as Extraction;

describe('reviewedPlaceFeatures', () => {
	it('marks confirmed and corrected places, not rejected, unlocated or untouched ones', () => {
		const at = '2026-11-23T10:00:00Z';
		const reviewed = applyEdits(extraction, [
			{ type: 'toponym.accept', target: { start: 0, end: 4 }, at },
			{ type: 'toponym.move', target: { start: 5, end: 9 }, value: { lon: 24.5, lat: 49.8 }, at },
			{ type: 'toponym.notPlace', target: { start: 10, end: 15 }, at },
			{ type: 'toponym.unknown', target: { start: 16, end: 21 }, at }
		]);
		const features = reviewedPlaceFeatures([reviewed]).features;
		expect(features.map((feature) => [feature.properties.name, feature.properties.status])).toEqual(
			[
				['Kyiv', 'accepted'],
				['Lviv', 'corrected']
			]
		);
		expect(features[1].geometry.coordinates).toEqual([24.5, 49.8]);
	});
});
