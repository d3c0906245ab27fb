/// <reference lib="webworker" />
import { importCsv } from './importCsv';
import { importGeoJson } from './importGeoJson';
import { importKml } from './importKml';
import { ImportFileError, type ImportOptions, type ImportResult } from './importResult';
import { importTopoJson } from './importTopoJson';
import type { ImportRequest, ImportResponse } from './importProtocol';

/** Events per message: small enough that the page deserialises each in a few milliseconds. */
const eventsPerMessage = 2_000;

function reply(message: ImportResponse) {
	postMessage(message);
}

function importText(text: string, request: ImportRequest, options: ImportOptions): ImportResult {
	switch (request.format) {
		case 'csv':
			if (!request.csv) throw new ImportFileError('Choose the CSV file’s columns first.');
			return importCsv(text, request.csv.mapping, { ...options, separator: request.csv.separator });
		case 'kml':
			return importKml(text, options);
		case 'topojson':
			return importTopoJson(text, options);
		case 'geojson':
			return importGeoJson(text, options);
	}
}

onmessage = async (event: MessageEvent<ImportRequest>) => {
	const { requestId, file } = event.data;
	try {
		let text: string;
		try {
			text = await file.text();
		} catch {
			throw new ImportFileError(`“${file.name}” could not be read.`);
		}
		const { events, errors, columns } = importText(text, event.data, {
			onProgress: (fraction) => reply({ requestId, type: 'progress', fraction })
		});
		for (let from = 0; from < events.length; from += eventsPerMessage) {
			reply({ requestId, type: 'events', events: events.slice(from, from + eventsPerMessage) });
		}
		reply({ requestId, type: 'done', errors, columns });
	} catch (error) {
		reply({
			requestId,
			type: 'error',
			message: error instanceof Error ? error.message : String(error),
			fileError: error instanceof ImportFileError
		});
	}
};
