import { dayFromIso, isoFromDay, type Day } from '$lib/time/days';

/** What a permalink restores. Every field is optional: a link may carry only some of them. */
export interface PermalinkState {
	articleIds?: string[];
	window?: { start: Day; end: Day };
	eventKey?: string;
	view?: { lon: number; lat: number; zoom: number };
}

export interface ParsedPermalink {
	state: PermalinkState;
	/** Parts of the link that were ignored, in words, for a short notice. */
	problems: string[];
}

export const permalinkVersion = 1;
const maxHashLength = 4_000;
const idPattern = /^[\w.-]{1,200}$/;
const eventKeyPattern = /^[\w.-]{1,200}:\d{1,6}$/;

export function serializePermalink(state: PermalinkState): string {
	const params = new URLSearchParams({ v: String(permalinkVersion) });
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
	return `#${params.toString()}`;
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
	if (version !== String(permalinkVersion)) {
		return { state, problems: [`the link has an unknown format version (${version ?? 'none'})`] };
	}

	const articles = params.get('articles');
	if (articles !== null) {
		const ids = articles.split(',').filter(Boolean);
		if (ids.every((id) => idPattern.test(id))) state.articleIds = ids;
		else problems.push('the list of articles');
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
	return { state, problems };
}
