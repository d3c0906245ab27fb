import {
	citationFieldNames,
	citationFields,
	roundedCoordinate,
	type CitedEvent
} from './citedEvent';

/** Spreadsheets run cells that start with these as formulas (OWASP “CSV injection”). */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]|^\s|\s$/;

/**
 * One CSV cell. Text that a spreadsheet would read as a formula gets a leading apostrophe;
 * numbers are written as numbers, so negative coordinates stay numbers.
 */
export function csvCell(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	const safe = formulaStart.test(value) ? `'${value}` : value;
	return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Events as RFC 4180 CSV (comma separated, CRLF line ends, a header row): longitude, latitude,
 * then the provenance fields of citationFields. Cells are safe to open in a spreadsheet.
 */
export function citedEventsToCsv(events: readonly CitedEvent[]): string {
	const header = ['longitude', 'latitude', ...citationFieldNames];
	const rows = events.map((event) => {
		const fields = citationFields(event);
		return [
			event.lon === null ? null : roundedCoordinate(event.lon),
			event.lat === null ? null : roundedCoordinate(event.lat),
			...citationFieldNames.map((name) => fields[name])
		];
	});
	const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
	return `${lines.join('\r\n')}\r\n`;
}
