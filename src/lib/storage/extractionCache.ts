import type { ArticleInput, Extraction } from '$lib/extract';
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

/** Hashes of inputs being read: a read looks its input up, then caches it (a few hundred ms at 5 MB). */
const hashes = new WeakMap<ArticleInput, Promise<string>>();

/** SHA-256, hex, of what decides an extraction besides the pipeline: text, format, date. */
export function inputHash(input: ArticleInput): Promise<string> {
	let hash = hashes.get(input);
	if (!hash) hashes.set(input, (hash = digestOf(input)));
	return hash;
}

async function digestOf(input: ArticleInput): Promise<string> {
	const key = JSON.stringify([input.format ?? 'text', input.meta?.published ?? null, input.text]);
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
	return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function request<T>(make: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode) {
	return transact(openDatabase(databaseName, 1, [storeName]), [storeName], mode, (transaction) =>
		make(transaction.objectStore(storeName))
	);
}

/** The cached extraction of this very input, or null (also when storage is unavailable). */
export async function readCachedExtraction(input: ArticleInput): Promise<CachedExtraction | null> {
	if (typeof indexedDB === 'undefined') return null;
	const [hash, record] = await Promise.all([
		inputHash(input),
		request((store) => store.get(input.id), 'readonly').catch(() => undefined)
	]);
	const stored = record as Partial<StoredExtraction> | undefined;
	if (stored?.inputHash !== hash || !(stored.serialized instanceof ArrayBuffer)) return null;
	try {
		const extraction = JSON.parse(new TextDecoder().decode(stored.serialized)) as Extraction;
		if (extraction?.doc?.id !== input.id) return null;
		return { inputHash: hash, pipelineVersion: String(stored.pipelineVersion), extraction };
	} catch {
		return null;
	}
}

/**
 * Keeps an extraction, given as UTF-8 JSON, for the next visit; a cache that cannot be written
 * is simply skipped.
 */
export async function cacheExtraction(
	input: ArticleInput,
	serialized: ArrayBuffer,
	pipelineVersion: string
): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	const record: StoredExtraction = {
		inputHash: await inputHash(input),
		pipelineVersion,
		serialized
	};
	await request((store) => store.put(record, input.id), 'readwrite').catch(() => undefined);
}

/** Forgets a removed article's extraction. */
export async function forgetExtraction(id: string): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	await request((store) => store.delete(id), 'readwrite').catch(() => undefined);
}
