import { eventKinds } from '$lib/extract/eventKind';
import { datePrecisions } from '$lib/time/datePrecision';
import type { EventKind, PlaceKind } from '$lib/extract/types';
import type { ReviewEdit } from './edits';
import { isRecord, type JsonRecord } from '$lib/json/isRecord';
import { isIsoDay } from '$lib/time/calendar';

const placeKinds: readonly PlaceKind[] = [
	'country',
	'city',
	'region',
	'water',
	'facility',
	'border',
	'continent',
	'coordinates'
];
const dateModifiers = ['since', 'before', 'after'];
const editTypes: readonly ReviewEdit['type'][] = [
	'toponym.accept',
	'toponym.rematch',
	'toponym.move',
	'toponym.notPlace',
	'toponym.unknown',
	'toponym.add',
	'event.accept',
	'event.notEvent',
	'event.add',
	'event.editDate',
	'event.editKind'
];

/** What is wrong with an enumerated field, showing a bad value short and as JSON. */
function unknownValue(what: string, value: unknown): string {
	if (value === undefined) return `it has no ${what}`;
	const text = typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
	return `its ${what} ${text.length > 40 ? `${text.slice(0, 40)}…` : text} is unknown`;
}

const isOffset = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isLongitude = (value: unknown) => typeof value === 'number' && Math.abs(value) <= 180;
const isLatitude = (value: unknown) => typeof value === 'number' && Math.abs(value) <= 90;

function isSpan(value: unknown): boolean {
	return (
		isRecord(value) &&
		isOffset(value.start) &&
		isOffset(value.end) &&
		(value.end as number) > (value.start as number)
	);
}

function placeProblem(value: unknown): string | null {
	if (!isRecord(value)) return 'its place is not an object';
	if (typeof value.name !== 'string') return 'its place has no name';
	if (!isLongitude(value.lon) || !isLatitude(value.lat))
		return 'its place has no longitude and latitude';
	if (!placeKinds.includes(value.kind as PlaceKind)) return unknownValue('place kind', value.kind);
	if (value.countryIso2 !== null && typeof value.countryIso2 !== 'string')
		return 'its place has a bad country code';
	if (value.geonameid !== undefined && !isOffset(value.geonameid))
		return 'its place has a bad GeoNames id';
	return null;
}

function intervalProblem(value: unknown): string | null {
	if (!isRecord(value) || !isIsoDay(value.start) || !isIsoDay(value.end)) {
		return 'its dates are not ISO days (YYYY-MM-DD)';
	}
	if ((value.end as string) < (value.start as string)) return 'it ends before it starts';
	if (!datePrecisions.includes(value.precision as never))
		return unknownValue('precision', value.precision);
	if (value.mod !== undefined && !dateModifiers.includes(value.mod as string))
		return 'its date modifier is unknown';
	return null;
}

function addedEventProblem(value: unknown): string | null {
	if (!isRecord(value)) return 'its event is not an object';
	if (!eventKinds.includes(value.kind as EventKind)) return unknownValue('kind', value.kind);
	if (typeof value.label !== 'string') return 'its event has no label';
	if (!isOffset(value.quoteStart) || !isOffset(value.quoteEnd))
		return 'its quote offsets are not offsets';
	if (!Array.isArray(value.places) || !value.places.every(isSpan))
		return 'its places are not text spans';
	return intervalProblem(value.interval);
}

function valueProblem(edit: JsonRecord): string | null {
	switch (edit.type) {
		case 'toponym.rematch':
		case 'toponym.add':
			return placeProblem(edit.value);
		case 'toponym.move':
			return isRecord(edit.value) && isLongitude(edit.value.lon) && isLatitude(edit.value.lat)
				? null
				: 'its new position is not a longitude and latitude';
		case 'event.add':
			return addedEventProblem(edit.value);
		case 'event.editDate':
			return intervalProblem(edit.value);
		case 'event.editKind':
			return eventKinds.includes(edit.value as EventKind) ? null : unknownValue('kind', edit.value);
		default:
			return null;
	}
}

/**
 * Checks that a value read from a file is a ReviewEdit; returns what is wrong with it in words,
 * or null when it is one.
 */
export function reviewEditProblem(value: unknown): string | null {
	if (!isRecord(value)) return 'it is not an object';
	if (!editTypes.includes(value.type as ReviewEdit['type']))
		return unknownValue('type', value.type);
	if (!isSpan(value.target)) return 'its target is not a text span';
	if (typeof value.at !== 'string') return 'it has no time stamp';
	return valueProblem(value);
}
