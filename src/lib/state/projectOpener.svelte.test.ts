import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleInput } from '$lib/extract';
import type { ImportedLayer } from '$lib/io/importedLayer';
import type { Project } from '$lib/io/projectFile';
import type { OpeningChoice, ProjectOpening } from '$lib/io/projectOpening';
import type { ReviewEdit } from '$lib/review/edits';
import { saveLayer } from '$lib/storage/layerStore';
import { loadArticles } from '$lib/storage/workspaceStore';
import { balticInput, readInThread, stubIndexedDb } from '../../../tests/unit/state-fixture';
import { inputDigest } from '$lib/extract/inputDigest';
import { ExplorerState } from './explorer.svelte';
import { ProjectOpener } from './projectOpener.svelte';
import { Workspace } from './workspace.svelte';
import { packEvents } from '$lib/io/packedEvents';

const edit = (minute: number): ReviewEdit => ({
	type: 'event.accept',
	target: { start: 0, end: 6 },
	at: `2024-06-20T10:${String(minute).padStart(2, '0')}:00.000Z`
});
const localLayer: ImportedLayer = {
	id: 'layer-1',
	name: 'mine.csv',
	format: 'csv',
	events: packEvents([])
};
const mine = balticInput('mine');
const theirs = { ...mine, text: `${mine.text}\n\nA later note.` };
/** The file's version of the local article (another text, its own edit) and of the local layer. */
const file: Project = {
	articles: [theirs],
	edits: { mine: [edit(2)] },
	layers: [{ ...localLayer, name: 'theirs.csv' }],
	slides: null,
	settings: {}
};

const workspaces: Workspace[] = [];
/** A workspace with nothing in it. */
function emptyWork() {
	const explorer = new ExplorerState();
	const workspace = new Workspace({
		explorer,
		extractor: { digest: inputDigest, extract: readInThread },
		alwaysAvailableArticleIds: []
	});
	workspaces.push(workspace);
	return { explorer, workspace };
}

/** A workspace holding one article with one review edit and one layer, and its opener. */
function localWork() {
	const { explorer, workspace } = emptyWork();
	workspace.addArticles([{ input: mine, addedAt: '2024-06-20T09:00:00.000Z' }], true);
	workspace.addLayer(localLayer, true);
	explorer.recordEdit('mine', edit(1));
	const opened: ProjectOpening[] = [];
	const opener = new ProjectOpener({
		explorer,
		workspace,
		alwaysAvailableArticleIds: [],
		now: () => '2024-06-21T09:00:00.000Z',
		onOpened: (_project, opening) => opened.push(opening)
	});
	/** The work as the user sees it: articles (id and text), layers, edits (empty histories left out). */
	const state = () => ({
		articles: [...workspace.userArticles.values()].map(({ input }) => [input.id, input.text]),
		layers: explorer.importedLayers,
		edits: Object.fromEntries(
			Object.entries(explorer.edits).filter(([, history]) => history.edits.length)
		)
	});
	return { explorer, workspace, opener, opened, state };
}

beforeEach(stubIndexedDb);
afterEach(async () => {
	// A write still queued would land in the next test's database.
	await Promise.all(workspaces.splice(0).map((workspace) => workspace.close()));
	vi.unstubAllGlobals();
});

describe('ProjectOpener', () => {
	it('asks before opening a file that differs here under the same ids; cancel changes nothing', async () => {
		const { opener, workspace, opened, state } = localWork();
		const before = state();
		await opener.open(file, 'theirs.geobrief.json');
		expect(opener.asking?.conflicts).toEqual({
			articles: [{ id: 'mine', title: 'Baltic security' }],
			layers: [{ id: 'layer-1', name: 'mine.csv' }]
		});
		await opener.choose(null);
		expect(opener.asking).toBeNull();
		expect(state()).toEqual(before);
		expect(opened).toEqual([]);
		expect(workspace.undoable).toBeNull();
	});

	it('opens at once a file that holds nothing different here', async () => {
		const { opener, opened, workspace } = localWork();
		await opener.open(
			{ ...file, articles: [mine], edits: { mine: [edit(1)] }, layers: [] },
			'same.json'
		);
		expect(opener.asking).toBeNull();
		expect(opened).toHaveLength(1);
		// Nothing was added, so there is nothing to undo: it says so instead.
		expect(workspace.undoable).toBeNull();
		expect(opened[0].notices).toEqual([
			'Opened “same.json”: its articles, layers and review edits were all here already.'
		]);
	});

	const results: Record<OpeningChoice, (state: ReturnType<typeof localWork>['state']) => void> = {
		replace: (state) =>
			expect(state()).toEqual({
				articles: [['mine', theirs.text]],
				layers: file.layers,
				edits: { mine: { edits: [edit(2)], undone: [] } }
			}),
		'keep-both': (state) =>
			expect(state()).toEqual({
				articles: [
					['mine', mine.text],
					['mine-2', theirs.text]
				],
				layers: [localLayer, { ...file.layers[0], id: 'layer-1-2' }],
				edits: {
					mine: { edits: [edit(1)], undone: [] },
					'mine-2': { edits: [edit(2)], undone: [] }
				}
			}),
		merge: (state) =>
			expect(state()).toEqual({
				articles: [['mine', mine.text]],
				layers: [localLayer],
				edits: { mine: { edits: [edit(1)], undone: [] } }
			})
	};
	for (const [choice, expectResult] of Object.entries(results)) {
		it(`opens as “${choice}” says, as one step that undo takes back exactly`, async () => {
			const { explorer, opener, workspace, state } = localWork();
			const before = state();
			// Each write is stored in a task of its own: the stored articles are waited for.
			const byId = (articles: ArticleInput[]) =>
				articles.toSorted((a, b) => a.id.localeCompare(b.id));
			const storedAre = (articles: ArticleInput[]) =>
				vi.waitFor(
					async () =>
						expect(byId((await loadArticles()).map(({ input }) => input))).toEqual(byId(articles)),
					{ timeout: 15_000 }
				);
			await opener.open(file, 'theirs.geobrief.json');
			await opener.choose(choice as OpeningChoice);
			expectResult(state);
			await storedAre([...workspace.userArticles.values()].map(({ input }) => input));
			workspace.undo();
			expect(state()).toEqual(before);
			const settled = () => explorer.articles.every(({ status }) => status === 'ready');
			await vi.waitFor(() => expect(settled()).toBe(true), { timeout: 15_000 });
			await storedAre([mine]);
		});
	}
	it('waits for the stored layers before it compares, so that a file never overwrites one unasked', async () => {
		await saveLayer(localLayer);
		const { explorer, workspace } = emptyWork();
		let drawn = () => {};
		void workspace.restore(new Promise<void>((resolve) => (drawn = resolve)));
		const opener = new ProjectOpener({
			explorer,
			workspace,
			alwaysAvailableArticleIds: [],
			now: () => '2024-06-21T09:00:00.000Z',
			onOpened: () => {}
		});
		const opening = opener.open({ ...file, articles: [], edits: {} }, 'theirs.geobrief.json');
		drawn();
		await opening;
		expect(opener.asking?.conflicts.layers).toHaveLength(1);
		expect(explorer.importedLayers).toEqual([localLayer]);
	});
});
