import { ImportFileError } from './importResult';

export type CsvSeparator = ',' | ';' | '\t';

const separators: readonly CsvSeparator[] = [',', ';', '\t'];
const quote = 34;
const lineFeed = 10;
const carriageReturn = 13;
/** Records read to choose a separator. */
const separatorSampleRecords = 20;

/**
 * Called for each record: its fields, the 1-based line it starts on, the offset just past it,
 * and a problem when a quoted field is never closed (the record is then cut at its first line
 * break and reading resumes after it).
 */
export type CsvRecordHandler = (
	fields: string[],
	line: number,
	endOffset: number,
	problem: string | null
) => void | 'stop';

/**
 * Reads RFC 4180 records: fields separated by `separator`, optionally in double quotes with ""
 * for a quote, line breaks (LF or CRLF) inside quotes kept. A quote inside an unquoted field is
 * kept as written. Blank lines are skipped. A byte-order mark is ignored.
 */
export function readCsvRecords(
	text: string,
	separator: CsvSeparator,
	onRecord: CsvRecordHandler
): void {
	const separatorCode = separator.charCodeAt(0);
	const length = text.length;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	let line = 1;
	while (i < length) {
		const first = text.charCodeAt(i);
		if (first === lineFeed || first === carriageReturn) {
			if (first === lineFeed) line++;
			i++;
			continue;
		}
		const recordLine = line;
		const recordStart = i;
		const fields: string[] = [];
		let problem: string | null = null;
		for (;;) {
			if (text.charCodeAt(i) === quote) {
				let value = '';
				let from = i + 1;
				for (;;) {
					const close = text.indexOf('"', from);
					if (close < 0) {
						problem = 'a quoted field is never closed';
						break;
					}
					value += text.slice(from, close);
					if (text.charCodeAt(close + 1) === quote) {
						value += '"';
						from = close + 2;
						continue;
					}
					from = close + 1;
					break;
				}
				if (problem) {
					const lineEnd = text.indexOf('\n', recordStart);
					i = lineEnd < 0 ? length : lineEnd;
					break;
				}
				for (let at = text.indexOf('\n', i); at >= 0 && at < from; at = text.indexOf('\n', at + 1))
					line++;
				// Text between the closing quote and the separator is kept, as spreadsheets do.
				let end = from;
				while (end < length) {
					const code = text.charCodeAt(end);
					if (code === separatorCode || code === lineFeed || code === carriageReturn) break;
					end++;
				}
				fields.push(end > from ? value + text.slice(from, end) : value);
				i = end;
			} else {
				let end = i;
				while (end < length) {
					const code = text.charCodeAt(end);
					if (code === separatorCode || code === lineFeed || code === carriageReturn) break;
					end++;
				}
				fields.push(text.slice(i, end));
				i = end;
			}
			if (i < length && text.charCodeAt(i) === separatorCode) {
				i++;
				continue;
			}
			break;
		}
		if (text.charCodeAt(i) === carriageReturn) i++;
		if (text.charCodeAt(i) === lineFeed) {
			i++;
			line++;
		}
		if (onRecord(fields, recordLine, i, problem) === 'stop') return;
	}
}

/** The first records of a file, to choose a separator and propose a column mapping. */
export function firstCsvRecords(text: string, separator: CsvSeparator, count: number): string[][] {
	const records: string[][] = [];
	readCsvRecords(text, separator, (fields) => {
		records.push(fields);
		return records.length >= count ? 'stop' : undefined;
	});
	return records;
}

/**
 * Chooses the separator (comma, semicolon or tab) that splits the header into the most columns
 * and the first records into as many fields as the header. Throws ImportFileError when no
 * separator gives at least two columns.
 */
export function detectCsvSeparator(text: string): CsvSeparator {
	let best: { separator: CsvSeparator; score: number } | null = null;
	for (const separator of separators) {
		const [header, ...rows] = firstCsvRecords(text, separator, separatorSampleRecords);
		if (!header || header.length < 2) continue;
		const consistent = rows.filter((row) => row.length === header.length).length;
		const score = consistent * 1000 + header.length;
		if (!best || score > best.score) best = { separator, score };
	}
	if (!best) {
		throw new ImportFileError(
			'This file is not a CSV table: no comma, semicolon or tab splits its first line into columns.'
		);
	}
	return best.separator;
}
