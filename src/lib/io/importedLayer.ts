import type { MapEvent } from '$lib/events/eventTable';
import { datePrecisions } from '$lib/time/datePrecision';
import type { PackedEvents } from './packedEvents';
import { nextTask } from './nextTask';

export type ImportFormat = 'geojson' | 'topojson' | 'kml' | 'csv';

/** The events of one imported file, as the project keeps them. */
export interface ImportedLayer {
	id: string;
	/** Shown in the layer list and cited as the source of its events: usually the file name. */
	name: string;
	format: ImportFormat;
	events: PackedEvents;
}

/** The key of an imported event: `${layerId}:${index}`, unique beside article events. */
export function importedEventKey(layerId: string, index: number): string {
	return `${layerId}:${index}`;
}

/** The layer id and row index in an imported event's key (importedEventKey). */
export function importedKeyParts(key: string): { layerId: string; index: number } {
	const separator = key.lastIndexOf(':');
	return { layerId: key.slice(0, separator), index: Number(key.slice(separator + 1)) };
}

/**
 * An imported row as the map and the timeline see it. 100,000 of these must be small objects:
 * the garbage collector copies every young object that survives, and plain objects with their
 * key strings and boxed coordinates took a 106 ms scavenge. Days are whole numbers, held
 * unboxed; the rest is read from the layer's columns when asked.
 */
class ImportedMapEvent implements MapEvent {
	readonly start: number;
	readonly end: number;
	readonly #layer: ImportedLayer;
	readonly #index: number;

	constructor(layer: ImportedLayer, index: number) {
		this.start = layer.events.start[index] | 0;
		this.end = layer.events.end[index] | 0;
		this.#layer = layer;
		this.#index = index;
	}
	get key() {
		return importedEventKey(this.#layer.id, this.#index);
	}
	get lon() {
		return this.#layer.events.lon[this.#index];
	}
	get lat() {
		return this.#layer.events.lat[this.#index];
	}
	get precision() {
		return datePrecisions[this.#layer.events.precisionIndex[this.#index]];
	}
	get kind() {
		return 'other' as const;
	}
	get scope() {
		return 'point' as const;
	}
	get origin() {
		return 'imported' as const;
	}
}

const mapEventsOfLayers = new WeakMap<ImportedLayer, MapEvent[]>();

/** Map events made per task by prepareMapEvents: a few milliseconds' work. */
const mapEventsPerTask = 10_000;

/**
 * The events of a layer as the map and the timeline see them: kind 'other' and placed at a
 * point. Keys are importedEventKey(layer.id, index). Made once per layer.
 */
export function mapEventsOfLayer(layer: ImportedLayer): MapEvent[] {
	let events = mapEventsOfLayers.get(layer);
	if (!events) {
		events = Array.from(layer.events.lon, (_, index) => new ImportedMapEvent(layer, index));
		mapEventsOfLayers.set(layer, events);
	}
	return events;
}

/**
 * Makes a layer's map events before it is shown, a slice per task: made in the update that
 * shows 100,000 rows, they took a quarter of it.
 */
export async function prepareMapEvents(layer: ImportedLayer): Promise<void> {
	const events: MapEvent[] = [];
	for (let from = 0; from < layer.events.count; from += mapEventsPerTask) {
		if (from > 0) await nextTask();
		const to = Math.min(layer.events.count, from + mapEventsPerTask);
		for (let index = from; index < to; index++) events.push(new ImportedMapEvent(layer, index));
	}
	if (!mapEventsOfLayers.has(layer)) mapEventsOfLayers.set(layer, events);
}
