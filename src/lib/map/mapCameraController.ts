import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapCommands, MapTarget, PlaceBounds } from '$lib/state/mapCommands';

/** Room around places shown together, px, and how near a few close places are shown. */
const FIT_MARGIN_PX = 48;
const FIT_MAX_ZOOM = 7;

/**
 * Moves the map on request: the explorer calls `flyTo`, the map view attaches the map once it
 * exists. A request made before that is kept and flown once the map is attached. A target lands
 * in the middle of the part of the map that `coveredLeft(mapWidth)` pixels on the left leave
 * free (the open event card), not under them; a restored view fills the whole map as saved.
 */
export class MapCameraController implements MapCommands {
	#coveredLeft: (mapWidth: number) => number;
	#map: MapLibreMap | null = null;
	#pending: MapTarget | null = null;
	#cancelLanding = () => {};
	#reducedMotion =
		typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

	constructor(coveredLeft: (mapWidth: number) => number = () => 0) {
		this.#coveredLeft = coveredLeft;
	}

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

	fitBounds({ west, south, east, north }: PlaceBounds) {
		const map = this.#map;
		if (!map) return;
		this.#cancelLanding();
		const margin = FIT_MARGIN_PX;
		const container = map.getContainer();
		const free = { top: 0, bottom: 0, right: 0, left: this.#coveredLeft(container.clientWidth) };
		// A part of the map marked as where fitted places belong (the slide frame's open part).
		const area = container.querySelector('[data-fit-area]')?.getBoundingClientRect();
		if (area) {
			const whole = container.getBoundingClientRect();
			free.top = area.top - whole.top;
			free.bottom = whole.bottom - area.bottom;
			free.left = Math.max(free.left, area.left - whole.left);
			free.right = whole.right - area.right;
		}
		map.fitBounds(
			[
				[west, south],
				[east, north]
			],
			{
				padding: {
					top: margin + free.top,
					bottom: margin + free.bottom,
					right: margin + free.right,
					left: margin + free.left
				},
				maxZoom: FIT_MAX_ZOOM,
				essential: true,
				animate: !this.#reducedMotion
			}
		);
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
		const shift = target.restored ? 0 : this.#coveredLeft(map.getContainer().clientWidth) / 2;
		map.flyTo({ ...view, offset: [shift, 0], essential: true, animate: !this.#reducedMotion });
		if (!map.isMoving()) return;
		const land = () => {
			map.jumpTo(view);
			if (shift) map.panBy([-shift, 0], { animate: false });
		};
		const landed = () => {
			map.off('resize', land);
			map.off('moveend', landed);
		};
		map.on('resize', land);
		map.once('moveend', landed);
		this.#cancelLanding = landed;
	}
}
