import type { ArticleInput } from '$lib/extract/types';
import type { ReviewEdit } from '$lib/review/edits';
import type { ImportedLayer } from './importedLayer';
import type { Project } from './projectFile';

/**
 * Keeps only the review edits whose article the project holds or the app always has (the
 * bundled sample articles); `leftOut` names the articles whose edits were dropped. Used when a
 * project file is written, so that it always opens again, and when one is opened.
 */
export function withoutDanglingEdits(
	project: Project,
	alwaysAvailable: readonly string[]
): { project: Project; leftOut: string[] } {
	const held = new Set([...project.articles.map((article) => article.id), ...alwaysAvailable]);
	const edits: Record<string, ReviewEdit[]> = {};
	const leftOut: string[] = [];
	for (const [id, list] of Object.entries(project.edits)) {
		if (held.has(id)) edits[id] = list;
		else if (list.length) leftOut.push(id);
	}
	return { project: { ...project, edits }, leftOut };
}

/** The work already here when a project file is opened. */
export interface LocalWork {
	/** The user's own articles. */
	articles: readonly ArticleInput[];
	/** Ids of the articles the app always has: the bundled samples. */
	alwaysAvailable: readonly string[];
	layers: readonly ImportedLayer[];
}

/** What opening a project file adds to the local work, none of which replaces any of it. */
export interface ProjectOpening {
	/** The file's articles not already here, under ids free here. */
	articles: ArticleInput[];
	/** The file's layers not already here, under ids free here. */
	layers: ImportedLayer[];
	/** Review edits to merge with the local ones, by article id as it is here. */
	edits: Record<string, ReviewEdit[]>;
	/** The file's articles kept beside a different local article of the same id: file id → id here. */
	renamedArticles: Map<string, string>;
	/** What the user should know, in words: articles and layers kept twice, edits left out. */
	notices: string[];
}

/** `id`, or `id-2`, `id-3`… : the first not in `taken`. */
function freeId(id: string, taken: (candidate: string) => boolean): string {
	let n = 2;
	while (taken(`${id}-${n}`)) n++;
	return `${id}-${n}`;
}

const sameArticle = (a: ArticleInput, b: ArticleInput) =>
	a.text === b.text && (a.format ?? 'text') === (b.format ?? 'text');

const sameLayer = (a: ImportedLayer, b: ImportedLayer) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Plans the opening of a project file over local work without losing either: an article or a
 * layer already here unchanged is not added twice; one whose id is taken by a different local
 * article or layer is kept beside it under a new id; review edits are returned for merging
 * (see mergeEditHistories) and edits for an article neither the file nor the app holds are
 * dropped, each with a notice.
 */
export function planProjectOpening(file: Project, local: LocalWork): ProjectOpening {
	const notices: string[] = [];
	const localArticles = new Map(local.articles.map((article) => [article.id, article]));
	const alwaysAvailable = new Set(local.alwaysAvailable);
	const fileArticleIds = new Set(file.articles.map((article) => article.id));
	const articleIdTaken = (id: string) =>
		localArticles.has(id) || alwaysAvailable.has(id) || fileArticleIds.has(id);
	const renamedArticles = new Map<string, string>();
	const articles: ArticleInput[] = [];
	for (const article of file.articles) {
		const here = localArticles.get(article.id);
		if (here && sameArticle(here, article)) continue;
		if (here || alwaysAvailable.has(article.id)) {
			const id = freeId(article.id, articleIdTaken);
			renamedArticles.set(article.id, id);
			articles.push({ ...article, id });
			notices.push(
				`The article “${article.meta?.title ?? article.id}” differs from the one of the same id here; both are kept.`
			);
		} else articles.push(article);
	}

	const { project, leftOut } = withoutDanglingEdits(file, [
		...localArticles.keys(),
		...local.alwaysAvailable
	]);
	const edits: Record<string, ReviewEdit[]> = {};
	for (const [id, list] of Object.entries(project.edits))
		edits[renamedArticles.get(id) ?? id] = list;
	if (leftOut.length)
		notices.push(
			`Review edits for ${leftOut.length === 1 ? 'an article' : `${leftOut.length} articles`} neither in the file nor here were left out (${leftOut.map((id) => `“${id}”`).join(', ')}).`
		);

	const fileLayerIds = new Set(file.layers.map((layer) => layer.id));
	const layers: ImportedLayer[] = [];
	for (const layer of file.layers) {
		const here = local.layers.find((candidate) => candidate.id === layer.id);
		if (here && sameLayer(here, layer)) continue;
		if (here) {
			const id = freeId(
				layer.id,
				(candidate) =>
					fileLayerIds.has(candidate) || local.layers.some((other) => other.id === candidate)
			);
			layers.push({ ...layer, id });
			notices.push(
				`The layer “${layer.name}” differs from the one of the same id here; both are kept.`
			);
		} else layers.push(layer);
	}
	return { articles, layers, edits, renamedArticles, notices };
}
