import { DeckStorageError, type DeckStore } from '$lib/slides/deckStore';
import { openDatabase, settle, transact } from './indexedDb';

const deckKey = 'deck';

function storageError(error: unknown): DeckStorageError {
	const name = error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError') {
		return new DeckStorageError("the browser's storage for this site is full");
	}
	const detail = error instanceof Error ? error.message : String(error);
	return new DeckStorageError(`the browser refused to store it (${name || 'error'}: ${detail})`);
}

/** The deck in IndexedDB: object store `deck` holds the record, `images` the PNGs by id. */
export function indexedDbDeckStore(databaseName = 'geobrief-slides'): DeckStore {
	const stores = ['deck', 'images'];
	const db = () =>
		typeof indexedDB === 'undefined'
			? Promise.reject(new DeckStorageError('this browser has no IndexedDB'))
			: openDatabase(databaseName, 1, stores);

	return {
		load(holds: (imageId: string) => boolean = () => false) {
			return transact(db(), stores, 'readonly', async (transaction) => {
				const record = await settle(transaction.objectStore('deck').get(deckKey));
				const store = transaction.objectStore('images');
				const wanted = (await settle(store.getAllKeys())).map(String).filter((id) => !holds(id));
				const values = await Promise.all(wanted.map((id) => settle(store.get(id))));
				return { record, images: new Map(wanted.map((id, i) => [id, values[i] as Blob])) };
			}).catch((error) => Promise.reject(storageError(error)));
		},

		save(record, images) {
			return transact(db(), stores, 'readwrite', async (transaction) => {
				const store = transaction.objectStore('images');
				const used = new Set(record.slides.map((slide) => slide.image.id));
				const stored = new Set((await settle(store.getAllKeys())).map(String));
				for (const id of stored) if (!used.has(id)) store.delete(id);
				for (const id of used) {
					const blob = images[id];
					if (!stored.has(id) && blob) store.put(blob, id);
				}
				transaction.objectStore('deck').put(record, deckKey);
			}).catch((error) => Promise.reject(storageError(error)));
		}
	};
}
