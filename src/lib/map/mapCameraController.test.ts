import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { eventCardCover } from './eventCardCover';
import { MapCameraController } from './mapCameraController';

/** The few map calls the controller makes, recorded. */
function fakeMap(width: number) {
	const flights: unknown[] = [];
	const map = {
		getContainer: () => ({ clientWidth: width }),
		getZoom: () => 5,
		flyTo: (options: unknown) => flights.push(options),
		isMoving: () => false
	};
	return { map: map as unknown as MapLibreMap, flights };
}

describe('MapCameraController', () => {
	it('lands a target in the middle of the map the event card leaves free', () => {
		let cardOpen = false;
		const camera = new MapCameraController((width) => (cardOpen ? eventCardCover(width, 16) : 0));
		const { map, flights } = fakeMap(845);
		camera.attach(map);
		camera.flyTo({ lon: 30, lat: 50, zoom: 6 });
		cardOpen = true;
		camera.flyTo({ lon: 30, lat: 50, zoom: 6 });
		camera.flyTo({ lon: 30, lat: 50, zoom: 6, restored: true });
		// The card: 12 px in, 416 px wide (26rem, under 55% of 845 px).
		expect(flights).toMatchObject([
			{ center: [30, 50], zoom: 6, offset: [0, 0] },
			{ center: [30, 50], zoom: 6, offset: [214, 0] },
			{ center: [30, 50], zoom: 6, offset: [0, 0] }
		]);
	});

	it('fits places inside the part of the map marked for them, while one is', () => {
		const fits: { padding: Record<string, number> }[] = [];
		const rect = (left: number, top: number, right: number, bottom: number) => ({
			getBoundingClientRect: () => ({ left, top, right, bottom })
		});
		let marked: ReturnType<typeof rect> | null = null;
		const map = {
			getContainer: () => ({
				clientWidth: 1048,
				...rect(0, 45, 1048, 745),
				querySelector: () => marked
			}),
			fitBounds: (_bounds: unknown, options: { padding: Record<string, number> }) =>
				fits.push(options)
		} as unknown as MapLibreMap;
		const camera = new MapCameraController();
		camera.attach(map);
		const box = { west: 24, south: 46, east: 38, north: 51 };
		camera.fitBounds(box);
		marked = rect(24, 45 + 179, 1024, 45 + 550);
		camera.fitBounds(box);
		expect(fits.map((fit) => fit.padding)).toEqual([
			{ top: 48, bottom: 48, left: 48, right: 48 },
			{ top: 48 + 179, bottom: 48 + 150, left: 48 + 24, right: 48 + 24 }
		]);
	});

	it('keeps a card on a narrow map to a share of it', () => {
		expect(eventCardCover(400, 16)).toBeCloseTo(12 + 220);
	});
});
