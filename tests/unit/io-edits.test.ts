import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index';
import type { Place } from '../../src/lib/extract/types';
import {
	editHistoryOf,
	emptyEditHistory,
	mergeEditHistories,
	recordEdit,
	redoEdit,
	undoEdit
} from '../../src/lib/review/editHistory';
import { applyEdits, reviewStatusOf, type ReviewEdit } from '../../src/lib/review/edits';
import { reviewEditProblem } from '../../src/lib/review/editShape';
import { gazetteer } from './extract-fixture';

const text =
	'In April 2023, Kyiv recalled its ambassador from Minsk. On 24 February 2022, Russian forces crossed from Belarus near Chernobyl.';
const extraction = extractArticle(
	{
		id: 'doc',
		text,
		meta: { title: 'Test', published: '2024-01-01', url: 'https://example.org/a' }
	},
	gazetteer()
);
const span = (word: string) => ({
	start: text.indexOf(word),
	end: text.indexOf(word) + word.length
});
const at = '2025-01-01T00:00:00.000Z';
const chernobyl: Place = {
	name: 'Chornobyl',
	lat: 51.2763,
	lon: 30.2219,
	kind: 'city',
	countryIso2: 'UA',
	geonameid: 710403
};

describe('applyEdits', () => {
	it('with no edits, marks everything automatic and keeps the extraction as it was', () => {
		const before = JSON.stringify(extraction);
		const reviewed = applyEdits(extraction, []);
		expect(JSON.stringify(extraction)).toBe(before);
		expect(reviewed.toponyms.map(reviewStatusOf)).toEqual(['automatic', 'automatic', 'automatic']);
		expect(reviewed.events.map(reviewStatusOf)).toEqual(['automatic', 'automatic']);
		// Untouched mentions are the extractor's own objects, not copies.
		expect(reviewed.toponyms[0]).toBe(extraction.toponyms[0]);
		expect(reviewed.events[1]).toBe(extraction.events[1]);
		expect(reviewed.unmatchedEdits).toEqual([]);
	});

	it('copies only what an event edit touches', () => {
		const reviewed = applyEdits(extraction, [
			{ type: 'event.accept', target: span('April 2023'), at }
		]);
		expect(reviewStatusOf(reviewed.events[0])).toBe('accepted');
		expect(reviewed.events[1]).toBe(extraction.events[1]);
		expect(reviewed.toponyms[1]).toBe(extraction.toponyms[1]);
	});

	it('leaves events where the extractor placed them when their places are accepted', () => {
		const located = applyEdits(extraction, [{ type: 'toponym.accept', target: span('Kyiv'), at }]);
		expect(located.events.map((event) => event.location)).toEqual(
			extraction.events.map((event) => event.location)
		);
	});

	it('places an event at its next place when its place is marked as not a place', () => {
		const reviewed = applyEdits(extraction, [
			{ type: 'toponym.notPlace', target: span('Minsk'), at }
		]);
		expect(reviewed.toponyms[1].review).toMatchObject({ status: 'notPlace', editedAt: at });
		expect(reviewed.events[0].location).toMatchObject({
			toponymIndex: 0,
			lon: extraction.toponyms[0].lon
		});
		expect(extraction.events[0].location?.toponymIndex).toBe(1);
	});

	it('moves a place and its events, keeping the automatic position alongside', () => {
		const reviewed = applyEdits(extraction, [
			{ type: 'toponym.move', target: span('Minsk'), value: { lon: 27.6, lat: 53.95 }, at }
		]);
		const minsk = reviewed.toponyms[1];
		expect(minsk).toMatchObject({ lon: 27.6, lat: 53.95, review: { status: 'corrected' } });
		expect(minsk.review?.automatic).toMatchObject({ lon: 27.5667, lat: 53.9 });
		expect(reviewed.events[0].location).toMatchObject({ lon: 27.6, lat: 53.95 });
	});

	it('rematches a place, rescoping its events by the new kind', () => {
		const reviewed = applyEdits(extraction, [
			{
				type: 'toponym.rematch',
				target: span('Belarus'),
				value: { ...chernobyl, name: 'Homel', geonameid: 627907 },
				at
			}
		]);
		expect(reviewed.toponyms[2]).toMatchObject({
			name: 'Homel',
			text: 'Belarus',
			review: { status: 'corrected' }
		});
		expect(reviewed.events[1].location).toMatchObject({ scope: 'point', toponymIndex: 2 });
	});

	it('adds a place, links it to the event whose quote holds it, and places the event there once the country is unknown', () => {
		const reviewed = applyEdits(extraction, [
			{ type: 'toponym.add', target: span('Chernobyl'), value: chernobyl, at },
			{ type: 'toponym.unknown', target: span('Belarus'), at }
		]);
		expect(reviewed.toponyms[3]).toMatchObject({
			text: 'Chernobyl',
			name: 'Chornobyl',
			review: { status: 'added', automatic: null }
		});
		expect(reviewStatusOf(reviewed.toponyms[2])).toBe('unlocated');
		expect(reviewed.events[1].placeRefs).toEqual([2, 3]);
		expect(reviewed.events[1].location).toMatchObject({ toponymIndex: 3, scope: 'point' });
	});

	it('corrects the date and kind of an event, rejects and accepts events', () => {
		const interval = { start: '2023-04-12', end: '2023-04-12', precision: 'day' as const };
		const reviewed = applyEdits(extraction, [
			{ type: 'event.editDate', target: span('April 2023'), value: interval, at },
			{ type: 'event.editKind', target: span('April 2023'), value: 'political', at },
			{ type: 'event.notEvent', target: span('24 February 2022'), at },
			{ type: 'event.accept', target: span('24 February 2022'), at }
		]);
		expect(reviewed.events[0]).toMatchObject({
			interval,
			kind: 'political',
			review: { status: 'corrected' }
		});
		expect(reviewed.events[0].review?.automatic?.kind).toBe('diplomatic');
		expect(reviewStatusOf(reviewed.events[1])).toBe('accepted');
	});

	it('adds an event at a date the extractor missed, placed at the places named', () => {
		const reviewed = applyEdits(extraction, [
			{
				type: 'event.add',
				target: span('ambassador'),
				value: {
					interval: { start: '2023-04-01', end: '2023-04-30', precision: 'month' },
					kind: 'diplomatic',
					label: 'Ambassador recalled',
					quoteStart: 0,
					quoteEnd: 55,
					places: [span('Kyiv')]
				},
				at
			}
		]);
		expect(reviewed.events[2]).toMatchObject({
			id: `doc:added:${span('ambassador').start}-${span('ambassador').end}`,
			dateText: 'ambassador',
			placeRefs: [0],
			location: { toponymIndex: 0, lon: extraction.toponyms[0].lon },
			review: { status: 'added', automatic: null }
		});
	});

	it('returns edits whose target is not in the extraction as unmatched', () => {
		const stray: ReviewEdit[] = [
			{ type: 'toponym.accept', target: span('recalled'), at },
			{ type: 'event.accept', target: { start: 0, end: 10_000 }, at },
			{ type: 'toponym.add', target: span('Minsk'), value: chernobyl, at }
		];
		const reviewed = applyEdits(extraction, [
			...stray,
			{ type: 'toponym.accept', target: span('Kyiv'), at }
		]);
		expect(reviewed.unmatchedEdits).toEqual(stray);
		expect(reviewStatusOf(reviewed.toponyms[0])).toBe('accepted');
	});
});

