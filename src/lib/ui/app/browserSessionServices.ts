import { loadBasemap } from '$lib/basemap/loadBasemap';
import { loadSampleExtraction, sampleArticleIds } from '$lib/corpus/sampleCorpus';
import { ExtractClient } from '$lib/workers/extractClient';
import type { MapCameraController } from '$lib/map/mapCameraController';
import type { SessionServices } from '$lib/state/explorerSession.svelte';

/**
 * The services of a session in the browser: the map's camera, the extraction worker, the bundled
 * samples and IndexedDB.
 */
export function browserSessionServices(camera: MapCameraController): SessionServices {
	return {
		camera,
		extractor: new ExtractClient(),
		loadBasemap,
		sampleArticleIds,
		loadSampleExtraction,
		openDeck: async () => {
			const [{ DeckSession }, { indexedDbDeckStore }, { localAnnotationKeeper }] =
				await Promise.all([
					import('$lib/slides/deckSession.svelte'),
					import('$lib/storage/deckDatabase'),
					import('$lib/storage/annotationKeeper')
				]);
			return new DeckSession(indexedDbDeckStore(), undefined, localAnnotationKeeper());
		}
	};
}
