import type { ArticleInput } from '$lib/extract';

/** An article the user added, kept in IndexedDB so it survives reloads. */
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
const storeName = 'articles';

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
	mode: IDBTransactionMode,
	use: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	if (typeof indexedDB === 'undefined')
		throw new ArticleStorageError('This browser has no IndexedDB.');
	const open = indexedDB.open(databaseName, 1);
	open.onupgradeneeded = () => open.result.createObjectStore(storeName);
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
	return withStore('readwrite', (store) => store.put(article, article.input.id));
}

export function deleteArticle(id: string): Promise<undefined> {
	return withStore('readwrite', (store) => store.delete(id));
}

/** Every stored article, oldest first; records that do not look like articles are skipped. */
export async function loadArticles(): Promise<StoredArticle[]> {
	const records = await withStore('readonly', (store) => store.getAll());
	return (records as StoredArticle[])
		.filter(
			(record) => typeof record?.input?.id === 'string' && typeof record.input.text === 'string'
		)
		.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}
