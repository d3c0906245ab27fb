import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '$lib/extract/types';
import { reviewEditProblem } from './editShape';
import type { ReviewedToponym } from './reviewEdit';
import { eventEdit, parseTypedCoordinates, placeEdit, resolvedPlaceLabel } from './reviewActions';

const at = '2026-11-23T10:00:00.000Z';
const mention = { start: 10, end: 15 };

describe('placeEdit', () => {
	it('targets the mention and keeps only the place fields of a search result', () => {
		const edit = placeEdit(
			mention,
			{
				type: 'rematch',
				place: {
					name: 'Brest',
					lat: 52.1,
					lon: 23.7,
					kind: 'city',
					countryIso2: 'BY',
					geonameid: 629634,
					score: 0.9,
					matchedName: null
				} as never
			},
			at
		);
		expect(edit).toEqual({
			type: 'toponym.rematch',
			target: mention,
			value: {
				name: 'Brest',
				lat: 52.1,
				lon: 23.7,
				kind: 'city',
				countryIso2: 'BY',
				geonameid: 629634
			},
			at
		});
		expect(reviewEditProblem(edit)).toBeNull();
	});

	it('makes a valid edit of every other decision', () => {
		for (const action of [
			{ type: 'accept' },
			{ type: 'move', lon: 27.5, lat: 53.9 },
			{ type: 'notPlace' },
			{ type: 'unknown' }
		] as const) {
			const edit = placeEdit(mention, action, at);
			expect(edit.target).toEqual(mention);
			expect(reviewEditProblem(edit)).toBeNull();
		}
	});
});

describe('eventEdit', () => {
	const event = { dateStart: 40, dateEnd: 54 } as ExtractedEvent;
	it('targets the event’s date text', () => {
		expect(eventEdit(event, { type: 'kind', kind: 'economic' }, at)).toEqual({
			type: 'event.editKind',
			target: { start: 40, end: 54 },
			value: 'economic',
			at
		});
		const date = eventEdit(
			event,
			{ type: 'date', interval: { start: '2022-03-01', end: '2022-03-31', precision: 'month' } },
			at
		);
		expect(reviewEditProblem(date)).toBeNull();
	});
});

describe('parseTypedCoordinates', () => {
	it('reads latitude first, with commas, spaces or hemispheres', () => {
		expect(parseTypedCoordinates('53.9, 27.56')).toEqual({ lat: 53.9, lon: 27.56 });
		expect(parseTypedCoordinates(' 53.9 27.56 ')).toEqual({ lat: 53.9, lon: 27.56 });
		expect(parseTypedCoordinates('33.9S 18.4E')).toEqual({ lat: -33.9, lon: 18.4 });
		expect(parseTypedCoordinates('40.7°N, 74.0°W')).toEqual({ lat: 40.7, lon: -74 });
	});

	it('refuses what is not a position', () => {
		for (const text of ['', 'Minsk', '95, 27', '53.9, 190', '53.9', '1,2,3']) {
			expect(parseTypedCoordinates(text)).toBeNull();
		}
	});
});

describe('resolvedPlaceLabel', () => {
	const vienna = { name: 'Vienna', countryIso2: 'AT', kind: 'city', lat: 48.2085, lon: 16.3721 };
	const reviewed = (toponym: object, automatic: object | null) =>
		({ ...toponym, review: { status: 'corrected', automatic, editedAt: at } }) as ReviewedToponym;

	it('names the place, or the point a reviewer set in its stead', () => {
		expect(resolvedPlaceLabel(reviewed(vienna, vienna))).toBe('Vienna, AT');
		expect(resolvedPlaceLabel(reviewed({ ...vienna, lat: 48.19, lon: 16.3 }, vienna))).toBe(
			'48.1900, 16.3000 (set by hand, was Vienna, AT)'
		);
		const rematched = { name: 'Vienna', countryIso2: 'US', kind: 'city', lat: 38.9, lon: -77.3 };
		expect(resolvedPlaceLabel(reviewed(rematched, vienna))).toBe('Vienna, US');
	});
});
