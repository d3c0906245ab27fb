import type { ArticleInput } from '$lib/extract';
import type { ImportedLayer } from '$lib/io/importedLayer';
import { mergeEditHistories, type EditHistory } from '$lib/review/editHistory';
import type { ReviewEdit } from '$lib/review/edits';
import { reviewEditProblem } from '$lib/review/editShape';

/** An article the user added, kept in IndexedDB (with imported layers) so it survives reloads. */
export interface StoredArticle {
	input: ArticleInput;
	addedAt: string;
}

/** A failed read or write; the message says why in words and is shown as is. */
export class ArticleStorageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ArticleStorageError';
	}
}

const databaseName = 'geobrief-articles';
type StoreName = 'articles' | 'layers' | 'edits';

function describe(error: unknown): ArticleStorageError {
	const name = error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError') {
		return new ArticleStorageError(
			"The browser's storage for this site is full: the article is shown but not saved. Free space by removing articles or slides."
		);
	}
	return new ArticleStorageError(
		`The browser refused to store the article (${error instanceof Error ? error.message : String(error)}).`
	);
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(describe(request.error));
	});
}

function openDatabase(): Promise<IDBDatabase> {
	if (typeof indexedDB === 'undefined') {
		return Promise.reject(new ArticleStorageError('This browser has no IndexedDB.'));
	}
	const open = indexedDB.open(databaseName, 3);
	open.onupgradeneeded = () => {
		for (const name of ['articles', 'layers', 'edits']) {
			if (!open.result.objectStoreNames.contains(name)) open.result.createObjectStore(name);
		}
	};
	return settle(open);
}

function completion(transaction: IDBTransaction): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		transaction.oncomplete = () => resolve();
		transaction.onerror = () => reject(describe(transaction.error));
		transaction.onabort = () => reject(describe(transaction.error));
	});
}

async function withStore<T>(
	storeName: StoreName,
	mode: IDBTransactionMode,
	use: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const database = await openDatabase();
	try {
		const transaction = database.transaction(storeName, mode);
		const result = await settle(use(transaction.objectStore(storeName)));
		await completion(transaction);
		return result;
	} finally {
		database.close();
	}
}

export function saveArticle(article: StoredArticle): Promise<IDBValidKey> {
	return withStore('articles', 'readwrite', (store) => store.put(article, article.input.id));
}

export function deleteArticle(id: string): Promise<undefined> {
	return withStore('articles', 'readwrite', (store) => store.delete(id));
}

/** Every stored article, oldest first; records that do not look like articles are skipped. */
export async function loadArticles(): Promise<StoredArticle[]> {
	const records = await withStore('articles', 'readonly', (store) => store.getAll());
	return (records as StoredArticle[])
		.filter(
			(record) => typeof record?.input?.id === 'string' && typeof record.input.text === 'string'
		)
		.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

export function saveLayer(layer: ImportedLayer): Promise<IDBValidKey> {
	return withStore('layers', 'readwrite', (store) => store.put(layer, layer.id));
}

export function deleteLayer(id: string): Promise<undefined> {
	return withStore('layers', 'readwrite', (store) => store.delete(id));
}

/** Every stored imported layer; records that do not look like layers are skipped. */
export async function loadLayers(): Promise<ImportedLayer[]> {
	const records = await withStore('layers', 'readonly', (store) => store.getAll());
	return (records as ImportedLayer[]).filter(
		(record) => typeof record?.id === 'string' && Array.isArray(record.events)
	);
}

function isEditHistory(value: unknown): value is EditHistory {
	const history = value as EditHistory | undefined;
	return (
		Array.isArray(history?.edits) &&
		Array.isArray(history?.undone) &&
		[...history.edits, ...history.undone].every((edit) => reviewEditProblem(edit) === null)
	);
}

/**
 * Stores one article's review edits, merged in the same transaction with whatever another tab
 * stored since this tab last read or wrote `base` (see mergeEditHistories), so that neither
 * tab's edits are overwritten. Resolves to the history stored: `history` itself when nothing
 * had to be merged.
 */
export async function saveMergedEdits(
	articleId: string,
	base: readonly ReviewEdit[],
	history: EditHistory
): Promise<EditHistory> {
	const database = await openDatabase();
	try {
		const transaction = database.transaction('edits', 'readwrite');
		const done = completion(transaction);
		const store = transaction.objectStore('edits');
		let stored = history;
		const read = store.get(articleId);
		read.onsuccess = () => {
			if (isEditHistory(read.result)) {
				stored = mergeEditHistories(base, history, read.result.edits);
			}
			store.put({ edits: [...stored.edits], undone: [...stored.undone] }, articleId);
		};
		await done;
		return stored;
	} finally {
		database.close();
	}
}

/** Every stored edit history by article id; records that do not look like one are skipped. */
export async function loadEdits(): Promise<Record<string, EditHistory>> {
	const histories: Record<string, EditHistory> = {};
	const keys = await withStore('edits', 'readonly', (store) => store.getAllKeys());
	const values = await withStore('edits', 'readonly', (store) => store.getAll());
	keys.forEach((key, index) => {
		const history = values[index];
		if (typeof key === 'string' && isEditHistory(history)) histories[key] = history;
	});
	return histories;
}
