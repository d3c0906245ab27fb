import type { CsvColumnMapping } from './csvColumns';
import type { CsvSeparator } from './csvRecords';
import type { ImportedLayer } from './importedLayer';
import type { ImportedEvent, ImportProblem } from './importResult';

export interface ImportRequest {
	requestId: number;
	/** Read in the worker, so the page never holds or copies the whole text. */
	file: File;
	format: ImportedLayer['format'];
	/** The confirmed column mapping and separator; CSV only. */
	csv?: { mapping: CsvColumnMapping; separator: CsvSeparator };
}

/**
 * Events come back in chunks: structured-cloning 100,000 events in one message would block the
 * page for longer than a frame while it deserialises them.
 */
export type ImportResponse =
	| { requestId: number; type: 'progress'; fraction: number }
	| { requestId: number; type: 'events'; events: ImportedEvent[] }
	| { requestId: number; type: 'done'; errors: ImportProblem[]; columns?: string[] }
	| { requestId: number; type: 'error'; message: string; fileError: boolean };
