import { describe, expect, it } from 'vitest';
import { editHistoryOf, emptyEditHistory } from '$lib/review/editHistory';
import type { ReviewEdit } from '$lib/review/edits';
import type { ImportedLayer } from './importedLayer';
import { openingConflicts, type LocalWork } from './openingConflicts';
import type { Project } from './projectFile';
import { planProjectOpening, prepareOpening, reversalOf } from './projectOpening';
import { packEvents } from './packedEvents';

const sample = 'davidzon-2021-belarus-ukraine-strained-ties';
const note = {
	id: 'note',
	text: 'On 14 March 2023 a drone crashed near Ocnița.',
	meta: { title: 'Drone note' }
};
const rewrittenNote = { ...note, text: 'On 15 March 2023 debris fell near Briceni.' };
const at = (minute: number) => `2024-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const accept = (minute: number): ReviewEdit => ({
	type: 'event.accept',
	target: { start: 3, end: 16 },
	at: at(minute)
});
const notPlace = (minute: number): ReviewEdit => ({
	type: 'toponym.notPlace',
	target: { start: 38, end: 44 },
	at: at(minute)
});
const event = (day: string) => ({
	lon: 27.5,
	lat: 53.9,
	start: day,
	end: day,
	precision: 'day' as const,
	label: `Event of ${day}`,
	description: '',
	properties: {},
	position: 'point' as const
});
const layer = (days: string[]): ImportedLayer => ({
	id: 'layer-1',
	name: 'events.geojson',
	format: 'geojson',
	events: packEvents(days.map(event))
});

/** A profile holding the note with one edit, a sample with one edit, and a layer. */
const local: LocalWork = {
	articles: [note],
	alwaysAvailable: [sample],
	layers: [layer(['2023-01-01'])],
	edits: { note: editHistoryOf([accept(1)]), [sample]: editHistoryOf([notPlace(2)]) },
	titles: { [sample]: 'Difficult neighbors' }
};
const file = (changes: Partial<Project>): Project => ({
	articles: [],
	edits: {},
	layers: [],
	slides: null,
	settings: {},
	...changes
});

describe('openingConflicts', () => {
	it('finds none when the file holds the same article, edits and layer', () => {
		const same = file({
			articles: [note],
			edits: { note: [accept(1)] },
			layers: [...local.layers]
		});
		expect(openingConflicts(same, local)).toEqual({ articles: [], layers: [] });
	});

	it('names the local articles whose text or edits differ, and the layers that differ', () => {
		const other = file({
			articles: [rewrittenNote],
			edits: { [sample]: [accept(3)] },
			layers: [layer(['2023-02-02'])]
		});
		expect(openingConflicts(other, local)).toEqual({
			articles: [
				{ id: 'note', title: 'Drone note' },
				{ id: sample, title: 'Difficult neighbors' }
			],
			layers: [{ id: 'layer-1', name: 'events.geojson' }]
		});
	});

	it('finds none when the file only adds edits to the ones here: every choice keeps all', () => {
		const more = file({ articles: [note], edits: { note: [accept(1), notPlace(3)] } });
		expect(openingConflicts(more, local)).toEqual({ articles: [], layers: [] });
	});

	it('counts fewer edits in the file (an older save) as a difference: replace would drop some', () => {
		const older = file({ articles: [note], edits: {} });
		expect(openingConflicts(older, local).articles).toEqual([{ id: 'note', title: 'Drone note' }]);
	});
});

describe('planProjectOpening, for the same ids', () => {
	const edited = file({ articles: [note], edits: { note: [notPlace(5)] } });
	const rewritten = file({ articles: [rewrittenNote], edits: { note: [notPlace(5)] } });

	it('replace: the file’s edits take the place of the local ones', () => {
		const opening = planProjectOpening(edited, local, 'replace');
		expect(opening.articles).toEqual([]);
		expect(opening.edits).toEqual({ note: editHistoryOf([notPlace(5)]) });
	});

	it('replace: the file’s article and its edits take the place of a local one of another text', () => {
		const opening = planProjectOpening(rewritten, local, 'replace');
		expect(opening.articles).toEqual([rewrittenNote]);
		expect(opening.edits).toEqual({ note: editHistoryOf([notPlace(5)]) });
		expect(opening.renamedArticles.size).toBe(0);
	});

	it('replace: a sample’s edits are the file’s, and the file’s article of a sample’s id is kept beside it', () => {
		const overSample = file({
			articles: [{ ...note, id: sample }],
			edits: {}
		});
		const opening = planProjectOpening(overSample, local, 'replace');
		expect(opening.articles.map(({ id }) => id)).toEqual([`${sample}-2`]);
		expect(opening.edits[sample]).toBeUndefined();
		const edits = planProjectOpening(file({ edits: { [sample]: [accept(7)] } }), local, 'replace');
		expect(edits.edits).toEqual({ [sample]: editHistoryOf([accept(7)]) });
	});

	it('keep-both: a file’s article of another text is added under a new id, with its edits', () => {
		const opening = planProjectOpening(rewritten, local, 'keep-both');
		expect(opening.articles).toEqual([{ ...rewrittenNote, id: 'note-2' }]);
		expect(opening.edits).toEqual({ 'note-2': editHistoryOf([notPlace(5)]) });
		expect(opening.notices).toEqual([
			'The article “Drone note” differs from the one of the same id here; both are kept.'
		]);
	});

	it('merge: the edits of both are kept, in time order', () => {
		const opening = planProjectOpening(edited, local, 'merge');
		expect(opening.articles).toEqual([]);
		expect(opening.edits).toEqual({ note: editHistoryOf([accept(1), notPlace(5)]) });
	});

	it('merge: the local text stays, and the file’s edits made on another text are left out', () => {
		const opening = planProjectOpening(rewritten, local, 'merge');
		expect(opening.articles).toEqual([]);
		expect(opening.edits).toEqual({});
		expect(opening.notices).toEqual([
			'Review edits of the file for an article whose text differs here were left out.'
		]);
	});

	it('puts layers as each choice says', () => {
		const other = file({ layers: [layer(['2023-01-01', '2023-02-02'])] });
		expect(planProjectOpening(other, local, 'replace').layers).toEqual(other.layers);
		expect(planProjectOpening(other, local, 'keep-both').layers).toEqual([
			{ ...other.layers[0], id: 'layer-1-2' }
		]);
		expect(planProjectOpening(other, local, 'merge').layers).toEqual(other.layers);
		const fewer = file({ layers: [layer(['2023-02-02'])] });
		expect(planProjectOpening(fewer, local, 'merge').layers).toEqual([
			layer(['2023-01-01', '2023-02-02'])
		]);
	});

	it('takes the layers merged beforehand, made from the local layer as it still is', async () => {
		const fewer = file({ layers: [layer(['2023-02-02'])] });
		const mergedBefore = await prepareOpening(fewer, local, 'merge');
		expect((await prepareOpening(fewer, local, 'keep-both')).size).toBe(0);
		const [merged] = mergedBefore.values();
		expect(merged).toEqual(layer(['2023-01-01', '2023-02-02']));
		expect(planProjectOpening(fewer, local, 'merge', mergedBefore).layers[0]).toBe(merged);
		// The local layer changed meanwhile: merged again, with it.
		const changed = { ...local, layers: [layer(['2023-03-03'])] };
		expect(planProjectOpening(fewer, changed, 'merge', mergedBefore).layers).toEqual([
			layer(['2023-03-03', '2023-02-02'])
		]);
	});
});

describe('reversalOf', () => {
	it('puts back what a replace replaced, and takes out what it added', () => {
		const opening = planProjectOpening(
			file({
				articles: [rewrittenNote, { ...note, id: 'new' }],
				edits: { note: [notPlace(5)], new: [accept(6)] },
				layers: [layer(['2023-02-02']), { ...layer([]), id: 'layer-2' }]
			}),
			local,
			'replace'
		);
		expect(reversalOf(opening, local)).toEqual({
			articles: [note],
			layers: local.layers,
			edits: { note: local.edits.note, new: emptyEditHistory },
			removedArticleIds: ['new'],
			removedLayerIds: ['layer-2']
		});
	});
});
