/**
 * Vite plugin: the sample articles of geodata/corpus are extracted at build time by the same
 * pipeline the worker runs, so a first visit shows their events without downloading the
 * gazetteer. `virtual:sample-extractions` lists the ids and a loader per extraction: in a build
 * each is a JSON file of its own (data fetched, not code to compile), in dev a module.
 * The pipeline is imported through tsx when first needed, not bundled into the Vite config.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

const LIST_ID = 'virtual:sample-extractions';
const VERSION_ID = 'virtual:pipeline-version';
const ARTICLE_PREFIX = 'virtual:sample-extraction/';
const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../geodata/corpus');

type Pipeline = typeof import('./sampleExtractions');
let pipeline: Promise<Pipeline> | undefined;
const loadPipeline = () =>
	(pipeline ??= tsImport('./sampleExtractions.ts', import.meta.url) as Promise<Pipeline>);

export function sampleExtractionsPlugin(): Plugin {
	let building = false;
	return {
		name: 'geobrief-sample-extractions',
		configResolved(config) {
			building = config.command === 'build';
		},
		resolveId(id) {
			if (id === LIST_ID || id === VERSION_ID || id.startsWith(ARTICLE_PREFIX)) return `\0${id}`;
		},
		async load(id) {
			if (id === `\0${VERSION_ID}`) {
				return `export const pipelineVersion = ${JSON.stringify((await loadPipeline()).pipelineVersion())};`;
			}
			if (id === `\0${LIST_ID}`) {
				this.addWatchFile(corpus);
				const { sampleArticleIds, sampleExtraction } = await loadPipeline();
				const ids = sampleArticleIds();
				const loaders = ids.map((article) => {
					if (!building) {
						return `${JSON.stringify(article)}: () => import(${JSON.stringify(ARTICLE_PREFIX + article)}).then((module) => module.default)`;
					}
					const file = this.emitFile({
						type: 'asset',
						name: `${article}.json`,
						source: JSON.stringify(sampleExtraction(article))
					});
					return `${JSON.stringify(article)}: () => fetchJson(import.meta.ROLLUP_FILE_URL_${file})`;
				});
				const fetchJson = `async function fetchJson(url) {
					const response = await fetch(url);
					if (!response.ok) throw new Error(\`The sample article could not be loaded (\${response.status}).\`);
					return response.json();
				}`;
				return `${fetchJson}\nexport const sampleArticleIds = ${JSON.stringify(ids)};\nexport const loaders = {${loaders.join(',')}};`;
			}
			if (id.startsWith(`\0${ARTICLE_PREFIX}`)) {
				const article = id.slice(ARTICLE_PREFIX.length + 1);
				this.addWatchFile(path.join(corpus, `${article}.txt`));
				const json = JSON.stringify((await loadPipeline()).sampleExtraction(article));
				return `export default JSON.parse(${JSON.stringify(json)});`;
			}
		}
	};
}
