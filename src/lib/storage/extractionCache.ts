import type { Extraction } from '$lib/extract';
import { openDatabase, transact } from './indexedDb';

/**
 * Extractions of the user's articles, kept in IndexedDB so a reload never reads an unchanged
 * article again. A record is used only for the same text and publication date; one made by an
 * older pipeline is shown until the current pipeline has read the article again.
 */
export interface CachedExtraction {
	/** SHA-256 of the text, its format and the publication date given. */
	inputHash: string;
	/** The pipeline that made it (a hash of its code and data, fixed at build time). */
	pipelineVersion: string;
	extraction: Extraction;
}

/**
 * What is stored: the extraction as UTF-8 JSON, which IndexedDB copies at once where a large
 * object graph took 150 ms of the page's thread to clone (a 4.9M-character article).
 */
interface StoredExtraction {
	inputHash: string;
	pipelineVersion: string;
	serialized: ArrayBuffer;
}

const databaseName = 'geobrief-extractions';
const storeName = 'extractions';

function request<T>(make: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode) {
	return transact(openDatabase(databaseName, 1, [storeName]), [storeName], mode, (transaction) =>
		make(transaction.objectStore(storeName))
	);
}

/**
 * The cached extraction of the article `id`, if made from an input whose digest (inputDigest) is
 * the one `digest` gives; it is asked for only when there is a record. Null when there is none
 * (also when storage is unavailable).
 */
export async function readCachedExtraction(
	id: string,
	digest: () => Promise<string>
): Promise<CachedExtraction | null> {
	if (typeof indexedDB === 'undefined') return null;
	const record = await request((store) => store.get(id), 'readonly').catch(() => undefined);
	const stored = record as Partial<StoredExtraction> | undefined;
	if (!(stored?.serialized instanceof ArrayBuffer)) return null;
	// No digest (the worker crashed) is a miss: the article is read again.
	const hash = await digest().catch(() => null);
	if (stored.inputHash !== hash) return null;
	try {
		const extraction = JSON.parse(new TextDecoder().decode(stored.serialized)) as Extraction;
		if (extraction?.doc?.id !== id) return null;
		return { inputHash: hash, pipelineVersion: String(stored.pipelineVersion), extraction };
	} catch {
		return null;
	}
}

/**
 * Keeps the extraction of the article `id`, given as UTF-8 JSON, for the next visit under its
 * input's digest `hash`; a cache that cannot be written is simply skipped.
 */
export async function cacheExtraction(
	id: string,
	hash: string,
	serialized: ArrayBuffer,
	pipelineVersion: string
): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	const record: StoredExtraction = { inputHash: hash, pipelineVersion, serialized };
	await request((store) => store.put(record, id), 'readwrite').catch(() => undefined);
}

/** Forgets a removed article's extraction. */
export async function forgetExtraction(id: string): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	await request((store) => store.delete(id), 'readwrite').catch(() => undefined);
}

/** A write to the cache: an extraction kept, or a removed article's forgotten. */
export type ExtractionCacheWrite =
	| { type: 'put'; id: string; hash: string; serialized: ArrayBuffer; pipelineVersion: string }
	| { type: 'delete'; id: string };

export function applyCacheWrite(write: ExtractionCacheWrite): Promise<void> {
	return write.type === 'put'
		? cacheExtraction(write.id, write.hash, write.serialized, write.pipelineVersion)
		: forgetExtraction(write.id);
}
