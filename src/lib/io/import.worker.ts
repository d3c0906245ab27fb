/// <reference lib="webworker" />
import { importCsv } from './importCsv';
import { importGeoJson } from './importGeoJson';
import { importKml } from './importKml';
import { ImportFileError, type ImportOptions, type ImportResult } from './importResult';
import { importTopoJson } from './importTopoJson';
import type { ImportRequest, ImportResponse } from './importProtocol';
import { packedBuffers, packEvents } from './packedEvents';

function reply(message: ImportResponse, transfer: Transferable[] = []) {
	postMessage(message, transfer);
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
		const { chunks, ...packed } = packEvents(events);
		for (const chunk of chunks) reply({ requestId, type: 'chunk', chunk });
		reply({ requestId, type: 'done', events: packed, errors, columns }, packedBuffers(packed));
	} catch (error) {
		reply({
			requestId,
			type: 'error',
			message: error instanceof Error ? error.message : String(error),
			fileError: error instanceof ImportFileError
		});
	}
};
