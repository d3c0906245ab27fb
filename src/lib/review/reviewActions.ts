import type { DateInterval, EventKind, ExtractedEvent, Place, Span } from '$lib/extract/types';
import { placeOnly } from '$lib/extract/place';
import type { ReviewEdit } from './edits';
import type { ReviewedToponym } from './reviewEdit';

/** What a reviewer can decide about one place mention. */
export type PlaceAction =
	| { type: 'accept' }
	| { type: 'rematch'; place: Place }
	| { type: 'move'; lon: number; lat: number }
	| { type: 'notPlace' }
	| { type: 'unknown' };

/** What a reviewer can decide about one extracted event. */
export type EventAction =
	| { type: 'accept' }
	| { type: 'notEvent' }
	| { type: 'kind'; kind: EventKind }
	| { type: 'date'; interval: DateInterval };

/** The edit that records a decision about the place mentioned at `mention`. */
export function placeEdit(mention: Span, action: PlaceAction, at: string): ReviewEdit {
	const target = { start: mention.start, end: mention.end };
	switch (action.type) {
		case 'accept':
			return { type: 'toponym.accept', target, at };
		case 'rematch':
			return { type: 'toponym.rematch', target, value: placeOnly(action.place), at };
		case 'move':
			return { type: 'toponym.move', target, value: { lon: action.lon, lat: action.lat }, at };
		case 'notPlace':
			return { type: 'toponym.notPlace', target, at };
		case 'unknown':
			return { type: 'toponym.unknown', target, at };
	}
}

/** The edit that records a decision about an event, which is targeted by its date text. */
export function eventEdit(event: ExtractedEvent, action: EventAction, at: string): ReviewEdit {
	const target = { start: event.dateStart, end: event.dateEnd };
	switch (action.type) {
		case 'accept':
			return { type: 'event.accept', target, at };
		case 'notEvent':
			return { type: 'event.notEvent', target, at };
		case 'kind':
			return { type: 'event.editKind', target, value: action.kind, at };
		case 'date':
			return { type: 'event.editDate', target, value: action.interval, at };
	}
}

/**
 * Reads coordinates as a reviewer types them: "53.9, 27.56" (latitude first, as maps and
 * gazetteers print them), with optional N/S/E/W ("53.9N 27.56E"). Returns null for anything
 * that is not a latitude and a longitude.
 */
export function parseTypedCoordinates(text: string): { lat: number; lon: number } | null {
	const match = text
		.trim()
		.match(/^(-?\d+(?:\.\d+)?)\s*°?\s*([NS])?\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*°?\s*([EW])?$/i);
	if (!match) return null;
	const lat = Number(match[1]) * (match[2]?.toUpperCase() === 'S' ? -1 : 1);
	const lon = Number(match[3]) * (match[4]?.toUpperCase() === 'W' ? -1 : 1);
	if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
	return { lat, lon };
}

const statusLabels: Record<string, string> = {
	automatic: 'not reviewed',
	accepted: 'confirmed',
	corrected: 'corrected',
	added: 'added',
	notPlace: 'not a place',
	unlocated: 'place unknown',
	notEvent: 'not an event'
};

/** A review status (of a place or an event) in words. */
export function reviewStatusLabel(status: string): string {
	return statusLabels[status] ?? status;
}

/**
 * Where the review says a place mention now is: its gazetteer name and country, or the point a
 * reviewer typed or dragged to, which still carries the old name ("Vienna, AT" had stood beside a
 * pin moved to other coordinates).
 */
export function resolvedPlaceLabel(toponym: ReviewedToponym): string {
	const named = (place: { name: string; countryIso2?: string | null }) =>
		`${place.name}${place.countryIso2 ? `, ${place.countryIso2}` : ''}`;
	const before = toponym.review?.automatic;
	const moved =
		before &&
		before.name === toponym.name &&
		before.countryIso2 === toponym.countryIso2 &&
		before.kind === toponym.kind &&
		(before.lat !== toponym.lat || before.lon !== toponym.lon);
	return moved
		? `${toponym.lat.toFixed(4)}, ${toponym.lon.toFixed(4)} (set by hand, was ${named(before)})`
		: named(toponym);
}
