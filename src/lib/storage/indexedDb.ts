/** The request, open and transaction plumbing that every IndexedDB store of the app shares. */

/** The result of an IndexedDB request, as a promise. */
export function settle<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/**
 * Open connections, by IndexedDB factory and database: opening costs the page about a
 * millisecond, which a thousand articles, each stored and looked up in the cache, add up.
 */
const connections = new WeakMap<IDBFactory, Map<string, Promise<IDBDatabase>>>();

/**
 * Database `name` at `version`, creating on upgrade the stores it lacks; one connection kept
 * open per database, given up when another tab upgrades or deletes the database.
 */
export function openDatabase(
	name: string,
	version: number,
	storeNames: readonly string[]
): Promise<IDBDatabase> {
	let open = connections.get(indexedDB);
	if (!open) connections.set(indexedDB, (open = new Map()));
	const key = `${name}@${version}`;
	const kept = open.get(key);
	if (kept) return kept;
	const forget = () => {
		if (open.get(key) === opening) open.delete(key);
	};
	const opening = connect(name, version, storeNames).then(
		(database) => {
			database.onversionchange = () => {
				database.close();
				forget();
			};
			database.onclose = forget;
			return database;
		},
		(error) => {
			forget();
			throw error;
		}
	);
	open.set(key, opening);
	return opening;
}

function connect(
	name: string,
	version: number,
	storeNames: readonly string[]
): Promise<IDBDatabase> {
	const open = indexedDB.open(name, version);
	open.onupgradeneeded = () => {
		for (const storeName of storeNames) {
			if (!open.result.objectStoreNames.contains(storeName)) {
				open.result.createObjectStore(storeName);
			}
		}
	};
	return settle(open);
}

function completion(transaction: IDBTransaction): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		transaction.oncomplete = () => resolve();
		transaction.onerror = () => reject(transaction.error);
		transaction.onabort = () =>
			reject(transaction.error ?? new DOMException('the write was cancelled', 'AbortError'));
	});
}

/**
 * Runs `use` in one transaction of the database `opening` resolves to, and settles only when the
 * transaction has committed (resolving to the result of the request `use` returns) or has failed
 * in any way: a request error, an abort, or a synchronous throw from put() (Chromium throws for a
 * value too large), after which the transaction is aborted so that nothing of it is written.
 */
export async function transact<T>(
	opening: Promise<IDBDatabase>,
	storeNames: readonly string[],
	mode: IDBTransactionMode,
	use: (transaction: IDBTransaction) => IDBRequest<T> | Promise<T>
): Promise<T> {
	const database = await opening;
	const transaction = database.transaction([...storeNames], mode);
	const done = completion(transaction);
	let result: Promise<T>;
	try {
		const used = use(transaction);
		result = used instanceof Promise ? used : settle(used);
	} catch (error) {
		result = Promise.reject(error);
	}
	let failure: unknown = null;
	result.catch((error) => {
		failure ??= error;
		try {
			transaction.abort();
		} catch {
			// The transaction has already committed or failed.
		}
	});
	try {
		await done;
	} catch (error) {
		throw failure ?? error;
	}
	return await result;
}
