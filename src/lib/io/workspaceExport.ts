import type { ReviewedExtraction } from '$lib/review/edits';
import { citedEventsOfArticle, citedEventsOfLayer, type CitedEvent } from './citedEvent';
import { citedEventsToCsv } from './exportCsv';
import { citedEventsToGeoJson } from './exportGeoJson';
import { citedEventsToKml } from './exportKml';
import { placeAnnotationCollection } from './exportWebAnnotations';
import type { ImportedLayer } from './importedLayer';

export type WorkspaceExportFormat = 'geojson' | 'csv' | 'kml' | 'annotations';

export interface ExportedFile {
	fileName: string;
	mimeType: string;
	content: string;
}

/** Every event of the shown articles and imported layers, with its citation. */
function citedEvents(
	articles: readonly ReviewedExtraction[],
	layers: readonly ImportedLayer[]
): CitedEvent[] {
	return [...articles.flatMap(citedEventsOfArticle), ...layers.flatMap(citedEventsOfLayer)];
}

/** One export file of what the explorer shows (articles as reviewed), named after the day it was made. */
export function exportWorkspace(
	format: WorkspaceExportFormat,
	articles: readonly ReviewedExtraction[],
	layers: readonly ImportedLayer[],
	today: string
): ExportedFile {
	const stem = `geobrief-${today}`;
	switch (format) {
		case 'geojson':
			return {
				fileName: `${stem}-events.geojson`,
				mimeType: 'application/geo+json',
				content: JSON.stringify(citedEventsToGeoJson(citedEvents(articles, layers)), null, 1)
			};
		case 'csv':
			return {
				fileName: `${stem}-events.csv`,
				mimeType: 'text/csv',
				content: citedEventsToCsv(citedEvents(articles, layers))
			};
		case 'kml':
			return {
				fileName: `${stem}-events.kml`,
				mimeType: 'application/vnd.google-earth.kml+xml',
				content: citedEventsToKml(citedEvents(articles, layers), { name: `geobrief ${today}` })
			};
		case 'annotations':
			return {
				fileName: `${stem}-places.jsonld`,
				mimeType: 'application/ld+json',
				content: JSON.stringify(articles.map(placeAnnotationCollection), null, 1)
			};
	}
}
