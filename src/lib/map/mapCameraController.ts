import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapCommands, MapTarget } from '$lib/state/explorer.svelte';

/**
 * Moves the map on request: the explorer calls `flyTo`, the map view attaches the map once it
 * exists. A request made before that is kept and flown once the map is attached.
 */
export class MapCameraController implements MapCommands {
	#map: MapLibreMap | null = null;
	#pending: MapTarget | null = null;
	#cancelLanding = () => {};
	#reducedMotion =
		typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

	/** Hands the map over; the returned function takes it back. */
	attach(map: MapLibreMap) {
		this.#map = map;
		if (this.#pending) this.flyTo(this.#pending);
		this.#pending = null;
		return () => {
			this.#cancelLanding();
			if (this.#map === map) this.#map = null;
		};
	}

	flyTo(target: MapTarget) {
		const map = this.#map;
		if (!map) {
			this.#pending = target;
			return;
		}
		this.#cancelLanding();
		const view = {
			center: [target.lon, target.lat] as [number, number],
			zoom: target.zoom ?? Math.max(map.getZoom(), 6)
		};
		// A flight keeps the screen point it aims at from its start: if the map is resized on
		// the way (the timeline appearing as the articles load), it lands off target by half the
		// change, and a reopened permalink came back ≈41 px north. It lands on the target then.
		// https://github.com/mapbox/mapbox-gl-js/issues/13018
		map.flyTo({ ...view, essential: true, animate: !this.#reducedMotion });
		if (!map.isMoving()) return;
		const land = () => map.jumpTo(view);
		const landed = () => {
			map.off('resize', land);
			map.off('moveend', landed);
		};
		map.on('resize', land);
		map.once('moveend', landed);
		this.#cancelLanding = landed;
	}
}
