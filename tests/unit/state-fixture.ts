import fs from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { vi } from 'vitest';
import { extractArticle, type ArticleInput, type Extraction } from '../../src/lib/extract';
import { inputDigest } from '../../src/lib/extract/inputDigest';
import { gazetteer } from './extract-fixture';

/** The Baltic fixture article as the app is given it, under an id of the test's choosing. */
export function balticInput(id = 'baltic'): ArticleInput {
	return {
		id,
		text: fs.readFileSync('tests/fixtures/articles/baltic-security-2024.txt', 'utf8'),
		meta: { title: 'Baltic security', published: '2024-06-14' }
	};
}

const extractions = new Map<string, Extraction>();
/** Extracts in this thread what the app's worker would, once per article id. */
export async function extractInThread(input: ArticleInput): Promise<Extraction> {
	let extraction = extractions.get(input.id);
	if (!extraction) {
		extraction = extractArticle(input, gazetteer());
		extractions.set(input.id, extraction);
	}
	return extraction;
}

/** Reads an article as the app's extraction worker replies: the extraction, its JSON, its digest. */
export async function readInThread(input: ArticleInput) {
	const extraction = await extractInThread(input);
	const serialized = new TextEncoder().encode(JSON.stringify(extraction)).buffer;
	return { extraction, serialized, digest: await inputDigest(input) };
}

/** A fresh, empty IndexedDB for each test. */
export function stubIndexedDb() {
	vi.stubGlobal('indexedDB', new IDBFactory());
	vi.stubGlobal('IDBKeyRange', IDBKeyRange);
}

/** Stores `layer` as a version before packing did: its rows in its record, in a database of then. */
export function storeRows(layer: {
	id: string;
	name: string;
	format: string;
	events: unknown[];
}): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		const open = indexedDB.open('geobrief-articles', 3);
		open.onupgradeneeded = () => {
			for (const name of ['articles', 'layers', 'edits']) open.result.createObjectStore(name);
		};
		open.onsuccess = () => {
			const transaction = open.result.transaction('layers', 'readwrite');
			transaction.objectStore('layers').put(layer, layer.id);
			transaction.oncomplete = () => {
				open.result.close();
				resolve();
			};
		};
		open.onerror = () => reject(open.error);
	});
}
