import { applyCacheWrite, type ExtractionCacheWrite } from './extractionCache';

/** The worker that writes, once started; null where there is none (the page writes itself). */
let writer: Worker | null | undefined;
let pageWrites = Promise.resolve();

/**
 * Writes to the extraction cache off the page's thread, in the order asked: the serialized
 * extraction is moved to a worker, and IndexedDB copies it there (at 5 MB the copy took the page
 * 124–155 ms). A write that fails is skipped, as the cache may be.
 */
export function writeExtractionCache(write: ExtractionCacheWrite): void {
	if (writer === undefined) {
		writer =
			typeof Worker === 'undefined'
				? null
				: new Worker(new URL('./extractionCacheWriter.worker.ts', import.meta.url), {
						type: 'module'
					});
		writer?.addEventListener('error', () => {
			writer?.terminate();
			writer = null;
		});
	}
	if (writer) writer.postMessage(write, write.type === 'put' ? [write.serialized] : []);
	else pageWrites = pageWrites.then(() => applyCacheWrite(write));
}
