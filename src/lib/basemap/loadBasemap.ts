import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { countryLabelPoints } from './countryLabelPoints';
import countriesUrl from '$geodata/build/countries.topo.json?url';
import borderUrl from '$geodata/build/border.geojson?url';
import citiesUrl from '$geodata/build/cities.geojson?url';
import attributionUrl from '$geodata/build/attribution.json?url';

/** The files the first view's basemap is fetched from (small ones are inlined as data: URLs). */
export const basemapFileUrls = [countriesUrl, borderUrl, citiesUrl, attributionUrl];

export interface AttributionEntry {
	id: string;
	text: string;
	licence: string;
	url: string;
}

/** What the basemap style draws. */
export interface BasemapData {
	countries: FeatureCollection;
	countryLabels: FeatureCollection<Point>;
	border: FeatureCollection;
	cities: FeatureCollection;
	attribution: string;
}

export interface Basemap extends BasemapData {
	sources: AttributionEntry[];
	borderLengthKm: number;
}

/** A data artifact that is missing or unreadable; its message is shown to the user as is. */
export class BasemapError extends Error {
	constructor(artifact: string, reason: string) {
		super(`The map data file “${artifact}” could not be loaded: ${reason}.`);
		this.name = 'BasemapError';
	}
}

async function fetchJson(url: string, artifact: string): Promise<unknown> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch {
		throw new BasemapError(artifact, 'the request failed');
	}
	if (!response.ok) throw new BasemapError(artifact, `the server answered ${response.status}`);
	try {
		return await response.json();
	} catch {
		throw new BasemapError(artifact, 'it is not valid JSON');
	}
}

function asFeatureCollection(json: unknown, artifact: string): FeatureCollection {
	const candidate = json as FeatureCollection;
	if (candidate?.type !== 'FeatureCollection' || !Array.isArray(candidate.features)) {
		throw new BasemapError(artifact, 'it is not a GeoJSON FeatureCollection');
	}
	return candidate;
}

function topologyToCountries(json: unknown): FeatureCollection<Polygon | MultiPolygon> {
	const topology = json as Topology;
	const objectName = topology?.type === 'Topology' ? Object.keys(topology.objects ?? {})[0] : '';
	if (!objectName) throw new BasemapError('countries.topo.json', 'it is not a TopoJSON topology');
	const countries = feature(topology, topology.objects[objectName]) as unknown;
	return asFeatureCollection(countries, 'countries.topo.json') as FeatureCollection<
		Polygon | MultiPolygon
	>;
}

function attributionEntries(json: unknown): AttributionEntry[] {
	if (!Array.isArray(json) || json.some((entry) => typeof entry?.text !== 'string')) {
		throw new BasemapError('attribution.json', 'it is not a list of sources');
	}
	return json as AttributionEntry[];
}

function lengthOf(border: FeatureCollection): number {
	const lengthKm = Number((border.features[0] as Feature | undefined)?.properties?.length_km);
	if (!Number.isFinite(lengthKm))
		throw new BasemapError('border.geojson', 'it has no measured length');
	return lengthKm;
}

export async function loadBasemap(): Promise<Basemap> {
	const [countriesJson, borderJson, citiesJson, attributionJson] = await Promise.all([
		fetchJson(countriesUrl, 'countries.topo.json'),
		fetchJson(borderUrl, 'border.geojson'),
		fetchJson(citiesUrl, 'cities.geojson'),
		fetchJson(attributionUrl, 'attribution.json')
	]);
	const countries = topologyToCountries(countriesJson);
	const border = asFeatureCollection(borderJson, 'border.geojson');
	const sources = attributionEntries(attributionJson);
	return {
		countries,
		countryLabels: countryLabelPoints(countries),
		border,
		cities: asFeatureCollection(citiesJson, 'cities.geojson'),
		attribution: sources.map((source) => source.text).join(' · '),
		sources,
		borderLengthKm: lengthOf(border)
	};
}
