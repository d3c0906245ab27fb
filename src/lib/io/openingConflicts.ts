import type { ArticleInput } from '$lib/extract/types';
import { hasEditsBeyond, type EditHistory } from '$lib/review/editHistory';
import type { ImportedLayer } from './importedLayer';
import { samePackedEvents } from './packedEvents';
import type { Project } from './projectFile';

/** The work already here when a project file is opened. */
export interface LocalWork {
	/** The user's own articles. */
	articles: readonly ArticleInput[];
	/** Ids of the articles the app always has: the bundled samples. */
	alwaysAvailable: readonly string[];
	layers: readonly ImportedLayer[];
	/** The review edit histories here, by article id. */
	edits: Readonly<Record<string, EditHistory>>;
	/** Titles of the articles read here (the samples' too), by id, to name them to the user. */
	titles: Readonly<Record<string, string>>;
}

/**
 * How a file's article differs from the local one of its id: in its text (or the local one is a
 * bundled sample, which the file never holds), or, with the same text, in the review edits here:
 * some of them are not in the file (replacing them would lose them). Edits only the file holds
 * are no conflict: every choice adds them.
 */
export type ArticleCollision = 'text' | 'edits';

const sameArticle = (a: ArticleInput, b: ArticleInput) =>
	a.text === b.text && (a.format ?? 'text') === (b.format ?? 'text');

export const sameLayer = (a: ImportedLayer, b: ImportedLayer) =>
	a.id === b.id &&
	a.name === b.name &&
	a.format === b.format &&
	samePackedEvents(a.events, b.events);

/**
 * The ids of the file's articles (or of the articles its edits are for) that are here too but
 * differ, with how. An article here unchanged, whose edits the file all holds, does not collide.
 */
export function articleCollisions(file: Project, local: LocalWork): Map<string, ArticleCollision> {
	const localArticles = new Map(local.articles.map((article) => [article.id, article]));
	const samples = new Set(local.alwaysAvailable);
	const editsDiffer = (id: string) =>
		hasEditsBeyond(local.edits[id]?.edits ?? [], file.edits[id] ?? []);
	const collisions = new Map<string, ArticleCollision>();
	for (const article of file.articles) {
		const here = localArticles.get(article.id);
		if (samples.has(article.id) || (here && !sameArticle(here, article)))
			collisions.set(article.id, 'text');
		else if (here && editsDiffer(article.id)) collisions.set(article.id, 'edits');
	}
	for (const id of Object.keys(file.edits)) {
		const held = localArticles.has(id) || samples.has(id);
		if (held && !collisions.has(id) && editsDiffer(id)) collisions.set(id, 'edits');
	}
	return collisions;
}

/** What the user is asked about before a project file opens: what it holds that differs here. */
export interface OpeningConflicts {
	/** Articles here that the file holds another version of (text or review edits), named as here. */
	articles: { id: string; title: string }[];
	/** Layers here that the file holds another version of. */
	layers: { id: string; name: string }[];
}

/**
 * The articles and layers of `file` whose ids are taken here by a different version; none when
 * the file can open without asking (see planProjectOpening for what each answer does).
 */
export function openingConflicts(file: Project, local: LocalWork): OpeningConflicts {
	const localArticles = new Map(local.articles.map((article) => [article.id, article]));
	const fileArticles = new Map(file.articles.map((article) => [article.id, article]));
	const titleOf = (id: string) =>
		localArticles.get(id)?.meta?.title ??
		(Object.hasOwn(local.titles, id) ? local.titles[id] : undefined) ??
		fileArticles.get(id)?.meta?.title ??
		id;
	const localLayers = new Map(local.layers.map((layer) => [layer.id, layer]));
	return {
		articles: [...articleCollisions(file, local).keys()].map((id) => ({ id, title: titleOf(id) })),
		layers: file.layers
			.filter((layer) => {
				const here = localLayers.get(layer.id);
				return here && !sameLayer(here, layer);
			})
			.map(({ id }) => ({ id, name: localLayers.get(id)?.name ?? id }))
	};
}
