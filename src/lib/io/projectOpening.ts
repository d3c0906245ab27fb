import type { ArticleInput } from '$lib/extract/types';
import {
	editHistoryOf,
	emptyEditHistory,
	mergeEditHistories,
	type EditHistory
} from '$lib/review/editHistory';
import { prepareMapEvents, type ImportedLayer } from './importedLayer';
import { articleCollisions, sameLayer, type LocalWork } from './openingConflicts';
import { withoutDanglingEdits } from './danglingEdits';
import { madeAtOnce, madeInTasks, mergingPackedEvents } from './packedEvents';
import type { Project } from './projectFile';

/**
 * What to do with an article or layer of the file whose id is taken here by a different one:
 * - replace: the file's article (its text and its review edits) or layer takes the place of the
 *   local one; a bundled sample's text is never replaced, so a file's article of a sample's id is
 *   kept beside it, as with keep-both;
 * - keep-both: the file's article or layer is kept beside the local one under a new id; with the
 *   same text, the two versions' review edits are merged;
 * - merge: one article and one layer per id: the local article keeps its text and the file's
 *   review edits join its own (see mergeEditHistories), unless the texts differ (then the file's
 *   edits, made on its text, are left out); the local layer gains the file's events it lacks.
 */
export type OpeningChoice = 'replace' | 'keep-both' | 'merge';

/** A change to the local work, as one step: what it puts in (beside or in place of what is here, by id) and what it takes out. */
export interface WorkChange {
	/** Articles to add, or to put in place of the local one of the same id. */
	articles: ArticleInput[];
	/** Layers to add, or to put in place of the local one of the same id. */
	layers: ImportedLayer[];
	/** The review edit histories the change sets, by article id, as they are to be. */
	edits: Record<string, EditHistory>;
	removedArticleIds: string[];
	removedLayerIds: string[];
}

/**
 * The change that takes `change` back over `local`, the work it was made to: it puts back the
 * articles, layers and edit histories `change` replaced or removed and takes out those it added.
 */
export function reversalOf(change: WorkChange, local: LocalWork): WorkChange {
	const localArticles = new Map(local.articles.map((article) => [article.id, article]));
	const localLayers = new Map(local.layers.map((layer) => [layer.id, layer]));
	const articleIds = [...change.articles.map(({ id }) => id), ...change.removedArticleIds];
	const layerIds = [...change.layers.map(({ id }) => id), ...change.removedLayerIds];
	return {
		articles: articleIds.flatMap((id) => localArticles.get(id) ?? []),
		layers: layerIds.flatMap((id) => localLayers.get(id) ?? []),
		edits: Object.fromEntries(
			Object.keys(change.edits).map((id) => [id, local.edits[id] ?? emptyEditHistory])
		),
		removedArticleIds: articleIds.filter((id) => !localArticles.has(id)),
		removedLayerIds: layerIds.filter((id) => !localLayers.has(id))
	};
}

