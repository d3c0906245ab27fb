import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedLayer } from '../../src/lib/io/importedLayer';
import type { ImportedEvent } from '../../src/lib/io/importResult';
import { packedChunkEvents, packEvents } from '../../src/lib/io/packedEvents';
import {
	deleteLayer,
	loadLayers,
	saveLayer,
	storePackedFromRows
} from '../../src/lib/storage/layerStore';
import { storeRows } from './state-fixture';
import {
	ArticleStorageError,
	loadArticles,
	loadEdits,
	saveArticles,
	saveMergedEdits
} from '../../src/lib/storage/workspaceStore';

const event = (n: number): ImportedEvent => ({
	lon: 24 + (n % 100) / 100,
	lat: 50,
	start: '2023-05-06',
	end: '2023-05-06',
	precision: 'day',
	label: `row ${n}`,
	description: '',
	properties: { n },
	position: 'point',
	sourceLine: n + 2
});
const rowsOf = (count: number) => Array.from({ length: count }, (_, n) => event(n));
const layerOf = (id: string, rows: number): ImportedLayer => ({
	id,
	name: `${id}.csv`,
	format: 'csv',
	events: packEvents(rowsOf(rows))
});

/** The records of one store, read straight from the database. */
async function records(storeName: string): Promise<unknown[]> {
	const database = await new Promise<IDBDatabase>((resolve, reject) => {
		const open = indexedDB.open('geobrief-articles');
		open.onsuccess = () => resolve(open.result);
		open.onerror = () => reject(open.error);
	});
	try {
		return await new Promise((resolve, reject) => {
			const request = database.transaction(storeName).objectStore(storeName).getAll();
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	} finally {
		database.close();
	}
}

beforeEach(() => {
	vi.stubGlobal('indexedDB', new IDBFactory());
	vi.stubGlobal('IDBKeyRange', IDBKeyRange);
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('the workspace store', () => {
	it(`keeps a large layer in chunks of ${packedChunkEvents} events and reads it back whole`, async () => {
		const layer = layerOf('big', packedChunkEvents * 2 + 5);
		await saveLayer(layer);
		expect(await records('layerChunks')).toHaveLength(3);
		expect(await loadLayers()).toEqual([layer]);

		const smaller = layerOf('big', 10);
		await saveLayer(smaller);
		expect(await records('layerChunks')).toHaveLength(1);
		expect(await loadLayers()).toEqual([smaller]);

		await deleteLayer('big');
		expect(await records('layerChunks')).toEqual([]);
		expect(await loadLayers()).toEqual([]);
	});

	it('clones a layer for IndexedDB one chunk at a time, each after the last is written', async () => {
		const put = IDBObjectStore.prototype.put;
		let written = 0;
		const writtenBeforeEachPut: number[] = [];
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			value,
			key
		) {
			const request = put.call(this, value, key);
			if (this.name === 'layerChunks') {
				writtenBeforeEachPut.push(written);
				request.addEventListener('success', () => written++);
			}
			return request;
		});
		await saveLayer(layerOf('big', packedChunkEvents * 2 + 5));
		expect(writtenBeforeEachPut).toEqual([0, 1, 2]);
	});

	it('reads a layer back one chunk per request, and says which parts a damaged one lacks', async () => {
		await saveLayer(layerOf('big', packedChunkEvents * 2 + 5));
		const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
		const get = vi.spyOn(IDBObjectStore.prototype, 'get');
		await loadLayers();
		expect(getAll.mock.contexts.map((store) => (store as IDBObjectStore).name)).toEqual(['layers']);
		expect(get.mock.calls.map(([key]) => key)).toEqual([
			['big', 0],
			['big', 1],
			['big', 2]
		]);

		await new Promise<void>((resolve, reject) => {
			const open = indexedDB.open('geobrief-articles');
			open.onsuccess = () => {
				const transaction = open.result.transaction('layerChunks', 'readwrite');
				transaction.objectStore('layerChunks').delete(['big', 1]);
				transaction.oncomplete = () => (open.result.close(), resolve());
				transaction.onerror = () => reject(transaction.error);
			};
		});
		await expect(loadLayers()).rejects.toThrow(
			'The saved layer “big.csv” is incomplete (1 of 3 parts).'
		);
	});

	it('reads and packs a layer stored whole, as objects, by an earlier version', async () => {
		const old = { id: 'old', name: 'old.csv', format: 'csv', events: rowsOf(3) };
		await storeRows(old);
		const layers = await loadLayers();
		expect(layers).toEqual([{ ...old, events: packEvents(old.events) }]);
		await storePackedFromRows(layers);
		const [stored] = (await records('layers')) as { events: unknown }[];
		expect(Array.isArray(stored.events)).toBe(false);
		expect(await loadLayers()).toEqual(layers);
	});

	it('does not store packed a layer stored as rows that was removed after it was read', async () => {
		await storeRows({ id: 'old', name: 'old.csv', format: 'csv', events: rowsOf(3) });
		const layers = await loadLayers();
		await deleteLayer('old');
		await storePackedFromRows(layers);
		expect(await loadLayers()).toEqual([]);
	});

	it('reads and packs a layer stored in chunks of 500 objects by an earlier version', async () => {
		await loadLayers();
		const rows = rowsOf(600);
		const database = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('geobrief-articles');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		await new Promise<void>((resolve) => {
			const transaction = database.transaction(['layers', 'layerChunks'], 'readwrite');
			const record = { id: 'old', name: 'old.csv', format: 'csv', events: [], chunkCount: 2 };
			transaction.objectStore('layers').put(record, 'old');
			transaction.objectStore('layerChunks').put(rows.slice(0, 500), ['old', 0]);
			transaction.objectStore('layerChunks').put(rows.slice(500), ['old', 1]);
			transaction.oncomplete = () => resolve();
		});
		database.close();
		expect(await loadLayers()).toEqual([
			{ id: 'old', name: 'old.csv', format: 'csv', events: packEvents(rows) }
		]);
	});

	it('rejects a save whose put() throws (a value too large for Chromium), naming the layer, and writes none of it', async () => {
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			value,
			key
		) {
			if (this.name === 'layers')
				throw new DOMException(
					'The serialized keys and/or value are too large (size=140000000 bytes, max=133169152 bytes).',
					'UnknownError'
				);
			return put.call(this, value, key);
		});
		const error = await saveLayer(layerOf('huge', packedChunkEvents + 1)).catch((e) => e);
		expect(error).toBeInstanceOf(ArticleStorageError);
		expect(error.message).toMatch(/refused to store the layer “huge\.csv” \(“The serialized keys/);
		expect(error.message).toMatch(/gone after a reload; to keep it, export its events/);
		vi.restoreAllMocks();
		expect(await records('layerChunks')).toEqual([]);
		expect(await loadLayers()).toEqual([]);
	});

	it('rejects a save whose value cannot be stored at all, naming the article', async () => {
		const article = {
			input: { id: 'a', text: 'Text', meta: { title: 'Odd', url: null, odd: () => 1 } },
			addedAt: '2024-01-01T00:00:00Z'
		};
		const error = await saveArticles([article]).catch((e) => e);
		expect(error).toBeInstanceOf(ArticleStorageError);
		expect(error.message).toMatch(/refused to store the article “Odd”/);
		expect(await loadArticles()).toEqual([]);
	});

	it('says the storage is full, and what was not stored, when the transaction fails at commit', async () => {
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			value,
			key
		) {
			const request = put.call(this, value, key);
			// As Chromium does when the disk quota is reached: the put succeeds, the commit fails.
			const transaction = this.transaction as IDBTransaction & { _abort(name: string): void };
			request.addEventListener('success', () => transaction._abort('QuotaExceededError'));
			return request;
		});
		const error = await saveArticles([
			{
				input: { id: 'b', text: 'Text', meta: { title: 'Big' } },
				addedAt: '2024-01-01T00:00:00Z'
			}
		]).catch((e) => e);
		expect(error.message).toMatch(
			/storage for this site is full: the article “Big” was not stored\. It is shown but will be gone after a reload/
		);
		vi.restoreAllMocks();
		expect(await loadArticles()).toEqual([]);
	});

	it('merges review edits with those stored meanwhile', async () => {
		const edit = (minute: number) => ({
			type: 'event.accept' as const,
			target: { start: minute, end: minute + 1 },
			at: `2024-01-01T00:0${minute}:00.000Z`
		});
		await saveMergedEdits('doc', [], { edits: [edit(1)], undone: [] });
		const merged = await saveMergedEdits('doc', [], { edits: [edit(2)], undone: [] });
		expect(merged.edits).toEqual([edit(1), edit(2)]);
		expect((await loadEdits()).doc.edits).toEqual([edit(1), edit(2)]);
	});
});