describe('edit history', () => {
	const accept: ReviewEdit = { type: 'toponym.accept', target: span('Kyiv'), at };
	const reject: ReviewEdit = { type: 'toponym.notPlace', target: span('Minsk'), at };

	it('undoes and redoes edits, and a new edit clears what could be redone', () => {
		const both = recordEdit(recordEdit(emptyEditHistory, accept), reject);
		const undone = undoEdit(both);
		expect(undone).toEqual({ edits: [accept], undone: [reject] });
		expect(reviewStatusOf(applyEdits(extraction, undone.edits).toponyms[1])).toBe('automatic');
		expect(redoEdit(undone)).toEqual(both);
		expect(recordEdit(undone, reject).undone).toEqual([]);
		expect(undoEdit(emptyEditHistory)).toBe(emptyEditHistory);
		expect(redoEdit(editHistoryOf([accept]))).toEqual({ edits: [accept], undone: [] });
	});
});

describe('merging the edits of two tabs', () => {
	const stamp = (minute: number) => `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`;
	const first: ReviewEdit = { type: 'toponym.accept', target: span('Kyiv'), at: stamp(1) };
	const mine: ReviewEdit = { type: 'toponym.notPlace', target: span('Minsk'), at: stamp(3) };
	const theirs: ReviewEdit = { type: 'toponym.unknown', target: span('Belarus'), at: stamp(2) };

	it('keeps what each tab added, in time order', () => {
		const merged = mergeEditHistories([first], editHistoryOf([first, mine]), [first, theirs]);
		expect(merged.edits).toEqual([first, theirs, mine]);
	});

	it('keeps withdrawn what either tab undid since they last agreed', () => {
		const undoneHere = undoEdit(editHistoryOf([first, mine]));
		expect(mergeEditHistories([first, mine], undoneHere, [first, mine, theirs])).toEqual({
			edits: [first, theirs],
			undone: [mine]
		});
		expect(mergeEditHistories([first], editHistoryOf([first, mine]), []).edits).toEqual([mine]);
	});

	it('returns this tab’s history itself when the other brought nothing new', () => {
		const ours = editHistoryOf([first, mine]);
		expect(mergeEditHistories([first], ours, [first])).toBe(ours);
		expect(mergeEditHistories([], ours, [first, mine])).toBe(ours);
	});

	it('takes theirs when this tab changed nothing', () => {
		expect(mergeEditHistories([first], editHistoryOf([first]), [first, theirs]).edits).toEqual([
			first,
			theirs
		]);
	});
});

