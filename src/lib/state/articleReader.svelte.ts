import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import { pipelineVersion } from 'virtual:pipeline-version';
import type { ArticleInput, Extraction } from '$lib/extract';
import { cacheExtraction, readCachedExtraction } from '$lib/storage/extractionCache';
import type { ExtractClient } from '$lib/workers/extractClient';
import type { ExplorerState } from './explorer.svelte';

/**
 * Reads articles into the explorer: in the extraction worker, or from this browser's cache of
 * earlier extractions, one at a time per article; tells its owner when each has settled.
 */
export class ArticleReader {
	/** Articles shown from an older pipeline's extraction while the current one reads them. */
	readonly rereading = new SvelteSet<string>();
	/** The extractions under way, by article id, so that removing an article stops its own. */
	#reading = new SvelteMap<string, AbortController>();
	#explorer: ExplorerState;
	#extractor: Pick<ExtractClient, 'extract'>;
	#onSettled: () => void;

	constructor(
		explorer: ExplorerState,
		extractor: Pick<ExtractClient, 'extract'>,
		onSettled: () => void
	) {
		this.#explorer = explorer;
		this.#extractor = extractor;
		this.#onSettled = onSettled;
	}

	/** Stops the extraction of an article under way, if any; `reason` is in words. */
	stop(id: string, reason: string) {
		this.#reading.get(id)?.abort(reason);
	}

	/**
	 * Shows an article, read in the extraction worker unless this browser kept its extraction from
	 * an earlier visit; one made by an older pipeline is shown while the worker reads it again.
	 * Reading an article again, or removing it, stops the extraction under way.
	 */
	read(id: string, load: () => Promise<ArticleInput>) {
		const explorer = this.#explorer;
		this.stop(id, 'The article is read again.');
		const reading = new AbortController();
		this.#reading.set(id, reading);
		const extract = async () => {
			try {
				const input = await load();
				const cached = await readCachedExtraction(input);
				if (cached?.pipelineVersion === pipelineVersion) return cached.extraction;
				if (cached) {
					explorer.upsertArticle({ id, status: 'ready', extraction: cached.extraction });
					this.rereading.add(id);
				}
				const extraction = await this.#extractor.extract(
					input,
					(progress) => {
						if (!cached) explorer.upsertArticle({ id, status: 'loading', progress });
					},
					reading.signal
				);
				cacheExtraction(input, extraction, pipelineVersion);
				return extraction;
			} finally {
				this.rereading.delete(id);
				if (this.#reading.get(id) === reading) this.#reading.delete(id);
			}
		};
		return this.#showWhenExtracted(id, extract, reading.signal);
	}

	/** Shows an article extracted beforehand (the sample articles are extracted at build time). */
	showExtraction(id: string, load: () => Promise<Extraction>) {
		return this.#showWhenExtracted(id, load);
	}

	async #showWhenExtracted(id: string, extract: () => Promise<Extraction>, signal?: AbortSignal) {
		const explorer = this.#explorer;
		if (explorer.articles.find((article) => article.id === id)?.status !== 'ready') {
			explorer.upsertArticle({ id, status: 'loading', progress: 0 });
		}
		try {
			explorer.upsertArticle({ id, status: 'ready', extraction: await extract() });
		} catch (error) {
			// A stopped extraction's article was removed or is being read again: nothing to show.
			if (!signal?.aborted)
				explorer.upsertArticle({
					id,
					status: 'error',
					message: error instanceof Error ? error.message : String(error)
				});
		}
		this.#onSettled();
	}
}
