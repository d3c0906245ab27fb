import type { ArticleInput } from '$lib/extract';
import type { ImportedLayer } from '$lib/io/importedLayer';
import type { EditHistory } from '$lib/review/editHistory';
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

async function withStore<T>(
	storeName: StoreName,
	mode: IDBTransactionMode,
	use: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	if (typeof indexedDB === 'undefined')
		throw new ArticleStorageError('This browser has no IndexedDB.');
	const open = indexedDB.open(databaseName, 3);
	open.onupgradeneeded = () => {
		for (const name of ['articles', 'layers', 'edits']) {
			if (!open.result.objectStoreNames.contains(name)) open.result.createObjectStore(name);
		}
	};
	const database = await settle(open);
	try {
		const transaction = database.transaction(storeName, mode);
		const result = await settle(use(transaction.objectStore(storeName)));
		await new Promise<void>((resolve, reject) => {
			transaction.oncomplete = () => resolve();
			transaction.onerror = () => reject(describe(transaction.error));
			transaction.onabort = () => reject(describe(transaction.error));
		});
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

/** The reviewer's edits of one article, replaced as a whole. */
export function saveEdits(articleId: string, history: EditHistory): Promise<IDBValidKey> {
	return withStore('edits', 'readwrite', (store) =>
		store.put({ edits: [...history.edits], undone: [...history.undone] }, articleId)
	);
}

/** Every stored edit history by article id; records that do not look like one are skipped. */
export async function loadEdits(): Promise<Record<string, EditHistory>> {
	const histories: Record<string, EditHistory> = {};
	const keys = await withStore('edits', 'readonly', (store) => store.getAllKeys());
	const values = await withStore('edits', 'readonly', (store) => store.getAll());
	keys.forEach((key, index) => {
		const history = values[index] as EditHistory | undefined;
		const valid =
			Array.isArray(history?.edits) &&
			Array.isArray(history?.undone) &&
			[...history.edits, ...history.undone].every((edit) => reviewEditProblem(edit) === null);
		if (typeof key === 'string' && valid) histories[key] = history!;
	});
	return histories;
}