describe('reviewEditProblem', () => {
	it.each([
		[{ type: 'toponym.accept', target: { start: 1, end: 4 }, at }, null],
		[
			{ type: 'toponym.hide', target: { start: 1, end: 4 }, at },
			'its type “toponym.hide” is unknown'
		],
		[{ type: 'toponym.accept', target: { start: 4, end: 1 }, at }, 'its target is not a text span'],
		[
			{ type: 'toponym.move', target: { start: 1, end: 4 }, value: { lon: 200, lat: 0 }, at },
			'its new position is not a longitude and latitude'
		],
		[
			{
				type: 'event.editDate',
				target: { start: 1, end: 4 },
				value: { start: '2022-02-30', end: '2022-03-01', precision: 'day' },
				at
			},
			'its dates are not ISO days (YYYY-MM-DD)'
		],
		[
			{
				type: 'event.editDate',
				target: { start: 1, end: 4 },
				value: { start: '2023-07-01', end: '2023-09-30', precision: 'quarter' },
				at
			},
			null
		],
		[
			{
				type: 'event.editDate',
				target: { start: 1, end: 4 },
				value: { start: '1980-01-01', end: '1989-12-31', precision: 'decade' },
				at
			},
			null
		],
		[
			{
				type: 'event.editDate',
				target: { start: 1, end: 4 },
				value: { start: '2023-07-01', end: '2023-07-14', precision: 'fortnight' },
				at
			},
			'its precision “fortnight” is unknown'
		],
		[
			{ type: 'event.editKind', target: { start: 1, end: 4 }, value: 'weird', at },
			'its kind “weird” is unknown'
		]
	])('%j → %s', (edit, problem) => {
		expect(reviewEditProblem(edit)).toBe(problem);
	});
});
