import { featurePosition, geometryTypes } from './featurePosition';
import {
	ImportFileError,
	progressReporter,
	type ImportedEvent,
	type ImportedValue,
	type ImportOptions,
	type ImportResult
} from './importResult';
import { plainText } from './plainText';
import { readPropertyDates } from './readDate';
import { isRecord } from '$lib/json/isRecord';

const labelNames = ['name', 'title', 'label', 'event_type', 'type'];
const descriptionNames = ['description', 'notes', 'desc', 'summary'];

/** Where JSON.parse gave up, in words, without echoing the input. */
function jsonErrorPlace(text: string, error: unknown): string {
	const message = error instanceof Error ? error.message : '';
	const position = /position (\d+)/.exec(message);
	if (position) return ` (near line ${text.slice(0, +position[1]).split('\n').length})`;
	return /end of JSON/i.test(message) ? ' (it ends too early)' : '';
}

/** Parses JSON or throws an ImportFileError naming the format that was expected. */
export function parseJsonFile(text: string, format: string): unknown {
	const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	try {
		return JSON.parse(json);
	} catch (error) {
		throw new ImportFileError(
			`This file is not ${format}: it is not valid JSON${jsonErrorPlace(json, error)}.`
		);
	}
}

/** Property values as plain text; nested objects and arrays become their JSON text. */
function plainProperties(properties: unknown): Record<string, ImportedValue> {
	const plain: Record<string, ImportedValue> = {};
	if (!isRecord(properties)) return plain;
	for (const [name, value] of Object.entries(properties)) {
		const key = plainText(name);
		if (typeof value === 'string') plain[key] = plainText(value);
		else if (typeof value === 'number') plain[key] = Number.isFinite(value) ? value : null;
		else if (typeof value === 'boolean' || value === null) plain[key] = value;
		else plain[key] = plainText(JSON.stringify(value) ?? '');
	}
	return plain;
}

/** The first non-empty property among `names`, case-insensitively, as text. */
function textProperty(properties: Record<string, ImportedValue>, names: string[]): string {
	for (const name of names) {
		for (const [key, value] of Object.entries(properties)) {
			if (key.toLowerCase() === name && value !== null && String(value).trim())
				return String(value);
		}
	}
	return '';
}

/**
 * Turns GeoJSON Feature objects into events. Shared by the GeoJSON and TopoJSON importers;
 * `firstIndex` numbers the features across several TopoJSON objects.
 */
export function importFeatures(
	features: readonly unknown[],
	options: ImportOptions,
	firstIndex = 0
): ImportResult {
	const events: ImportedEvent[] = [];
	const errors: ImportResult['errors'] = [];
	const report = progressReporter(features.length, options.onProgress);
	features.forEach((feature, offset) => {
		const index = firstIndex + offset;
		report(offset + 1);
		if (!isRecord(feature) || feature.type !== 'Feature') {
			errors.push({ feature: index, reason: 'it is not a GeoJSON Feature' });
			return;
		}
		const place = featurePosition(feature.geometry);
		if (typeof place === 'string') {
			errors.push({ feature: index, reason: place });
			return;
		}
		const properties = plainProperties(feature.properties);
		const dates = readPropertyDates(properties, options.dayOrder);
		if (typeof dates === 'string') {
			errors.push({ feature: index, reason: dates });
			return;
		}
		events.push({
			...place,
			...dates,
			label: textProperty(properties, labelNames) || `Feature ${index + 1}`,
			description: textProperty(properties, descriptionNames),
			properties,
			featureIndex: index
		});
	});
	return { events, errors };
}

/** The features of a FeatureCollection, a single Feature, or a bare geometry. */
function featuresOf(json: unknown): unknown[] {
	if (isRecord(json) && json.type === 'FeatureCollection') {
		if (!Array.isArray(json.features)) {
			throw new ImportFileError('This GeoJSON FeatureCollection has no “features” list.');
		}
		return json.features;
	}
	if (isRecord(json) && json.type === 'Feature') return [json];
	if (isRecord(json) && geometryTypes.has(String(json.type))) {
		return [{ type: 'Feature', geometry: json, properties: {} }];
	}
	if (isRecord(json) && json.type === 'Topology') {
		throw new ImportFileError('This is TopoJSON, not GeoJSON: open it as TopoJSON.');
	}
	throw new ImportFileError(
		'This file is JSON but not GeoJSON: expected a FeatureCollection, a Feature or a geometry.'
	);
}

/**
 * Reads a GeoJSON file into events. Each Feature needs a geometry (Points are placed as they are,
 * lines and areas at the mean of their vertices) and a date among its properties (see
 * readPropertyDates). Features that cannot be read are listed in `errors` by index; the rest
 * import. Throws ImportFileError when the file as a whole is not GeoJSON.
 *
 * @example importGeoJson('{"type":"Feature","geometry":{"type":"Point","coordinates":[27.56,53.9]},"properties":{"date":"2022-02-24"}}')
 */
export function importGeoJson(text: string, options: ImportOptions = {}): ImportResult {
	return importFeatures(featuresOf(parseJsonFile(text, 'GeoJSON')), options);
}
