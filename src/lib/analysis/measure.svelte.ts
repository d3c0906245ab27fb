import type { Feature, LineString, Polygon } from 'geojson';
import type { LngLat } from './analysisProtocol';
import { errorText, formatKm, formatKm2 } from './format';

export type MeasureMode = 'path' | 'area';

/** A finished measurement: what to draw, what to say, and how it was computed. */
export interface Measurement {
	feature: Feature<LineString | Polygon>;
	text: string;
	method: string;
}

/**
 * The measuring tool: points clicked (or added at the map centre from the keyboard), the
 * geodesic length or area of what they outline, undo and cancel. Turf is imported on first use.
 */
export class MeasureState {
	mode = $state<MeasureMode | null>(null);
	points = $state.raw<LngLat[]>([]);
	measurement = $state.raw<Measurement | null>(null);
	error = $state<string | null>(null);
	#sequence = 0;

	start(mode: MeasureMode) {
		this.mode = mode;
		this.points = [];
		this.#update();
	}

	add(point: LngLat) {
		if (!this.mode) return;
		this.points = [...this.points, [wrapLongitude(point[0]), point[1]]];
		this.#update();
	}

	/** Keyboard users pan the map to a point and add the map's centre. */
	centre: () => LngLat | null = () => null;

	addAtCentre() {
		const centre = this.centre();
		if (centre) this.add(centre);
	}

	undo() {
		this.points = this.points.slice(0, -1);
		this.#update();
	}

	cancel() {
		this.mode = null;
		this.points = [];
		this.#update();
	}

	async #update() {
		const sequence = ++this.#sequence;
		const { mode, points } = this;
		this.error = null;
		const needed = mode === 'area' ? 3 : 2;
		if (!mode || points.length < needed) {
			this.measurement = null;
			return;
		}
		try {
			const measurement = mode === 'path' ? await measurePath(points) : await measureArea(points);
			if (sequence === this.#sequence) this.measurement = measurement;
		} catch (error) {
			if (sequence !== this.#sequence) return;
			this.measurement = null;
			this.error = errorText(error);
		}
	}
}

async function measurePath(points: LngLat[]): Promise<Measurement> {
	const { measureLine } = await import('$lib/geo/measureLine');
	const feature = measureLine({ type: 'LineString', coordinates: points });
	return {
		feature,
		text: formatKm(feature.properties.length_km),
		method: feature.properties.method
	};
}

async function measureArea(points: LngLat[]): Promise<Measurement> {
	const { measurePolygon } = await import('$lib/geo/measurePolygon');
	const feature = measurePolygon({ type: 'Polygon', coordinates: [points] });
	return {
		feature,
		text: `${formatKm2(feature.properties.area_km2)} · perimeter ${formatKm(feature.properties.perimeter_km)}`,
		method: feature.properties.method
	};
}

/** MapLibre reports longitudes of world copies beyond ±180; measure on the one world. */
function wrapLongitude(lng: number): number {
	return ((((lng + 180) % 360) + 360) % 360) - 180;
}
