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

	it('keeps a card on a narrow map to a share of it', () => {
		expect(eventCardCover(400, 16)).toBeCloseTo(12 + 220);
	});
});
