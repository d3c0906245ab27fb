import {
	analysisLayerIds,
	type AnalysisLayerId,
	type LinkedLayers,
	type LinkedRing
} from '$lib/analysis/layerTypes';
export type { LinkedLayers, LinkedRing } from '$lib/analysis/layerTypes';
import { dayFromIso, isoFromDay, type Day } from '$lib/time/days';
import { filterValues, isFiltering, type EventFilters } from './eventFilters';

/** What a permalink restores. Every field is optional: a link may carry only some of them. */
export interface PermalinkState {
	articleIds?: string[];
	window?: { start: Day; end: Day };
	eventKey?: string;
	view?: { lon: number; lat: number; zoom: number };
	layers?: LinkedLayers;
	filters?: EventFilters;
	/** Imported layers hidden from the map and the timeline; the others are shown. */
	hiddenLayerIds?: string[];
}

export interface ParsedPermalink {
	state: PermalinkState;
	/** Parts of the link that were ignored, in words, for a short notice. */
	problems: string[];
}

/**
 * Version 2 added event filters. A link without filters is still written as version 1, the same
 * as before, so that it also opens in builds that know only version 1.
 */
export const permalinkVersion = 2;
const readableVersions = ['1', '2'];
/** The link parameter of each event filter. */
const filterParams = { kinds: 'kinds', precisions: 'precision', reviewStatuses: 'review' } as const;
const maxHashLength = 4_000;
const idPattern = /^[\w.-]{1,200}$/;
const eventKeyPattern = /^[\w.-]{1,200}:\d{1,6}$/;

export function serializePermalink(state: PermalinkState): string {
	const filtered = state.filters && isFiltering(state.filters);
	const params = new URLSearchParams({ v: filtered ? String(permalinkVersion) : '1' });
	if (state.articleIds?.length) params.set('articles', state.articleIds.join(','));
	if (state.window) {
		params.set('from', isoFromDay(state.window.start));
		params.set('to', isoFromDay(state.window.end));
	}
	if (state.eventKey) params.set('event', state.eventKey);
	if (state.view) {
		const { lon, lat, zoom } = state.view;
		params.set('map', [lon.toFixed(4), lat.toFixed(4), zoom.toFixed(2)].join(','));
	}
	const layers = state.layers;
	if (layers && (layers.visible.length || layers.zonesKm || layers.rings?.length)) {
		params.set('layers', layers.visible.join(','));
		if (layers.zonesKm) params.set('zones', layers.zonesKm.join(','));
		if (layers.rings?.length) {
			const rings = layers.rings.map(({ lon, lat, radiusKm, label }) =>
				[lon.toFixed(4), lat.toFixed(4), radiusKm, encodeURIComponent(label)].join(',')
			);
			params.set('rings', rings.join(';'));
		}
	}
	if (state.hiddenLayerIds?.length) params.set('hide', state.hiddenLayerIds.join(','));
	if (filtered) {
		for (const [field, name] of Object.entries(filterParams)) {
			const values = state.filters?.[field as keyof EventFilters];
			if (values) params.set(name, values.join(','));
		}
	}
	return `#${params.toString()}`;
}

/** The filters a link sets; undefined if any is malformed. */
function parseFilters(params: URLSearchParams): EventFilters | undefined {
	const filters: Record<string, readonly string[]> = {};
	for (const [field, name] of Object.entries(filterParams)) {
		const value = params.get(name);
		if (value === null) continue;
		const values = value.split(',').filter(Boolean);
		const allowed: readonly string[] = filterValues[field as keyof EventFilters];
		if (!values.every((one) => allowed.includes(one))) return undefined;
		filters[field] = values;
	}
	return filters as EventFilters;
}

function parseDay(value: string | null): Day | undefined {
	if (!value) return undefined;
	try {
		return dayFromIso(value);
	} catch {
		return undefined;
	}
}

function parseView(value: string): PermalinkState['view'] {
	const parts = value.split(',').map(Number);
	if (parts.length !== 3 || parts.some((part) => !Number.isFinite(part))) return undefined;
	const [lon, lat, zoom] = parts;
	if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return undefined;
	return { lon, lat, zoom };
}

const ringLabelPattern = /^[^<>]{1,80}$/;

