import type { Extraction } from '$lib/extract';
import { loaders, sampleArticleIds } from 'virtual:sample-extractions';

export { sampleArticleIds };

/**
 * The extraction of one sample article shipped in geodata/corpus, made at build time by the same
 * pipeline as the worker's (scripts/sampleExtractions.ts), loaded on demand.
 */
export async function loadSampleExtraction(id: string): Promise<Extraction> {
	const load = loaders[id];
	if (!load) throw new Error(`There is no sample article “${id}”.`);
	return load();
}
