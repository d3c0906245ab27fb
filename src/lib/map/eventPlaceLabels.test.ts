import { describe, expect, it } from 'vitest';
import type { MapEvent } from '$lib/events/eventTable';
import { spiralSlots } from '$lib/events/spreadOffsets';
import { eventPlaceLabels } from './eventPlaceLabels';

const event = (key: string, lon: number, lat: number, scope: MapEvent['scope']): MapEvent => ({
	key,
	lon,
	lat,
	start: 19_000,
	end: 19_000,
	precision: 'day',
	kind: 'military',
	scope,
	origin: 'article'
});

describe('eventPlaceLabels', () => {
	it('labels each place once, with the name of its last event, and skips countries', () => {
		const labels = eventPlaceLabels(
			[
				event('a', 27.56, 53.9, 'point'),
				event('b', 27.56, 53.9, 'point'),
				event('c', 28, 53, 'country'),
				event('d', 30.52, 50.45, 'point')
			],
			(e) => ({ a: 'Minsk', b: 'Minsk city', c: 'Belarus', d: null })[e.key] ?? null
		);
		expect(labels.features).toEqual([
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [27.56, 53.9] },
				properties: { name: 'Minsk city' }
			}
		]);
	});

	it('says how many events a place has when there are more than its spiral shows apart', () => {
		const many = Array.from({ length: spiralSlots + 1 }, (_, i) =>
			event(`m${i}`, 27.56, 53.9, 'point')
		);
		const few = Array.from({ length: spiralSlots }, (_, i) =>
			event(`k${i}`, 30.52, 50.45, 'point')
		);
		const labels = eventPlaceLabels([...many, ...few], (e) =>
			e.key.startsWith('m') ? 'Minsk' : 'Kyiv'
		);
		expect(labels.features.map((feature) => feature.properties.name)).toEqual([
			`Minsk · ${spiralSlots + 1} events`,
			'Kyiv'
		]);
	});
});