function parseLayers(params: URLSearchParams): LinkedLayers | undefined {
	const visible = (params.get('layers') ?? '').split(',').filter(Boolean);
	if (!visible.every((id) => (analysisLayerIds as readonly string[]).includes(id)))
		return undefined;
	const layers: LinkedLayers = { visible: visible as AnalysisLayerId[] };
	const zones = params.get('zones');
	if (zones !== null) {
		const zonesKm = zones.split(',').map(Number);
		const increasing = zonesKm.every((km, i) => km > (zonesKm[i - 1] ?? 0) && km <= 1_000);
		if (!increasing || zonesKm.length > 6) return undefined;
		layers.zonesKm = zonesKm;
	}
	const rings = params.get('rings');
	if (rings !== null) {
		const parsed = rings.split(';').map((ring) => {
			const [lon, lat, radiusKm, label] = ring.split(',');
			let name: string;
			try {
				name = decodeURIComponent(label ?? '');
			} catch {
				return null;
			}
			const linked = {
				lon: Number(lon),
				lat: Number(lat),
				radiusKm: Number(radiusKm),
				label: name
			};
			const valid =
				Math.abs(linked.lon) <= 180 &&
				Math.abs(linked.lat) <= 90 &&
				linked.radiusKm > 0 &&
				linked.radiusKm <= 10_000 &&
				ringLabelPattern.test(linked.label);
			return valid ? linked : null;
		});
		if (parsed.some((ring) => ring === null) || parsed.length > 20) return undefined;
		layers.rings = parsed as LinkedRing[];
	}
	return layers;
}

/**
 * The link with its articles under new ids (`renamed`, old id to new), as when a project file's
 * article is kept beside a different local one of the same id; the event key follows its article.
 */
export function withRenamedArticles(
	state: PermalinkState,
	renamed: ReadonlyMap<string, string>
): PermalinkState {
	const rename = (id: string) => renamed.get(id) ?? id;
	const key = state.eventKey;
	const separator = key?.lastIndexOf(':') ?? -1;
	return {
		...state,
		articleIds: state.articleIds?.map(rename),
		eventKey: key && rename(key.slice(0, separator)) + key.slice(separator)
	};
}

/** Reads a URL hash; anything malformed is left out and named in `problems`, never thrown. */
export function parsePermalink(hash: string): ParsedPermalink {
	const problems: string[] = [];
	const state: PermalinkState = {};
	const body = hash.replace(/^#/, '');
	if (!body) return { state, problems };
	if (body.length > maxHashLength) return { state, problems: ['the link is too long'] };

	let params: URLSearchParams;
	try {
		params = new URLSearchParams(body);
	} catch {
		return { state, problems: ['the link cannot be read'] };
	}
	const version = params.get('v');
	if (!version || !readableVersions.includes(version)) {
		return { state, problems: [`the link has an unknown format version (${version ?? 'none'})`] };
	}

	const articles = params.get('articles');
	if (articles !== null) {
		const ids = articles.split(',').filter(Boolean);
		if (ids.every((id) => idPattern.test(id))) state.articleIds = ids;
		else problems.push('the list of articles');
	}
	const hidden = params.get('hide');
	if (hidden !== null) {
		const ids = hidden.split(',').filter(Boolean);
		if (ids.every((id) => idPattern.test(id))) state.hiddenLayerIds = ids;
		else problems.push('the hidden layers');
	}

	if (params.has('from') || params.has('to')) {
		const start = parseDay(params.get('from'));
		const end = parseDay(params.get('to'));
		if (start !== undefined && end !== undefined && start <= end) state.window = { start, end };
		else problems.push('the time window');
	}

	const eventKey = params.get('event');
	if (eventKey !== null) {
		if (eventKeyPattern.test(eventKey)) state.eventKey = eventKey;
		else problems.push('the selected event');
	}

	const map = params.get('map');
	if (map !== null) {
		const view = parseView(map);
		if (view) state.view = view;
		else problems.push('the map view');
	}

	if (params.has('layers')) {
		const layers = parseLayers(params);
		if (layers) state.layers = layers;
		else problems.push('the analysis layers');
	}
	if (Object.values(filterParams).some((name) => params.has(name))) {
		const filters = parseFilters(params);
		if (filters) state.filters = filters;
		else problems.push('the event filters');
	}
	return { state, problems };
}
