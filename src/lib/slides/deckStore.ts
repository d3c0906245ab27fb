import type { DeckRecord } from './deckRecord';

/** Where a deck is kept between visits: the record of slides, and one PNG per image id. */
export interface DeckStore {
	/**
	 * The stored record (unparsed: the caller validates it) and the stored images, but for
	 * those the caller already `holds`.
	 */
	load(
		holds?: (imageId: string) => boolean
	): Promise<{ record: unknown; images: Map<string, Blob> }>;
	/**
	 * Replaces the stored deck in one transaction: either all of it is written or none, so a
	 * failed save leaves the previous deck intact. `images` must hold every image the record uses
	 * that is not stored yet; stored images the record no longer uses are deleted.
	 */
	save(record: DeckRecord, images: Readonly<Record<string, Blob>>): Promise<void>;
}

/** A save or load that failed; its message says why in words and is shown as is. */
export class DeckStorageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DeckStorageError';
	}
}

const deckKey = 'deck';

function storageError(error: unknown): DeckStorageError {
	const name = error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError') {
		return new DeckStorageError("the browser's storage for this site is full");
	}
	const detail = error instanceof Error ? error.message : String(error);
	return new DeckStorageError(`the browser refused to store it (${name || 'error'}: ${detail})`);
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		transaction.oncomplete = () => resolve();
		transaction.onerror = () => reject(transaction.error);
		transaction.onabort = () =>
			reject(transaction.error ?? new DOMException('aborted', 'AbortError'));
	});
}

function openDatabase(name: string): Promise<IDBDatabase> {
	if (typeof indexedDB === 'undefined') {
		return Promise.reject(new DeckStorageError('this browser has no IndexedDB'));
	}
	const request = indexedDB.open(name, 1);
	request.onupgradeneeded = () => {
		request.result.createObjectStore('deck');
		request.result.createObjectStore('images');
	};
	return requestResult(request).catch((error) => Promise.reject(storageError(error)));
}

/** The deck in IndexedDB: object store `deck` holds the record, `images` the PNGs by id. */
export function indexedDbDeckStore(databaseName = 'geobrief-slides'): DeckStore {
	let database: Promise<IDBDatabase> | null = null;
	const db = () => (database ??= openDatabase(databaseName));

	return {
		async load(holds: (imageId: string) => boolean = () => false) {
			const transaction = (await db()).transaction(['deck', 'images'], 'readonly');
			const images = new Map<string, Blob>();
			try {
				const record = await requestResult(transaction.objectStore('deck').get(deckKey));
				const store = transaction.objectStore('images');
				const wanted = (await requestResult(store.getAllKeys()))
					.map(String)
					.filter((id) => !holds(id));
				const values = await Promise.all(wanted.map((id) => requestResult(store.get(id))));
				wanted.forEach((id, index) => images.set(id, values[index] as Blob));
				return { record, images };
			} catch (error) {
				throw storageError(error);
			}
		},

		async save(record, images) {
			const transaction = (await db()).transaction(['deck', 'images'], 'readwrite');
			const done = transactionDone(transaction);
			try {
				const store = transaction.objectStore('images');
				const used = new Set(record.slides.map((slide) => slide.image.id));
				const stored = new Set((await requestResult(store.getAllKeys())).map(String));
				for (const id of stored) if (!used.has(id)) store.delete(id);
				for (const id of used) {
					const blob = images[id];
					if (!stored.has(id) && blob) store.put(blob, id);
				}
				transaction.objectStore('deck').put(record, deckKey);
				await done;
			} catch (error) {
				if (transaction.error === null) {
					try {
						transaction.abort();
					} catch {
						// already finished
					}
				}
				await done.catch(() => undefined);
				throw storageError(error);
			}
		}
	};
}
