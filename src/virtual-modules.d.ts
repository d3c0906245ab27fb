/** Made by scripts/sampleExtractions.ts at build time. */
declare module 'virtual:sample-extractions' {
	import type { Extraction } from '$lib/extract';
	export const sampleArticleIds: string[];
	export const loaders: Record<string, () => Promise<Extraction>>;
}

/** A hash of the extraction pipeline's code and data, made by scripts/sampleExtractions.ts. */
declare module 'virtual:pipeline-version' {
	export const pipelineVersion: string;
}
