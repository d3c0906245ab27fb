import type { ReviewedExtraction } from '$lib/review/edits';
import { blobInTasks } from './blobInTasks';
import {
	citedEventsOfArticle,
	citedEventsOfLayerChunk,
	type CitedEvent,
	type EventsText
} from './citedEvent';
import { csvText } from './exportCsv';
import { geoJsonText } from './exportGeoJson';
import { kmlText } from './exportKml';
import { placeAnnotationCollection } from './exportWebAnnotations';
import type { ImportedLayer } from './importedLayer';

export type WorkspaceExportFormat = 'geojson' | 'csv' | 'kml' | 'annotations';

export interface ExportedFile {
	fileName: string;
	content: Blob;
}

/**
 * The text of every event of the shown articles and imported layers, with its citation: a batch
 * per article and per chunk of a layer, each made when it is written.
 */
function* eventsFile(
	text: EventsText,
	articles: readonly ReviewedExtraction[],
	layers: readonly ImportedLayer[]
): Generator<string> {
	const batches: (() => CitedEvent[])[] = [
		...articles.map((article) => () => citedEventsOfArticle(article)),
		...layers.flatMap((layer) =>
			layer.events.chunks.map((_, chunk) => () => citedEventsOfLayerChunk(layer, chunk))
		)
	];
	yield text.head;
	let first = true;
	for (const batch of batches) {
		const events = batch();
		if (!events.length) continue;
		yield text.batch(events, first);
		first = false;
	}
	yield text.tail;
}

/** The formats of events: a file's extension, its media type, and how its text is written. */
const eventFormats: Record<
	Exclude<WorkspaceExportFormat, 'annotations'>,
	{ extension: string; type: string; text: (today: string) => EventsText }
> = {
	geojson: { extension: 'geojson', type: 'application/geo+json', text: () => geoJsonText },
	csv: { extension: 'csv', type: 'text/csv', text: () => csvText },
	kml: {
		extension: 'kml',
		type: 'application/vnd.google-earth.kml+xml',
		text: (today) => kmlText(`geobrief ${today}`)
	}
};

/**
 * One export file of what the explorer shows (articles as reviewed), named after the day it was
 * made; events are written a batch per task (see blobInTasks), so that a large layer never stops
 * the page.
 */
export async function exportWorkspace(
	format: WorkspaceExportFormat,
	articles: readonly ReviewedExtraction[],
	layers: readonly ImportedLayer[],
	today: string
): Promise<ExportedFile> {
	const stem = `geobrief-${today}`;
	if (format === 'annotations') {
		return {
			fileName: `${stem}-places.jsonld`,
			content: new Blob([JSON.stringify(articles.map(placeAnnotationCollection), null, 1)], {
				type: 'application/ld+json'
			})
		};
	}
	const { extension, type, text } = eventFormats[format];
	return {
		fileName: `${stem}-events.${extension}`,
		content: await blobInTasks(eventsFile(text(today), articles, layers), type)
	};
}
