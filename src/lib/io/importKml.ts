import { positionProblem, type FeaturePosition } from './featurePosition';
import {
	ImportFileError,
	progressReporter,
	type ImportedEvent,
	type ImportedValue,
	type ImportOptions,
	type ImportResult
} from './importResult';
import { plainText } from './plainText';
import { readDate, readDateRange, readPropertyDates, type DateRange } from './readDate';
import { xmlTokens } from './xmlTokens';

/** What a Placemark says, gathered while its tokens go by. */
interface PlacemarkDraft {
	index: number;
	line: number;
	name: string;
	description: string;
	when: string;
	begin: string;
	end: string;
	pointCoordinates: string;
	otherCoordinates: string[];
	data: Record<string, ImportedValue>;
}

/** Elements whose text a Placemark keeps, with the parent they must appear in ('' = any). */
const capturedParents = new Map([
	['name', 'Placemark'],
	['description', 'Placemark'],
	['when', 'TimeStamp'],
	['begin', 'TimeSpan'],
	['end', 'TimeSpan'],
	['coordinates', ''],
	['value', 'Data'],
	['SimpleData', '']
]);

/** The text of one captured element, and where it goes in the draft. */
interface Capture {
	element: string;
	/** Stack depth of the captured element; it ends when the stack shrinks below it. */
	depth: number;
	text: string;
	/** The Data or SimpleData name for ExtendedData values. */
	dataName: string;
	/** Coordinates of a Point that is the Placemark's own geometry. */
	ownPoint: boolean;
}

function storeCapture(draft: PlacemarkDraft, capture: Capture): void {
	const text = capture.text;
	switch (capture.element) {
		case 'name':
		case 'description':
		case 'when':
		case 'begin':
		case 'end':
			draft[capture.element] = text;
			return;
		case 'coordinates':
			if (capture.ownPoint) draft.pointCoordinates = text;
			else draft.otherCoordinates.push(text);
			return;
		default:
			if (capture.dataName) draft.data[plainText(capture.dataName)] = plainText(text.trim());
	}
}

function newDraft(index: number, line: number): PlacemarkDraft {
	return {
		index,
		line,
		name: '',
		description: '',
		when: '',
		begin: '',
		end: '',
		pointCoordinates: '',
		otherCoordinates: [],
		data: {}
	};
}

/** "lon,lat[,alt] lon,lat[,alt] ..." → mean position; a reason when unreadable. */
function coordinatesPosition(
	tuples: string[],
	position: FeaturePosition['position']
): FeaturePosition | string {
	let lon = 0;
	let lat = 0;
	let count = 0;
	for (const tuple of tuples.join(' ').trim().split(/\s+/)) {
		const [x, y] = tuple.split(',').map(Number);
		const problem =
			tuple.split(',').length < 2 ? 'its coordinates are not lon,lat pairs' : positionProblem(x, y);
		if (problem) return problem;
		lon += x;
		lat += y;
		count++;
	}
	return { lon: lon / count, lat: lat / count, position };
}

function placemarkPosition(draft: PlacemarkDraft): FeaturePosition | string {
	if (draft.pointCoordinates.trim()) return coordinatesPosition([draft.pointCoordinates], 'point');
	if (draft.otherCoordinates.some((text) => text.trim())) {
		return coordinatesPosition(draft.otherCoordinates, 'centroid');
	}
	return 'it has no coordinates';
}

function placemarkDates(draft: PlacemarkDraft, options: ImportOptions): DateRange | string {
	if (draft.when.trim()) return readDate(draft.when, options.dayOrder);
	if (draft.begin.trim()) return readDateRange(draft.begin, draft.end, options.dayOrder);
	if (draft.end.trim()) return readDate(draft.end, options.dayOrder);
	const dates = readPropertyDates(draft.data, options.dayOrder);
	return typeof dates === 'string' && !Object.keys(draft.data).length
		? 'it has no TimeStamp, TimeSpan or date in its ExtendedData'
		: dates;
}