/** What opening a project file changes in the local work, given the user's choice; it removes nothing. */
export interface ProjectOpening extends WorkChange {
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

/** The local layer with the file's events it does not hold added after its own. */
function mergedLayer(here: ImportedLayer, file: ImportedLayer): ImportedLayer {
	return { ...here, events: madeAtOnce(mergingPackedEvents(here.events, file.events)) };
}

/**
 * Makes beforehand, a slice per task, what opening `file` would otherwise make in its one task:
 * the map events of its layers and, for 'merge', the layers merged with the local ones of their
 * ids, which it gives by the local layer each was made from (for planProjectOpening).
 */
export async function prepareOpening(
	file: Project,
	local: LocalWork,
	choice: OpeningChoice
): Promise<Map<ImportedLayer, ImportedLayer>> {
	const merged = new Map<ImportedLayer, ImportedLayer>();
	for (const layer of file.layers) {
		await prepareMapEvents(layer);
		const here = local.layers.find(({ id }) => id === layer.id);
		if (choice !== 'merge' || !here || sameLayer(here, layer)) continue;
		const events = await madeInTasks(mergingPackedEvents(here.events, layer.events));
		if (events === here.events) continue;
		const mergedLayer = { ...here, events };
		await prepareMapEvents(mergedLayer);
		merged.set(here, mergedLayer);
	}
	return merged;
}

/** “an article”, or “3 articles”. */
const articlesInWords = (count: number) => (count === 1 ? 'an article' : `${count} articles`);

/**
 * Plans the opening of a project file over local work. What the file and the local work share
 * unchanged is not added twice; what differs under the same id is resolved by `choice` (see
 * OpeningChoice); the file's other articles and layers are added, and its review edits for
 * articles here merged with the local ones. Edits for an article neither the file nor the app
 * holds are dropped, with a notice.
 */
export function planProjectOpening(
	file: Project,
	local: LocalWork,
	choice: OpeningChoice = 'keep-both',
	/** Layers merged beforehand (prepareOpening), by the local layer each was made from. */
	mergedBefore: ReadonlyMap<ImportedLayer, ImportedLayer> = new Map()
): ProjectOpening {
	const notices: string[] = [];
	const collisions = articleCollisions(file, local);
	const localArticles = new Map(local.articles.map((article) => [article.id, article]));
	const alwaysAvailable = new Set(local.alwaysAvailable);
	const fileArticleIds = new Set(file.articles.map((article) => article.id));
	const articleIdTaken = (id: string) =>
		localArticles.has(id) || alwaysAvailable.has(id) || fileArticleIds.has(id);
	const renamedArticles = new Map<string, string>();
	const articles: ArticleInput[] = [];
	/** Articles whose text differs here, whose file edits merge leaves out. */
	const otherText = new Set<string>();
	for (const article of file.articles) {
		const here = localArticles.get(article.id);
		if (collisions.get(article.id) !== 'text') {
			if (!here) articles.push(article);
		} else if (choice === 'merge') otherText.add(article.id);
		else if (choice === 'replace' && here) articles.push(article);
		else {
			const id = freeId(article.id, articleIdTaken);
			renamedArticles.set(article.id, id);
			articles.push({ ...article, id });
			notices.push(
				`The article “${article.meta?.title ?? article.id}” differs from the one of the same id here; both are kept.`
			);
		}
	}

	const { project, leftOut } = withoutDanglingEdits(file, [
		...localArticles.keys(),
		...local.alwaysAvailable
	]);
	const edits: Record<string, EditHistory> = {};
	const replacedIds = choice === 'replace' ? [...collisions.keys()] : [];
	for (const id of new Set([...Object.keys(project.edits), ...replacedIds])) {
		if (otherText.has(id)) continue;
		const fileEdits = project.edits[id] ?? [];
		const idHere = renamedArticles.get(id) ?? id;
		const ours = local.edits[idHere] ?? emptyEditHistory;
		const replacing = choice === 'replace' && collisions.has(id) && !renamedArticles.has(id);
		const history = replacing ? editHistoryOf(fileEdits) : mergeEditHistories([], ours, fileEdits);
		if (history !== ours) edits[idHere] = history;
	}
	const editsLeftOut = [...otherText].filter((id) => project.edits[id]?.length);
	if (editsLeftOut.length)
		notices.push(
			`Review edits of the file for ${articlesInWords(editsLeftOut.length)} whose text differs here were left out.`
		);
	if (leftOut.length)
		notices.push(
			`Review edits for ${articlesInWords(leftOut.length)} neither in the file nor here were left out (${leftOut.map((id) => `“${id}”`).join(', ')}).`
		);

	const localLayers = new Map(local.layers.map((layer) => [layer.id, layer]));
	const fileLayerIds = new Set(file.layers.map((layer) => layer.id));
	const layers: ImportedLayer[] = [];
	for (const layer of file.layers) {
		const here = localLayers.get(layer.id);
		if (!here) layers.push(layer);
		else if (sameLayer(here, layer)) continue;
		else if (choice === 'replace') layers.push(layer);
		else if (choice === 'merge') {
			const merged = mergedBefore.get(here) ?? mergedLayer(here, layer);
			if (merged.events.count > here.events.count) layers.push(merged);
		} else {
			const id = freeId(
				layer.id,
				(candidate) => fileLayerIds.has(candidate) || localLayers.has(candidate)
			);
			layers.push({ ...layer, id });
			notices.push(
				`The layer “${layer.name}” differs from the one of the same id here; both are kept.`
			);
		}
	}
	return {
		articles,
		layers,
		edits,
		removedArticleIds: [],
		removedLayerIds: [],
		renamedArticles,
		notices
	};
}
