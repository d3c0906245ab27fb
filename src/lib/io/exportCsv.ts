import {
	citationFieldNames,
	citationFields,
	roundedCoordinate,
	type EventsText
} from './citedEvent';

/**
 * A formula a spreadsheet would run (OWASP “CSV injection”): = + - @ (or their fullwidth forms,
 * which some spreadsheets fold to them) at the start of the cell or just after a separator any
 * locale may split on (, ; tab |), once spaces and invisible characters (NBSP, zero-width
 * space, byte-order mark) are skipped. The lookahead leaves the formula sign itself to match.
 */
const formulaAt = /(^|[,;\t|])([\s\p{Cf}]*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/gu;
const needsQuotes = /[",;\t|\r\n]|^\s|\s$/;

/**
 * One CSV cell. Text that a spreadsheet could read as a formula gets an apostrophe before each
 * formula sign and is quoted; numbers are written as numbers, so negative coordinates stay numbers.
 *
 * @example csvCell('x;=1+1') // "\"x;'=1+1\""
 */
export function csvCell(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	const safe = value.replace(formulaAt, "$1$2'");
	return safe !== value || needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvLine = (cells: (string | number | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;

/**
 * Events as RFC 4180 CSV (comma separated, CRLF line ends, a header row): longitude, latitude,
 * then the provenance fields of citationFields. Cells are safe to open in a spreadsheet.
 */
export const csvText: EventsText = {
	head: csvLine(['longitude', 'latitude', ...citationFieldNames]),
	batch: (events) =>
		events
			.map((event) => {
				const fields = citationFields(event);
				return csvLine([
					event.lon === null ? null : roundedCoordinate(event.lon),
					event.lat === null ? null : roundedCoordinate(event.lat),
					...citationFieldNames.map((name) => fields[name])
				]);
			})
			.join(''),
	tail: ''
};
