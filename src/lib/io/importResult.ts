import type { DatePrecision } from '$lib/extract/types';

/** Property values as an importer returns them: strings are plain text, never markup. */
export type ImportedValue = string | number | boolean | null;

/** One dated, located row or feature of an imported file. */
export interface ImportedEvent {
	lon: number;
	lat: number;
	/** First day, ISO YYYY-MM-DD. */
	start: string;
	/** Last day, ISO YYYY-MM-DD, included. */
	end: string;
	precision: DatePrecision;
	label: string;
	description: string;
	/** Every field of the row or feature, keyed by column or property name. */
	properties: Record<string, ImportedValue>;
	/** 'centroid' when a line or area was reduced to the mean of its vertices. */
	position: 'point' | 'centroid';
	/** 1-based line where the row or placemark starts (CSV, KML). */
	sourceLine?: number;
	/** 0-based index of the feature (GeoJSON, TopoJSON) or placemark (KML). */
	featureIndex?: number;
}

/** A row or feature that was left out, and why, in words a user can act on. */
export interface ImportProblem {
	/** 1-based line in the file (CSV, KML). */
	line?: number;
	/** 0-based feature or placemark index (GeoJSON, TopoJSON, KML). */
	feature?: number;
	reason: string;
}

export interface ImportResult {
	events: ImportedEvent[];
	errors: ImportProblem[];
	/** The header row of a CSV file. */
	columns?: string[];
}

export type DayOrder = 'dmy' | 'mdy';

export interface ImportOptions {
	/** Called with 0..1 as the file is read, at most about a hundred times. */
	onProgress?: (fraction: number) => void;
	/** How to read ambiguous numeric dates such as 03/04/2022; day first unless told. */
	dayOrder?: DayOrder;
}

/**
 * The file as a whole cannot be read (not JSON, not KML, no header row...). The message is
 * written for the user and can be shown as is. Rows that fail alone are ImportProblems instead.
 */
export class ImportFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportFileError';
	}
}

/** Calls onProgress about a hundred times over `total` steps. */
export function progressReporter(
	total: number,
	onProgress: ((fraction: number) => void) | undefined
): (done: number) => void {
	if (!onProgress || total <= 0) return () => {};
	const step = Math.max(1, Math.floor(total / 100));
	let next = step;
	return (done) => {
		if (done < next) return;
		next = done + step;
		onProgress(Math.min(1, done / total));
	};
}
