import type { ImportFormat } from './importedLayer';
import { ImportFileError, type ImportProblem, type ImportResult } from './importResult';
import type { ImportRequest, ImportResponse } from './importProtocol';
import type { PackedEvents } from './packedEvents';
import { WorkerRequests } from '$lib/workers/workerRequests';

/** Bytes of a file read on the page to choose its importer and preview a CSV table. */
const headBytes = 256 * 1024;
/** V8 cannot hold a string much beyond 500 M characters; stay well below. */
const maxFileBytes = 300 * 1024 * 1024;
/** More replacement characters than this in the head: the file is not UTF-8 text. */
const maxReplacementChars = 20;

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

export const importExtensions = '.geojson,.json,.topojson,.kml,.csv,.tsv';

/** The start of a file the user chose, and the importer for it. */
export interface ImportFileHead {
	format: ImportFormat;
	/** Up to 256 KB of the file's text. */
	head: string;
	/** False when the head stops before the end of the file (its last line may be cut). */
	complete: boolean;
}

/**
 * Reads the start of a file and chooses its importer. Throws ImportFileError, with a message to
 * show as is, for a file geobrief cannot import: wrong type, empty, too big, binary or unreadable.
 */
export async function readImportFileHead(file: File): Promise<ImportFileHead> {
	const shown = `“${file.name}”`;
	if (!importFormatOfFile(file.name, '')) {
		throw new ImportFileError(
			`${shown} is not a file geobrief can import: choose a .geojson, .json, .topojson, .kml, .csv or .tsv file.`
		);
	}
	if (file.size === 0) throw new ImportFileError(`${shown} is empty.`);
	if (file.size > maxFileBytes) {
		throw new ImportFileError(
			`${shown} is ${(file.size / 1e6).toFixed(0)} MB; files up to ${maxFileBytes / 1e6} MB can be imported.`
		);
	}
	let head: string;
	try {
		head = await file.slice(0, headBytes).text();
	} catch {
		throw new ImportFileError(`${shown} could not be read.`);
	}
	if (head.includes('\u0000') || head.split('\uFFFD').length > maxReplacementChars + 1) {
		throw new ImportFileError(`${shown} is not a text file: it holds binary data.`);
	}
	return {
		format: importFormatOfFile(file.name, head)!,
		head,
		complete: file.size <= headBytes
	};
}

/** Where a problem is in the file, in words: “Line 12”, or “Feature 3” (counted from 1). */
export function problemPlace(problem: ImportProblem): string {
	if (problem.line !== undefined) return `Line ${problem.line}`;
	if (problem.feature !== undefined) return `Feature ${problem.feature + 1}`;
	return 'File';
}

/** A layer id unique among this browser's layers, readable in a permalink. */
export function newLayerId(fileName: string): string {
	const slug = fileName
		.toLowerCase()
		.replace(/\.[a-z]+$/, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return `${slug || 'layer'}-${Date.now().toString(36)}`;
}

/** What an import gives the page: the events packed, the rows left out, a CSV's columns. */
export interface PackedImport extends Omit<ImportResult, 'events'> {
	events: PackedEvents;
}

interface Pending {
	chunks: string[];
	resolve: (result: PackedImport) => void;
	reject: (error: Error) => void;
	onProgress?: (fraction: number) => void;
}

/** Runs the importers in one shared Web Worker so the page stays responsive on large files. */
export class ImportClient {
	#requests = new WorkerRequests<Pending, ImportResponse>(
		() => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
		(reply, pending) => {
			if (reply.type === 'progress') {
				pending.onProgress?.(reply.fraction);
				return 'waiting';
			}
			if (reply.type === 'chunk') {
				pending.chunks.push(reply.chunk);
				return 'waiting';
			}
			if (reply.type === 'done') {
				const { events, errors, columns } = reply;
				pending.resolve({
					events: { ...events, chunks: pending.chunks },
					errors,
					...(columns ? { columns } : {})
				});
			} else if (reply.fileError) pending.reject(new ImportFileError(reply.message));
			else pending.reject(new Error(reply.message));
			return 'settled';
		},
		'The import worker crashed.'
	);

	/**
	 * Reads the whole file in the worker with the importer for `format`. Rejects with an
	 * ImportFileError when the file as a whole cannot be read.
	 */
	import(
		file: File,
		format: ImportFormat,
		options: { csv?: ImportRequest['csv']; onProgress?: (fraction: number) => void } = {}
	): Promise<PackedImport> {
		return new Promise((resolve, reject) =>
			this.#requests.send(
				{ chunks: [], resolve, reject, onProgress: options.onProgress },
				(requestId) => ({ requestId, file, format, csv: options.csv }) satisfies ImportRequest
			)
		);
	}

	/** Stops the worker and whatever it is reading. */
	cancel() {
		this.#requests.terminate('The import was cancelled.');
	}
}
