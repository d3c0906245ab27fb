import { SvelteMap } from 'svelte/reactivity';
import type { ArticleInput } from '$lib/extract';
import type { ImportedLayer } from '$lib/io/importedLayer';
import type { Project } from '$lib/io/projectFile';
import {
	deleteArticle,
	deleteLayer,
	loadArticles,
	loadEdits,
	loadLayers,
	saveArticle,
	saveEdits,
	saveLayer,
	type StoredArticle
} from '$lib/storage/workspaceStore';
import type { ExtractClient } from '$lib/workers/extractClient';
import type { ExplorerState } from './explorer.svelte';

/**
 * The user's own work around the explorer: the articles they added and the layers they
 * imported, read in the extraction worker, kept in IndexedDB, removable with undo. The
 * explorer holds what is shown; this class keeps the store in step with it.
 */
export class Workspace {
	/** A storage problem in words, for a notice; the work on screen is never lost to it. */
	storageNotice = $state<string | null>(null);
	/** The last removal, kept so that it can be undone. */
	removed = $state.raw<{ label: string; restore: () => void } | null>(null);
	userArticles = new SvelteMap<string, StoredArticle>();

	#explorer: ExplorerState;
	#extractor: ExtractClient;
	#onArticleSettled: () => void;

	constructor(explorer: ExplorerState, extractor: ExtractClient, onArticleSettled: () => void) {
		this.#explorer = explorer;
		this.#extractor = extractor;
		this.#onArticleSettled = onArticleSettled;
	}

	#reportStorage = (error: Error) => {
		this.storageNotice = error.message;
	};

	/** Reads an article in the extraction worker; it joins the explorer when done. */
	async readArticle(id: string, load: () => Promise<ArticleInput>) {
		const explorer = this.#explorer;
		explorer.upsertArticle({ id, status: 'loading', progress: 0 });
		try {
			const input = await load();
			const extraction = await this.#extractor.extract(input, (progress) =>
				explorer.upsertArticle({ id, status: 'loading', progress })
			);
			explorer.upsertArticle({ id, status: 'ready', extraction });
		} catch (error) {
			explorer.upsertArticle({
				id,
				status: 'error',
				message: error instanceof Error ? error.message : String(error)
			});
		}
		this.#onArticleSettled();
	}

	addArticle(article: StoredArticle, save: boolean) {
		const explorer = this.#explorer;
		this.userArticles.set(article.input.id, article);
		if (!explorer.shownArticleIds.includes(article.input.id)) {
			explorer.shownArticleIds = [...explorer.shownArticleIds, article.input.id];
		}
		this.readArticle(article.input.id, async () => article.input);
		if (save) saveArticle(article).catch(this.#reportStorage);
	}

	removeArticle(id: string) {
		const article = this.userArticles.get(id);
		if (!article) return;
		this.userArticles.delete(id);
		this.#explorer.removeArticle(id);
		this.removed = {
			label: article.input.meta?.title ?? id,
			restore: () => this.addArticle(article, true)
		};
		deleteArticle(id).catch(this.#reportStorage);
	}

	addLayer(layer: ImportedLayer, save: boolean) {
		this.#explorer.addLayer(layer);
		if (save) saveLayer(layer).catch(this.#reportStorage);
	}

	removeLayer(id: string) {
		const layer = this.#explorer.importedLayers.find((candidate) => candidate.id === id);
		if (!layer) return;
		this.#explorer.removeLayer(id);
		this.removed = { label: layer.name, restore: () => this.addLayer(layer, true) };
		deleteLayer(id).catch(this.#reportStorage);
	}

	undoRemoval() {
		this.removed?.restore();
		this.removed = null;
	}

	/** Stores one article's review edits; called whenever they change. */
	saveEdits(articleId: string) {
		const history = this.#explorer.edits[articleId];
		if (history) saveEdits(articleId, history).catch(this.#reportStorage);
	}

	/** The stored articles (read once the caller is ready); layers and edits are restored at once. */
	async restore(): Promise<StoredArticle[]> {
		loadEdits()
			.then((edits) => (this.#explorer.edits = { ...edits, ...this.#explorer.edits }))
			.catch((error: Error) => {
				this.storageNotice = `Your review edits could not be read: ${error.message}`;
			});
		loadLayers()
			.then((layers) => {
				for (const layer of layers) this.addLayer(layer, false);
			})
			.catch((error: Error) => {
				this.storageNotice = `Your imported layers could not be read: ${error.message}`;
			});
		try {
			return await loadArticles();
		} catch (error) {
			this.storageNotice = `Your saved articles could not be read: ${(error as Error).message}`;
			return [];
		}
	}

	/** The project as it stands; `link` is the permalink of the current view. */
	project(link: string): Project {
		return {
			articles: [...this.userArticles.values()].map((article) => article.input),
			edits: Object.fromEntries(
				Object.entries(this.#explorer.edits).map(([id, history]) => [id, [...history.edits]])
			),
			layers: this.#explorer.importedLayers,
			slides: null,
			settings: { shownArticleIds: this.#explorer.shownArticleIds, link }
		};
	}

	/** Adds a project file's articles and layers; the caller restores its view. */
	openProject(project: Project, addedAt: string) {
		for (const input of project.articles) {
			if (!this.userArticles.has(input.id)) this.addArticle({ input, addedAt }, true);
		}
		for (const layer of project.layers) this.addLayer(layer, true);
		for (const [id, edits] of Object.entries(project.edits)) {
			this.#explorer.edits = { ...this.#explorer.edits, [id]: { edits, undone: [] } };
			this.saveEdits(id);
		}
	}
}
