import type { CsvColumnMapping } from './csvColumns';
import type { CsvSeparator } from './csvRecords';
import type { ImportedLayer } from './importedLayer';
import type { ImportProblem } from './importResult';
import type { PackedEvents } from './packedEvents';

export interface ImportRequest {
	requestId: number;
	/** Read in the worker, so the page never holds or copies the whole text. */
	file: File;
	format: ImportedLayer['format'];
	/** The confirmed column mapping and separator; CSV only. */
	csv?: { mapping: CsvColumnMapping; separator: CsvSeparator };
}

/**
 * The events come back packed, never as objects: their text a chunk per message (receiving all
 * of 100,000 rows' text in one message took 400 ms), then the columns, transferred.
 */
export type ImportResponse =
	| { requestId: number; type: 'progress'; fraction: number }
	| { requestId: number; type: 'chunk'; chunk: string }
	| {
			requestId: number;
			type: 'done';
			events: Omit<PackedEvents, 'chunks'>;
			errors: ImportProblem[];
			columns?: string[];
	  }
	| { requestId: number; type: 'error'; message: string; fileError: boolean };
