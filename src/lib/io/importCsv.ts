import type { CsvColumnMapping } from './csvColumns';
import { detectCsvSeparator, readCsvRecords, type CsvSeparator } from './csvRecords';
import { positionProblem } from './featurePosition';
import {
	ImportFileError,
	progressReporter,
	type ImportedEvent,
	type ImportedValue,
	type ImportOptions,
	type ImportResult
} from './importResult';
import { plainText } from './plainText';
import { readDateRange } from './readDate';

export interface CsvImportOptions extends Omit<ImportOptions, 'dayOrder'> {
	/** Detected as readCsvPreview does when not given. */
	separator?: CsvSeparator;
}

/** Reads a coordinate, accepting a decimal comma ("53,9") as European spreadsheets write it. */
function readCoordinate(value: string): number {
	const trimmed = value.trim();
	return trimmed ? Number(trimmed.includes(',') ? trimmed.replace(',', '.') : trimmed) : NaN;
}

function checkMapping(mapping: CsvColumnMapping, columns: string[]): void {
	const missing = (['latitude', 'longitude', 'date'] as const).filter(
		(role) => mapping[role] === null
	);
	if (missing.length)
		throw new ImportFileError(`Choose the ${missing.join(', ')} column before importing.`);
	for (const role of [
		'latitude',
		'longitude',
		'date',
		'endDate',
		'label',
		'description'
	] as const) {
		const column = mapping[role];
		if (column !== null && !(Number.isInteger(column) && column >= 0 && column < columns.length)) {
			throw new ImportFileError(
				`The ${role} column (${column}) is not one of the file's ${columns.length} columns.`
			);
		}
	}
}

/**
 * Reads a CSV file into events with a confirmed column mapping (see detectCsvColumns). The first
 * record is the header; every field of a row is kept in `properties` under its column name.
 * Rows that cannot be read (wrong number of fields, coordinates off the globe, unreadable
 * dates) are listed in `errors` by line; the rest import. Throws ImportFileError when the file
 * is not a table or the mapping does not fit it.
 *
 * @example importCsv('lat,lon,date\n53.9,27.56,2022-02-24', { latitude: 0, longitude: 1, date: 2, endDate: null, label: null, description: null, dayOrder: 'dmy' })
 */
export function importCsv(
	text: string,
	mapping: CsvColumnMapping,
	options: CsvImportOptions = {}
): ImportResult {
	const separator = options.separator ?? detectCsvSeparator(text);
	const events: ImportedEvent[] = [];
	const errors: ImportResult['errors'] = [];
	const report = progressReporter(text.length, options.onProgress);
	let columns: string[] | null = null;
	const { latitude, longitude, date, endDate, label, description, dayOrder } = mapping;
	// A row may stop short of the header when what it leaves out is no column the import reads
	// (an empty last field some tools do not write).
	const fieldsRead =
		1 + Math.max(...[latitude, longitude, date, endDate, label, description].map((c) => c ?? -1));
	readCsvRecords(text, separator, (fields, line, endOffset, problem) => {
		report(endOffset);
		if (!columns) {
			columns = fields.map((name, index) => plainText(name.trim()) || `column ${index + 1}`);
			checkMapping(mapping, columns);
			return;
		}
		if (problem) {
			errors.push({ line, reason: problem });
			return;
		}
		if (fields.length > columns.length || fields.length < fieldsRead) {
			errors.push({
				line,
				reason: `it has ${fields.length} fields; the header has ${columns.length}`
			});
			return;
		}
		const lat = readCoordinate(fields[latitude!]);
		const lon = readCoordinate(fields[longitude!]);
		const place = positionProblem(lon, lat);
		if (place) {
			// Words where numbers should be are quoted, so that the row can be found and mended.
			const quoted = (field: string | undefined) => `“${plainText(field ?? '').slice(0, 40)}”`;
			const unread =
				Number.isFinite(lat) && Number.isFinite(lon)
					? ''
					: `: latitude ${quoted(fields[latitude!])}, longitude ${quoted(fields[longitude!])}`;
			errors.push({ line, reason: place + unread });
			return;
		}
		const dates = readDateRange(
			fields[date!],
			endDate === null ? undefined : fields[endDate],
			dayOrder
		);
		if (typeof dates === 'string') {
			errors.push({ line, reason: dates });
			return;
		}
		const properties: Record<string, ImportedValue> = {};
		for (let column = 0; column < fields.length; column++)
			properties[columns[column]] = plainText(fields[column]);
		events.push({
			lon,
			lat,
			...dates,
			label: label === null ? `Row ${line}` : plainText(fields[label]) || `Row ${line}`,
			description: description === null ? '' : plainText(fields[description]),
			properties,
			position: 'point',
			sourceLine: line
		});
	});
	if (!columns) throw new ImportFileError('This CSV file is empty: it has no header row.');
	return { events, errors, columns };
}
