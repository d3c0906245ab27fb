import { describe, expect, it } from 'vitest';
import { mapEventsOfLayer, type ImportedLayer } from '$lib/io/importedLayer';
import { packedEventAt, packEvents } from '$lib/io/packedEvents';
import { balticInput, extractInThread } from '../../../tests/unit/state-fixture';
import { ExplorerDocuments } from './explorerDocuments.svelte';

async function documentsWithArticle() {
	let recorded = 0;
	const documents = new ExplorerDocuments(() => recorded++);
	const extraction = await extractInThread(balticInput());
	documents.upsertArticles([{ id: 'baltic', status: 'ready', extraction }]);
	documents.showArticle('baltic');
	return { documents, extraction, edits: () => recorded };
}

describe('ExplorerDocuments', () => {
	it('adds articles, replaces one of the same id in place, and keeps their positions', async () => {
		const { documents, extraction } = await documentsWithArticle();
		documents.upsertArticles([
			{ id: 'later', status: 'loading', progress: 0.2 },
			{ id: 'baltic', status: 'error', message: 'unreadable' }
		]);
		expect(documents.articles.map((article) => article.status)).toEqual(['error', 'loading']);
		expect(documents.articlePositions.get('later')).toBe(1);
		expect(documents.readyArticles).toEqual([]);
		documents.upsertArticles([{ id: 'baltic', status: 'ready', extraction }]);
		expect(documents.readyArticle('baltic')?.doc.id).toBe('baltic');
	});

	it('keeps the list of ready articles while another article reports its progress', async () => {
		const { documents } = await documentsWithArticle();
		const ready = documents.readyArticles;
		for (const progress of [0.1, 0.5, 0.9]) {
			documents.upsertArticles([{ id: 'long', status: 'loading', progress }]);
			documents.showArticle('long');
			expect(documents.readyArticles).toBe(ready);
		}
		documents.reviewPlace('baltic', 0, { type: 'notPlace' });
		expect(documents.readyArticles).not.toBe(ready);
	});

	it('shows only the articles chosen, and forgets a removed one entirely', async () => {
		const { documents } = await documentsWithArticle();
		documents.toggleArticle('baltic');
		expect(documents.readyArticles).toEqual([]);
		documents.toggleArticle('baltic');
		expect(documents.readyArticles).toHaveLength(1);
		documents.removeArticle('baltic');
		expect(documents.articles).toEqual([]);
		expect(documents.shownArticleIds).toEqual([]);
	});

	it('applies a review decision to the shown article, with undo and redo', async () => {
		const { documents, edits } = await documentsWithArticle();
		const before = documents.toponymOf('baltic', 0)!;
		documents.reviewPlace('baltic', 0, { type: 'notPlace' });
		expect(edits()).toBe(1);
		expect(documents.toponymOf('baltic', 0)).not.toEqual(before);
		documents.undoEdit('baltic');
		expect(documents.toponymOf('baltic', 0)).toEqual(before);
		documents.redoEdit('baltic');
		expect(documents.edits.baltic.edits).toHaveLength(1);
	});

	it('holds imported layers by id: a layer of the same id replaces the earlier one', () => {
		const documents = new ExplorerDocuments(() => {});
		const layer = (name: string): ImportedLayer => ({
			id: 'strikes',
			name,
			format: 'csv',
			events: packEvents([])
		});
		documents.addLayer(layer('first'));
		documents.addLayer(layer('second'));
		expect(documents.importedLayers.map((shown) => shown.name)).toEqual(['second']);
		documents.removeLayer('strikes');
		expect(documents.importedLayers).toEqual([]);
	});

	it('finds an imported row and its layer by the key the map gives it', () => {
		const documents = new ExplorerDocuments(() => {});
		const rows = Array.from({ length: 2_500 }, (_, n) => ({
			lon: 30,
			lat: 50,
			start: '2023-05-06',
			end: '2023-05-06',
			precision: 'day' as const,
			label: `Row ${n}`,
			description: '',
			properties: {},
			position: 'point' as const
		}));
		documents.addLayer({ id: 'a:b', name: 'a.csv', format: 'csv', events: packEvents(rows) });
		const key = mapEventsOfLayer(documents.importedLayers[0])[2_100].key;
		const found = documents.importedEventOf(key)!;
		expect(found.layer.name).toBe('a.csv');
		expect(packedEventAt(found.layer.events, found.index)?.label).toBe('Row 2100');
		expect(documents.importedEventOf('a:b:2500')).toBeNull();
		expect(documents.importedEventOf('other:1')).toBeNull();
	});
});
