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

/**
 * One export file of what the explorer shows (articles as reviewed), named after the day it was
 * made; written a batch per task (see blobInTasks), so that a large layer never stops the page.
 */
export async function exportWorkspace(
	format: WorkspaceExportFormat,
	articles: readonly ReviewedExtraction[],
	layers: readonly ImportedLayer[],
	today: string
): Promise<ExportedFile> {
	const stem = `geobrief-${today}`;
	switch (format) {
		case 'geojson':
			return {
				fileName: `${stem}-events.geojson`,
				content: await blobInTasks(
					eventsFile(geoJsonText, articles, layers),
					'application/geo+json'
				)
			};
		case 'csv':
			return {
				fileName: `${stem}-events.csv`,
				content: await blobInTasks(eventsFile(csvText, articles, layers), 'text/csv')
			};
		case 'kml':
			return {
				fileName: `${stem}-events.kml`,
				content: await blobInTasks(
					eventsFile(kmlText(`geobrief ${today}`), articles, layers),
					'application/vnd.google-earth.kml+xml'
				)
			};
		case 'annotations':
			return {
				fileName: `${stem}-places.jsonld`,
				content: new Blob([JSON.stringify(articles.map(placeAnnotationCollection), null, 1)], {
					type: 'application/ld+json'
				})
			};
	}
}
