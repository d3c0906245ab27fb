import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { importFeatures, parseJsonFile } from './importGeoJson';
import { ImportFileError, type ImportOptions, type ImportResult } from './importResult';
import { isRecord } from '$lib/json/isRecord';

/** The features of one named object of a topology; throws when its arcs cannot be followed. */
function featuresOfObject(topology: Topology, name: string, object: unknown): unknown[] {
	try {
		const converted: unknown = feature(topology, object as GeometryObject);
		if (isRecord(converted) && Array.isArray(converted.features)) return converted.features;
		return [converted];
	} catch {
		throw new ImportFileError(
			`The TopoJSON object “${name}” cannot be read: its arcs or transform are damaged.`
		);
	}
}

/**
 * Reads a TopoJSON file into events: every object of the topology is turned into GeoJSON
 * features (with topojson-client) and read as importGeoJson reads them. Features are numbered
 * across all objects, in the order of `objects`. Throws ImportFileError when the file is not a
 * Topology or its arcs are damaged.
 */
export function importTopoJson(text: string, options: ImportOptions = {}): ImportResult {
	const json = parseJsonFile(text, 'TopoJSON');
	if (!isRecord(json) || json.type !== 'Topology' || !isRecord(json.objects)) {
		throw new ImportFileError(
			'This file is JSON but not TopoJSON: expected a Topology with objects.'
		);
	}
	if (json.arcs !== undefined && !Array.isArray(json.arcs)) {
		throw new ImportFileError('This TopoJSON file has an “arcs” member that is not a list.');
	}
	const topology = { ...json, arcs: json.arcs ?? [] } as unknown as Topology;
	const features = Object.entries(topology.objects).flatMap(([name, object]) =>
		isRecord(object) ? featuresOfObject(topology, name, object) : []
	);
	return importFeatures(features, options);
}