function placemarkEvent(draft: PlacemarkDraft, options: ImportOptions): ImportedEvent | string {
	const place = placemarkPosition(draft);
	if (typeof place === 'string') return place;
	const dates = placemarkDates(draft, options);
	if (typeof dates === 'string') return dates;
	const label = plainText(draft.name.trim());
	return {
		...place,
		...dates,
		label: label || `Placemark ${draft.index + 1}`,
		description: plainText(draft.description.trim()),
		properties: { ...(label ? { name: label } : {}), ...draft.data },
		sourceLine: draft.line,
		featureIndex: draft.index
	};
}

/**
 * Reads a KML file into events: each Placemark's name, description, Point (or the mean vertex of
 * another geometry), TimeStamp or TimeSpan, and ExtendedData (Data and SimpleData) as
 * properties; without a time element, a date among the ExtendedData fields is used. Placemarks
 * that cannot be read are listed in `errors` by line and index. HTML in names and descriptions is
 * reduced to plain text. Throws ImportFileError when the file is not KML.
 */
export function importKml(text: string, options: ImportOptions = {}): ImportResult {
	const events: ImportedEvent[] = [];
	const errors: ImportResult['errors'] = [];
	const report = progressReporter(text.length, options.onProgress);
	const stack: string[] = [];
	let line = 1;
	let lineCountedTo = 0;
	const lineAt = (offset: number) => {
		for (
			let i = text.indexOf('\n', lineCountedTo);
			i >= 0 && i < offset;
			i = text.indexOf('\n', i + 1)
		) {
			line++;
		}
		lineCountedTo = Math.max(lineCountedTo, offset);
		return line;
	};
	let draft: PlacemarkDraft | null = null;
	let placemarks = 0;
	let capture: Capture | null = null;
	let dataName = '';
	let sawRoot = false;

	for (const token of xmlTokens(text)) {
		report(token.offset);
		if (token.type === 'error') {
			errors.push({
				line: lineAt(token.offset),
				reason: `the file breaks off here: ${token.reason}`
			});
			break;
		}
		if (token.type === 'text') {
			if (capture) capture.text += token.text;
			continue;
		}
		if (token.type === 'open') {
			if (!sawRoot && token.name !== 'kml') {
				throw new ImportFileError(
					`This file is not KML: its first element is <${plainText(token.name).slice(0, 40)}>, not <kml>.`
				);
			}
			sawRoot = true;
			const parent = stack[stack.length - 1] ?? '';
			stack.push(token.name);
			if (token.name === 'Placemark') draft = newDraft(placemarks++, lineAt(token.offset));
			if (token.name === 'Data') dataName = token.attributes.name ?? '';
			const wantedParent = capturedParents.get(token.name);
			if (
				draft &&
				!capture &&
				wantedParent !== undefined &&
				(!wantedParent || wantedParent === parent)
			) {
				capture = {
					element: token.name,
					depth: stack.length,
					text: '',
					dataName: token.name === 'SimpleData' ? (token.attributes.name ?? '') : dataName,
					ownPoint: parent === 'Point' && stack[stack.length - 3] === 'Placemark'
				};
			}
			continue;
		}
		const at = stack.lastIndexOf(token.name);
		if (at < 0) continue;
		if (capture && draft && capture.depth > at) {
			storeCapture(draft, capture);
			capture = null;
		}
		const closesPlacemark = stack.indexOf('Placemark', at) >= 0;
		stack.length = at;
		if (closesPlacemark && draft) {
			const event = placemarkEvent(draft, options);
			if (typeof event === 'string')
				errors.push({ line: draft.line, feature: draft.index, reason: event });
			else events.push(event);
			draft = null;
		}
	}
	if (!sawRoot) throw new ImportFileError('This file is not KML: it has no <kml> element.');
	return { events, errors };
}
