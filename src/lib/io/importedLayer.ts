import type { MapEvent } from '$lib/events/eventTable';
import { dayFromIso } from '$lib/time/days';
import type { ImportedEvent } from './importResult';

export type ImportFormat = 'geojson' | 'topojson' | 'kml' | 'csv';

/** The events of one imported file, as the project keeps them. */
export interface ImportedLayer {
	id: string;
	/** Shown in the layer list and cited as the source of its events: usually the file name. */
	name: string;
	format: ImportFormat;
	events: ImportedEvent[];
}

const formatsByExtension: Record<string, ImportFormat> = {
	geojson: 'geojson',
	json: 'geojson',
	topojson: 'topojson',
	kml: 'kml',
	csv: 'csv',
	tsv: 'csv'
};

/** Characters of a JSON file looked at for a TopoJSON "type": "Topology" member. */
const sniffedChars = 4096;

/**
 * The importer for a file, from its name and its first characters (a .json file whose head says
 * "type": "Topology" is TopoJSON). Null for anything else, KMZ included.
 *
 * @example importFormatOfFile('acled.csv', text) // 'csv'
 */
export function importFormatOfFile(name: string, text: string): ImportFormat | null {
	const extension = name.toLowerCase().split('.').pop() ?? '';
	const format = Object.hasOwn(formatsByExtension, extension)
		? formatsByExtension[extension]
		: null;
	if (format === 'geojson' && /"type"\s*:\s*"Topology"/.test(text.slice(0, sniffedChars))) {
		return 'topojson';
	}
	return format;
}

/** The key of an imported event: `${layerId}:${index}`, unique beside article events. */
export function importedEventKey(layerId: string, index: number): string {
	return `${layerId}:${index}`;
}

/**
 * The events of a layer as the map and the timeline see them: kind 'other' and placed at a
 * point. Keys are importedEventKey(layer.id, index).
 */
export function mapEventsOfLayer(layer: ImportedLayer): MapEvent[] {
	return layer.events.map((event, index) => ({
		key: importedEventKey(layer.id, index),
		lon: event.lon,
		lat: event.lat,
		start: dayFromIso(event.start),
		end: dayFromIso(event.end),
		precision: event.precision,
		kind: 'other',
		scope: 'point',
		origin: 'imported'
	}));
}
