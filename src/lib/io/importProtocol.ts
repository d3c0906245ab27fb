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

/** The events come back packed, their columns transferred: the page never holds them as objects. */
export type ImportResponse =
	| { requestId: number; type: 'progress'; fraction: number }
	| {
			requestId: number;
			type: 'done';
			events: PackedEvents;
			errors: ImportProblem[];
			columns?: string[];
	  }
	| { requestId: number; type: 'error'; message: string; fileError: boolean };
