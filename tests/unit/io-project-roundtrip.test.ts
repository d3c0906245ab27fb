import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importGeoJson } from '../../src/lib/io/importGeoJson';
import type { ImportedLayer } from '../../src/lib/io/importedLayer';
import { parseProject, projectFileBlob, type Project } from '../../src/lib/io/projectFile';
import type { LocalWork } from '../../src/lib/io/openingConflicts';
import { withoutDanglingEdits } from '../../src/lib/io/danglingEdits';
import { planProjectOpening } from '../../src/lib/io/projectOpening';
import { editHistoryOf } from '../../src/lib/review/editHistory';
import { parsePortableDeck, serializeDeck } from '../../src/lib/slides/deckRecord';
import type { ReviewEdit } from '../../src/lib/review/edits';
import { fixtureSlide } from './slides-fixture';
import { chunkEvents, packEvents } from '../../src/lib/io/packedEvents';

const sample = 'davidzon-2021-belarus-ukraine-strained-ties';
const samples = [sample, 'mahda-2025-belarus-ukraine-hybrid-relations'];
const pasted = {
	id: 'debris-in-moldova-m1',
	text: 'On 14 March 2023 a drone crashed near Ocnița.',
	format: 'text' as const,
	meta: { title: 'Debris in Moldova', published: '2023-03-15', url: null }
};
const at = (minute: number) => `2024-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const samplePlaceEdit: ReviewEdit = {
	type: 'toponym.notPlace',
	target: { start: 120, end: 125 },
	at: at(1)
};
const pastedEdits: ReviewEdit[] = [
	{ type: 'event.accept', target: { start: 3, end: 16 }, at: at(2) },
	{
		type: 'toponym.move',
		target: { start: 38, end: 44 },
		value: { lon: 27.79, lat: 48.38 },
		at: at(3)
	}
];
const removedArticleEdit: ReviewEdit = {
	type: 'event.notEvent',
	target: { start: 0, end: 4 },
	at: at(4)
};
const layer: ImportedLayer = {
	id: 'layer-1',
	name: 'events.geojson',
	format: 'geojson',
	events: packEvents(
		importGeoJson(fs.readFileSync(path.resolve('tests/fixtures/io/events.geojson'), 'utf8')).events
	)
};
const slides = {
	record: serializeDeck([fixtureSlide('s1'), fixtureSlide('s2')]),
	images: { 'image-s1': 'iVBORw0KGgo=', 'image-s2': 'iVBORw0KGgo=' }
};

/** The project as the workspace holds it after ordinary use, before saving. */
const working: Project = {
	articles: [pasted],
	edits: {
		[sample]: [samplePlaceEdit],
		[pasted.id]: pastedEdits,
		'removed-article-m0': [removedArticleEdit]
	},
	layers: [layer],
	slides,
	settings: { shownArticleIds: [sample, pasted.id], link: '#a=x' }
};

const freshProfile: LocalWork = {
	articles: [],
	alwaysAvailable: samples,
	layers: [],
	edits: {},
	titles: {}
};

describe('a project file saved after every kind of edit', () => {
	const { project: saved, leftOut } = withoutDanglingEdits(working, samples);
	let reopened: Project;
	beforeAll(async () => {
		reopened = parseProject(await (await projectFileBlob(saved)).text());
	});

	it('leaves out only the edits of a removed article, and names it', () => {
		expect(leftOut).toEqual(['removed-article-m0']);
		expect(Object.keys(saved.edits).sort()).toEqual([pasted.id, sample].sort());
	});

	it('opens in a fresh profile with the same articles, edits (a sample article’s too), layers, slides and view', () => {
		const opening = planProjectOpening(reopened, freshProfile);
		expect(opening.notices).toEqual([]);
		expect(opening.articles).toEqual([pasted]);
		expect(opening.layers).toEqual([layer]);
		expect(opening.edits).toEqual({
			[sample]: editHistoryOf([samplePlaceEdit]),
			[pasted.id]: editHistoryOf(pastedEdits)
		});
		expect(reopened.settings).toEqual(working.settings);
		const deck = parsePortableDeck(reopened.slides);
		expect(deck.problems).toEqual([]);
		expect(deck.slides.map(({ slide }) => slide)).toEqual([fixtureSlide('s1'), fixtureSlide('s2')]);
	});

	it('of an older geobrief, with edits for a removed article, still opens: those edits are dropped with a notice', async () => {
		const file = await (await projectFileBlob(working)).text();
		const opening = planProjectOpening(parseProject(file), freshProfile);
		expect(opening.articles).toEqual([pasted]);
		expect(Object.keys(opening.edits).sort()).toEqual([pasted.id, sample].sort());
		expect(opening.notices).toEqual([
			'Review edits for an article neither in the file nor here were left out (“removed-article-m0”).'
		]);
	});
});

describe('opening a project file over local work with the same ids', () => {
	const file = withoutDanglingEdits(working, samples).project;

	it('adds nothing twice when the same article and layer are already here, and returns edits to merge', () => {
		const opening = planProjectOpening(file, {
			...freshProfile,
			articles: [pasted],
			layers: [layer]
		});
		expect(opening.articles).toEqual([]);
		expect(opening.layers).toEqual([]);
		expect(opening.edits[pasted.id]).toEqual(editHistoryOf(pastedEdits));
		expect(opening.notices).toEqual([]);
	});

	it('keeps a different local article and layer of the same id beside the file’s, whose edits follow it', () => {
		const local = { ...pasted, text: 'Another text altogether.' };
		const localLayer = {
			...layer,
			events: packEvents(layer.events.chunks.flatMap(chunkEvents).slice(1))
		};
		const opening = planProjectOpening(file, {
			...freshProfile,
			articles: [local, { ...local, id: `${pasted.id}-2` }],
			layers: [localLayer]
		});
		expect(opening.articles).toEqual([{ ...pasted, id: `${pasted.id}-3` }]);
		expect(opening.renamedArticles).toEqual(new Map([[pasted.id, `${pasted.id}-3`]]));
		expect(opening.edits[`${pasted.id}-3`]).toEqual(editHistoryOf(pastedEdits));
		expect(opening.edits[pasted.id]).toBeUndefined();
		expect(opening.layers).toEqual([{ ...layer, id: 'layer-1-2' }]);
		expect(opening.notices).toHaveLength(2);
		expect(opening.notices[0]).toMatch(/“Debris in Moldova” differs .* both are kept/);
	});

	it('never takes a sample article’s id for an article of the file', () => {
		const opening = planProjectOpening(
			{ ...file, articles: [{ ...pasted, id: sample }], edits: {} },
			freshProfile
		);
		expect(opening.articles.map((a) => a.id)).toEqual([`${sample}-2`]);
	});
});
