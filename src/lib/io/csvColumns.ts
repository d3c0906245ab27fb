import { detectCsvSeparator, firstCsvRecords, type CsvSeparator } from './csvRecords';
import type { DayOrder } from './importResult';

/**
 * Which column (0-based index into the header) holds what. The UI shows it for the user to
 * confirm or change before importCsv reads the whole file.
 */
export interface CsvColumnMapping {
	latitude: number | null;
	longitude: number | null;
	date: number | null;
	endDate: number | null;
	label: number | null;
	description: number | null;
	/** How to read numeric dates such as 03/04/2022. */
	dayOrder: DayOrder;
}

/** The head of a CSV file: enough to propose a mapping and to show a preview table. */
export interface CsvPreview {
	separator: CsvSeparator;
	columns: string[];
	sampleRows: string[][];
}

const previewRows = 20;

/** Header names, lower case without spaces or punctuation, most likely first. */
const columnNames: Record<Exclude<keyof CsvColumnMapping, 'dayOrder'>, string[]> = {
	latitude: ['latitude', 'lat', 'latdd', 'decimallatitude', 'y'],
	longitude: ['longitude', 'lon', 'lng', 'long', 'londd', 'decimallongitude', 'x'],
	date: [
		'eventdate',
		'date',
		'startdate',
		'start',
		'begin',
		'datetime',
		'time',
		'timestamp',
		'when',
		'day',
		'year'
	],
	endDate: ['enddate', 'end', 'dateend', 'until', 'to'],
	label: ['label', 'name', 'title', 'eventtype', 'event', 'type', 'subeventtype', 'category'],
	description: ['notes', 'description', 'desc', 'summary', 'comment', 'comments', 'text']
};
/** Header patterns that mark a column when no name matches exactly ("lat_wgs84", "Event Date (UTC)"). */
const columnPatterns: Partial<Record<keyof typeof columnNames, RegExp>> = {
	latitude: /^lat|latitude/,
	longitude: /^(?:lon|lng)|longitude/,
	date: /date/,
	description: /note/
};

function normalised(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function isNumberIn(value: string, limit: number): boolean {
	const number = Number(value.trim());
	return value.trim() !== '' && Number.isFinite(number) && Math.abs(number) <= limit;
}

/** Columns whose sample values are all numbers within ±limit. */
function numericColumns(
	header: readonly string[],
	sampleRows: readonly string[][],
	limit: number
): number[] {
	return header
		.map((_, column) => column)
		.filter((column) => {
			const values = sampleRows.map((row) => row[column] ?? '').filter((value) => value.trim());
			return values.length > 0 && values.every((value) => isNumberIn(value, limit));
		});
}

/** 'mdy' when a sample date reads as month/day (second number over 12), 'dmy' otherwise. */
function sampleDayOrder(sampleRows: readonly string[][], column: number | null): DayOrder {
	if (column === null) return 'dmy';
	for (const row of sampleRows) {
		const match = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}$/.exec((row[column] ?? '').trim());
		if (match && +match[1] > 12) return 'dmy';
		if (match && +match[2] > 12) return 'mdy';
	}
	return 'dmy';
}

/**
 * Proposes which columns are latitude, longitude, start date, end date, label and description,
 * from the header names (ACLED's latitude, longitude, event_date, event_type and notes; lat/lon,
 * lng, x/y, date, start/end...), falling back to the sample values for coordinates: the first
 * columns of numbers within ±90 and ±180. Each column is proposed for at most one role.
 *
 * @example detectCsvColumns(['event_date', 'latitude', 'longitude', 'notes'], [])
 * // { latitude: 1, longitude: 2, date: 0, endDate: null, label: null, description: 3, dayOrder: 'dmy' }
 */
export function detectCsvColumns(
	header: readonly string[],
	sampleRows: readonly string[][]
): CsvColumnMapping {
	const names = header.map(normalised);
	const taken = new Set<number>();
	const take = (column: number | undefined): number | null => {
		if (column === undefined || column < 0) return null;
		taken.add(column);
		return column;
	};
	const byName = (role: keyof typeof columnNames): number | null => {
		for (const wanted of columnNames[role]) {
			const column = names.findIndex((name, index) => name === wanted && !taken.has(index));
			if (column >= 0) return take(column);
		}
		const pattern = columnPatterns[role];
		return pattern
			? take(names.findIndex((name, index) => pattern.test(name) && !taken.has(index)))
			: null;
	};
	const byValues = (limit: number): number | null =>
		take(numericColumns(header, sampleRows, limit).find((column) => !taken.has(column)));
	const latitudeByName = byName('latitude');
	const longitudeByName = byName('longitude');
	const date = byName('date');
	return {
		latitude: latitudeByName ?? byValues(90),
		longitude: longitudeByName ?? byValues(180),
		date,
		endDate: byName('endDate'),
		label: byName('label'),
		description: byName('description'),
		dayOrder: sampleDayOrder(sampleRows, date)
	};
}

/**
 * Reads the separator, the header and the first rows of a CSV file, for detectCsvColumns and a
 * preview. Throws ImportFileError when the file is not a table.
 */
export function readCsvPreview(text: string): CsvPreview {
	const separator = detectCsvSeparator(text);
	const [columns, ...sampleRows] = firstCsvRecords(text, separator, previewRows + 1);
	return { separator, columns: columns.map((name) => name.trim()), sampleRows };
}
