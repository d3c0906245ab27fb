import type { ArticleInput, ArticleMeta } from '$lib/extract';

const texts = import.meta.glob<string>('/geodata/corpus/*.txt', {
	query: '?raw',
	import: 'default'
});
const metas = import.meta.glob<Record<string, unknown>>('/geodata/corpus/*.meta.json', {
	import: 'default'
});

export const sampleArticleIds: string[] = Object.keys(texts)
	.map((path) => path.replace(/^.*\/(.+)\.txt$/, '$1'))
	.sort();

function metaFrom(json: Record<string, unknown>): Partial<ArticleMeta> {
	const text = (key: string) => (typeof json[key] === 'string' ? (json[key] as string) : undefined);
	return {
		title: text('title'),
		author: text('author'),
		publisher: text('publisher'),
		published: text('published'),
		url: text('url') ?? null
	};
}

/** Loads one sample article shipped in geodata/corpus, text and metadata, on demand. */
export async function loadSampleArticle(id: string): Promise<ArticleInput> {
	const textLoader = texts[`/geodata/corpus/${id}.txt`];
	const metaLoader = metas[`/geodata/corpus/${id}.meta.json`];
	if (!textLoader || !metaLoader) throw new Error(`There is no sample article “${id}”.`);
	const [text, meta] = await Promise.all([textLoader(), metaLoader()]);
	return { id, text, format: 'text', meta: metaFrom(meta) };
}
