import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inputDigest } from '$lib/extract/inputDigest';
import { loadArticles, loadEdits, transactWorkspace } from '$lib/storage/workspaceStore';
import {
	balticInput,
	readInThread,
	storeRows,
	stubIndexedDb
} from '../../../tests/unit/state-fixture';
import { ExplorerState } from './explorer.svelte';
import { Workspace } from './workspace.svelte';

const workspaces: Workspace[] = [];
/** A workspace over its own explorer, and how many times it said an article settled. */
function workspaceOf() {
	const explorer = new ExplorerState();
	const settled = { count: 0 };
	const workspace = new Workspace({
		explorer,
		extractor: { digest: inputDigest, extract: readInThread },
		alwaysAvailableArticleIds: [],
		onSettled: () => settled.count++
	});
	workspaces.push(workspace);
	return { explorer, workspace, settled };
}

const article = { input: balticInput('mine'), addedAt: '2024-06-20T10:00:00.000Z' };

beforeEach(stubIndexedDb);
afterEach(async () => {
	// A write still queued would land in the next test's database.
	await Promise.all(workspaces.splice(0).map((workspace) => workspace.close()));
	vi.unstubAllGlobals();
});

describe('Workspace', () => {
	it('reads and stores an added article, and says when it settled', async () => {
		const { explorer, workspace, settled } = workspaceOf();
		workspace.addArticles([article], true);
		await vi.waitFor(() => expect(settled.count).toBe(1), { timeout: 15_000 });
		expect(explorer.articles[0].status).toBe('ready');
		expect(explorer.shownArticleIds).toEqual(['mine']);
		await vi.waitFor(async () => expect(await loadArticles()).toEqual([article]));
	});

	it('removes an article with an undo, and forgets the undo once dismissed', async () => {
		const { explorer, workspace } = workspaceOf();
		workspace.addArticles([article], true);
		workspace.removeArticle('mine');
		expect(explorer.articles).toEqual([]);
		expect(workspace.undoable?.message).toBe('Removed “Baltic security”.');
		workspace.undo();
		expect(workspace.undoable).toBeNull();
		expect(explorer.shownArticleIds).toEqual(['mine']);

		workspace.removeArticle('mine');
		workspace.dismissUndo();
		expect(workspace.undoable).toBeNull();
		expect(explorer.articles).toEqual([]);
		await vi.waitFor(async () => expect(await loadArticles()).toEqual([]));
	});

	it('shows a layer stored as rows by an earlier version, then stores it packed', async () => {
		const row = { lon: 24, lat: 50, start: '2023-05-06', end: '2023-05-06', precision: 'day' };
		const rows = [{ ...row, label: 'one', description: '', properties: {}, position: 'point' }];
		await storeRows({ id: 'old', name: 'old.csv', format: 'csv', events: rows });
		const { explorer, workspace } = workspaceOf();
		await workspace.restore();
		await workspace.layersRestored;
		expect(explorer.importedLayers.map((layer) => [layer.id, layer.events.count])).toEqual([
			['old', 1]
		]);
		await vi.waitFor(async () => {
			const [stored] = await transactWorkspace(['layers'], 'readonly', 'the layers', null, (t) =>
				t.objectStore('layers').getAll()
			);
			expect(Array.isArray(stored.events)).toBe(false);
		});
	});

	it('says when storage fails, until dismissed', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const { workspace } = workspaceOf();
		expect(await workspace.restore()).toEqual([]);
		expect(workspace.storageNotice).toBe('This browser has no IndexedDB.');
		workspace.dismissStorageNotice();
		expect(workspace.storageNotice).toBeNull();
	});

	it('merges the review edits another tab stored, and says so until dismissed', async () => {
		const here = workspaceOf();
		const there = workspaceOf();
		await Promise.all([here.workspace.restore(), there.workspace.restore()]);
		there.explorer.recordEdit('mine', {
			type: 'event.accept',
			target: { start: 0, end: 6 },
			at: '2024-06-20T10:00:00.000Z'
		});
		there.workspace.saveChangedEdits();
		await vi.waitFor(() => expect(here.workspace.changedElsewhere).toBe(true), {
			timeout: 5_000
		});
		expect(here.explorer.edits.mine?.edits).toHaveLength(1);
		expect((await loadEdits()).mine?.edits).toHaveLength(1);
		here.workspace.dismissChangedElsewhere();
		expect(here.workspace.changedElsewhere).toBe(false);
	});
});
