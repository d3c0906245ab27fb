import { loadBasemap } from '$lib/basemap/loadBasemap';
import { loadSampleExtraction, sampleArticleIds } from '$lib/corpus/sampleCorpus';
import { ExtractClient } from '$lib/workers/extractClient';
import type { SessionServices } from './explorerSession.svelte';

/** The services of a session in the browser: the real network, worker, samples and IndexedDB. */
export function browserSessionServices(): SessionServices {
	return {
		extractor: new ExtractClient(),
		loadBasemap,
		sampleArticleIds,
		loadSampleExtraction,
		openDeck: async () => {
			const [{ DeckSession }, { indexedDbDeckStore }] = await Promise.all([
				import('$lib/slides/deckSession.svelte'),
				import('$lib/slides/deckStore')
			]);
			return new DeckSession(indexedDbDeckStore());
		}
	};
}
