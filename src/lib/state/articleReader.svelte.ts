import { pipelineVersion } from 'virtual:pipeline-version';
import type { ArticleInput, Extraction } from '$lib/extract';
import { readCachedExtraction } from '$lib/storage/extractionCache';
import { writeExtractionCache } from '$lib/storage/extractionCacheWriter';
import type { ExtractClient } from '$lib/workers/extractClient';
import type { ExplorerState } from './explorer.svelte';
import type { ArticleRecord } from './explorerDocuments.svelte';

/** How long article updates are gathered before the explorer shows them together. */
const batchMs = 16;

/**
 * Reads articles into the explorer: in the extraction worker, or from this browser's cache of
 * earlier extractions, one at a time per article; tells its owner when each has settled.
 * Updates reach the explorer in batches, so that a project of a thousand articles does not
 * recompute the events and redraw the pane a thousand times.
 */
export class ArticleReader {
	/** Articles shown from an older pipeline's extraction while the current one reads them. */
	#rereading = $state.raw<readonly string[]>([]);
	/** The extractions under way, by article id, so that removing an article stops its own. */
	#reading: Record<string, AbortController> = {};
	#explorer: ExplorerState;
	#extractor: Pick<ExtractClient, 'digest' | 'extract'>;
	#onSettled: () => void;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- gathered between batches, never shown
	#pending = new Map<string, ArticleRecord>();
	#flushed: Promise<void> | null = null;

	constructor(
		explorer: ExplorerState,
		extractor: Pick<ExtractClient, 'digest' | 'extract'>,
		onSettled: () => void
	) {
		this.#explorer = explorer;
		this.#extractor = extractor;
		this.#onSettled = onSettled;
	}

	get rereading(): readonly string[] {
		return this.#rereading;
	}

	/** Whether article updates are waiting to be shown with their batch. */
	get updating(): boolean {
		return this.#pending.size > 0;
	}

	/** Stops the extraction of an article under way, if any; `reason` is in words. */
	stop(id: string, reason: string) {
		this.#reading[id]?.abort(reason);
		this.#pending.delete(id);
	}

	/** Shows this state of an article with the others of this batch; resolves once shown. */
	#show(record: ArticleRecord): Promise<void> {
		if (record.status === 'ready' && this.#explorer.isShown(record.id))
			this.#explorer.prepareArticle(record.id, record.extraction);
		this.#pending.set(record.id, record);
		this.#flushed ??= new Promise((resolve) =>
			setTimeout(() => {
				this.#flushed = null;
				const records = [...this.#pending.values()];
				this.#pending.clear();
				this.#explorer.upsertArticles(records);
				resolve();
			}, batchMs)
		);
		return this.#flushed;
	}

	#statusOf(id: string) {
		return (this.#pending.get(id) ?? this.#explorer.articleRecord(id))?.status;
	}

	/**
	 * Shows an article, read in the extraction worker unless this browser kept its extraction from
	 * an earlier visit; one made by an older pipeline is shown while the worker reads it again.
	 * Reading an article again, or removing it, stops the extraction under way.
	 */
	read(id: string, load: () => Promise<ArticleInput>) {
		this.stop(id, 'The article is read again.');
		const reading = new AbortController();
		this.#reading[id] = reading;
		let cacheWhenShown: (() => void) | undefined;
		const extract = async () => {
			try {
				const input = await load();
				const cached = await readCachedExtraction(id, () => this.#extractor.digest(input));
				if (cached?.pipelineVersion === pipelineVersion) return cached.extraction;
				if (cached) {
					this.#show({ id, status: 'ready', extraction: cached.extraction });
					if (!this.#rereading.includes(id)) this.#rereading = [...this.#rereading, id];
				}
				const { extraction, serialized, digest } = await this.#extractor.extract(
					input,
					(progress) => {
						if (!cached) this.#show({ id, status: 'loading', progress });
					},
					reading.signal
				);
				cacheWhenShown = () =>
					writeExtractionCache({ type: 'put', id, hash: digest, serialized, pipelineVersion });
				return extraction;
			} finally {
				// A read stopped for a newer one leaves the article to that one.
				if (this.#reading[id] === reading) {
					delete this.#reading[id];
					this.#rereading = this.#rereading.filter((other) => other !== id);
				}
			}
		};
		return this.#showWhenExtracted(id, extract, reading.signal).then(() => {
			// Stored once shown, and not if the article was removed or read again meanwhile: a
			// removed article's record would stay.
			setTimeout(() => {
				if (!reading.signal.aborted && this.#statusOf(id) === 'ready') cacheWhenShown?.();
			});
		});
	}

	/** Shows an article extracted beforehand (the sample articles are extracted at build time). */
	showExtraction(id: string, load: () => Promise<Extraction>) {
		return this.#showWhenExtracted(id, load);
	}

	async #showWhenExtracted(id: string, extract: () => Promise<Extraction>, signal?: AbortSignal) {
		if (this.#statusOf(id) !== 'ready') this.#show({ id, status: 'loading', progress: 0 });
		try {
			const extraction = await extract();
			if (!signal?.aborted) await this.#show({ id, status: 'ready', extraction });
		} catch (error) {
			// A stopped extraction's article was removed or is being read again: nothing to show.
			if (!signal?.aborted)
				await this.#show({
					id,
					status: 'error',
					message: error instanceof Error ? error.message : String(error)
				});
		}
		this.#onSettled();
	}
}
