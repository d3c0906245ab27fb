import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { MapEvent } from '$lib/events/eventTable';
import type { BorderBandProperties } from '$lib/geo/borderBands';
import type { DayInterval } from '$lib/time/interval';
import type { AnalysisOperation, AnalysisOperations } from './analysisProtocol';
import { AnalysisLayersState, type AnalysisRunner } from './layers.svelte';

type Results = { [K in AnalysisOperation]?: (input: AnalysisOperations[K]['input']) => unknown };

/** A stand-in for the analysis worker that answers from `results` and records each call. */
function fakeWorker(results: Results) {
	const calls: AnalysisOperation[] = [];
	const runner: AnalysisRunner = {
		run: async (op, input) => {
			calls.push(op);
			const answer = results[op] as ((input: unknown) => unknown) | undefined;
			if (!answer) throw new RangeError(`${op} is not available here`);
			return answer(input) as never;
		}
	};
	return { runner, calls };
}

const square: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0]
		]
	]
};
const bands = (
	distancesKm: number[]
): FeatureCollection<Polygon | MultiPolygon, BorderBandProperties> => ({
	type: 'FeatureCollection',
	features: distancesKm.map((maxKm, i) => ({
		type: 'Feature',
		geometry: square,
		properties: {
			id: `band-${i}`,
			min_km: distancesKm[i - 1] ?? 0,
			max_km: maxKm,
			area_km2: 100 * (i + 1),
			method: 'fake bands'
		}
	}))
});
const event = (key: string, lon: number, day: number, scope: MapEvent['scope'] = 'point') =>
	({
		key,
		lon,
		lat: 52,
		start: day,
		end: day,
		precision: 'day',
		kind: 'military',
		scope,
		origin: 'article'
	}) satisfies MapEvent;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AnalysisLayersState', () => {
	it('counts the events in the window per border zone, measuring their distances once per event set', async () => {
		// The fake worker puts each event as many km from the border as its longitude.
		const { runner, calls } = fakeWorker({
			bands: ({ distancesKm }) => bands(distancesKm),
			placesNearBorder: () => ({ type: 'FeatureCollection', features: [] }),
			eventDistancesToBorder: ({ positions }) => positions.map(([lon]) => lon)
		});
		const events = [
			event('a', 10, 1),
			event('b', 30, 2),
			event('c', 80, 3),
			event('d', 5, 3, 'country')
		];
		let window: DayInterval | null = null;
		const layers = new AnalysisLayersState({ events: () => events, window: () => window }, runner);

		await layers.setVisible('zones', true);
		expect(layers.zones.map((zone) => zone.eventCount)).toEqual([0, 0, 0]);
		await settle();
		expect(layers.zones.map((zone) => [zone.minKm, zone.maxKm, zone.eventCount])).toEqual([
			[0, 25, 1],
			[25, 50, 1],
			[50, 100, 1]
		]);
		window = { start: 2, end: 3 };
		expect(layers.zones.map((zone) => zone.eventCount)).toEqual([0, 1, 1]);
		expect(calls.filter((op) => op === 'eventDistancesToBorder')).toHaveLength(1);
	});

	it('keeps rings and non-default zones in a link and restores them', async () => {
		const ring = ({ center, radiusKm }: { center: [number, number]; radiusKm: number }) =>
			({
				type: 'Feature',
				geometry: square,
				properties: { radius_km: radiusKm, center, encloses_pole: null, method: 'fake ring' }
			}) satisfies Feature<Polygon>;
		const worker = fakeWorker({
			ring,
			bands: ({ distancesKm }) => bands(distancesKm),
			placesNearBorder: () => ({ type: 'FeatureCollection', features: [] }),
			eventDistancesToBorder: ({ positions }) => positions.map(() => 1)
		});
		const sources = { events: () => [], window: () => null };
		const original = new AnalysisLayersState(sources, worker.runner);
		await original.addRing({ label: 'Minsk', position: [27.56, 53.9], source: 'test' }, 300);
		await original.setZoneDistances([10, 20]);
		await original.setVisible('rings', true);
		const linked = original.linked();
		expect(linked).toEqual({
			visible: ['rings'],
			zonesKm: [10, 20],
			rings: [{ lon: 27.56, lat: 53.9, radiusKm: 300, label: '300 km from Minsk' }]
		});

		const restored = new AnalysisLayersState(sources, worker.runner);
		await restored.applyLinked(linked);
		expect(restored.linked()).toEqual(linked);
		expect(restored.rings[0].feature.properties.source).toBe('restored from a link');
	});

	it('hands a map click to the place picker once, labelled with its coordinates', () => {
		const layers = new AnalysisLayersState(
			{ events: () => [], window: () => null },
			fakeWorker({}).runner
		);
		const picked: string[] = [];
		layers.startPicking('Click the centre', (place) => picked.push(place.label));
		layers.pickAt([27.561234, -53.9]);
		layers.pickAt([0, 0]);
		expect(picked).toEqual(['53.90° S 27.56° E']);
		expect(layers.picking).toBeNull();
	});

	it('says why a layer failed, without the error name, and is no longer busy', async () => {
		const layers = new AnalysisLayersState(
			{ events: () => [], window: () => null },
			fakeWorker({}).runner
		);
		await layers.setVisible('border', true);
		expect(layers.messages.border).toBe('border is not available here');
		expect(layers.busy.border).toBe(false);
	});
});
