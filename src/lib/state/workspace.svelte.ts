import type { Extraction } from '$lib/extract';
import { prepareMapEvents, type ImportedLayer } from '$lib/io/importedLayer';
import { nextTask } from '$lib/io/nextTask';
import type { Project } from '$lib/io/projectFile';
import { withoutDanglingEdits } from '$lib/io/danglingEdits';
import type { WorkChange } from '$lib/io/projectOpening';
import type { PortableDeck } from '$lib/slides/deckRecord';
import {
	deleteArticle,
	loadArticles,
	loadEdits,
	saveArticles,
	type StoredArticle
} from '$lib/storage/workspaceStore';
import type { ExtractClient } from '$lib/workers/extractClient';
import { writeExtractionCache } from '$lib/storage/extractionCacheWriter';
import { ArticleReader } from './articleReader.svelte';
import { byId, positionsById, upserted } from './byId';
import { EditSync } from './editSync';
import type { ExplorerState } from './explorer.svelte';

/** Where imported layers are stored: fetched once the first view is drawn (see restore). */
const layerStore = () => import('$lib/storage/layerStore');

export interface WorkspaceParts {
	explorer: ExplorerState;
	extractor: Pick<ExtractClient, 'digest' | 'extract'>;
	/** Articles the app always has (the bundled samples): edits for them need no article in a file. */
	alwaysAvailableArticleIds: readonly string[];
	/**
	 * Told each time an article is shown or has failed, and once the stored layers are shown, so
	 * that its owner can act on the settled set.
	 */
	onSettled?: () => void;
}

/**
 * The user's own work around the explorer: the articles they added and the layers they
 * imported, read in the extraction worker, kept in IndexedDB, removable with undo. The
 * explorer holds what is shown; this class keeps the store in step with it.
 */
export class Workspace {
	#storageNotice = $state<string | null>(null);
	#undoable = $state.raw<{ message: string; undo: () => void } | null>(null);
	#changedElsewhere = $state(false);
	#restoringLayers = $state(false);
	#layersRestored: Promise<void> = Promise.resolve();
	#onSettled: () => void;
	#userArticles = $state.raw<readonly StoredArticle[]>([]);
	#userArticlesById = $derived(byId(this.#userArticles, (article) => article.input.id));

	#explorer: ExplorerState;
	#edits: EditSync;
	#reader: ArticleReader;
	/** Articles the app always has (the bundled samples): edits for them need no article in a file. */
	#alwaysAvailable: readonly string[];
	/** Tells other tabs of this site that the stored work changed, and hears theirs. */
	#tabs: BroadcastChannel | null = null;

	constructor(parts: WorkspaceParts) {
		this.#alwaysAvailable = parts.alwaysAvailableArticleIds;
		this.#explorer = parts.explorer;
		this.#onSettled = parts.onSettled ?? (() => {});
		this.#edits = new EditSync(
			parts.explorer,
			(write) => this.#save(write),
			() => (this.#changedElsewhere = true)
		);
		this.#reader = new ArticleReader(parts.explorer, parts.extractor, this.#onSettled);
		if (typeof BroadcastChannel !== 'undefined') {
			this.#tabs = new BroadcastChannel('geobrief-workspace');
			this.#tabs.onmessage = () => this.#mergeFromStore();
		}
	}

	/** The articles the user added, by id (not the bundled samples). */
	get userArticles(): ReadonlyMap<string, StoredArticle> {
		return this.#userArticlesById;
	}
	/** Articles shown from an older pipeline's extraction while the current one reads them. */
	get rereading(): readonly string[] {
		return this.#reader.rereading;
	}
	/** Whether articles read or opened are yet to reach the explorer. */
	get updatingArticles(): boolean {
		return this.#reader.updating;
	}
	/** Whether the stored layers are yet to be shown (see restore). */
	get restoringLayers(): boolean {
		return this.#restoringLayers;
	}
	/** Resolves once the stored layers are shown, or could not be read. */
	get layersRestored(): Promise<void> {
		return this.#layersRestored;
	}
	/** A storage problem in words, for a notice; the work on screen is never lost to it. */
	get storageNotice() {
		return this.#storageNotice;
	}
	/** The last removal or project opening, in words, kept so that it can be undone. */
	get undoable() {
		return this.#undoable;
	}
	/** Set when another tab's changes to the same stored work were merged into this one. */
	get changedElsewhere() {
		return this.#changedElsewhere;
	}
	dismissStorageNotice() {
		this.#storageNotice = null;
	}
	dismissUndo() {
		this.#undoable = null;
	}
	dismissChangedElsewhere() {
		this.#changedElsewhere = false;
	}

	/** Stops hearing other tabs (the page is gone); resolves once the writes asked for are done. */
	close(): Promise<unknown> {
		this.#tabs?.close();
		return this.#articleWrites;
	}

	#reportStorage = (error: Error) => {
		this.#storageNotice = error.message;
	};

	/** Runs a save, then tells the other tabs; a failure becomes the storage notice. */
	#save(write: Promise<unknown>) {
		write.then(() => this.#tabs?.postMessage('changed')).catch(this.#reportStorage);
	}

	/** The article and layer writes asked for, one after another. */
	#articleWrites: Promise<unknown> = Promise.resolve();

	/**
	 * Writes articles and layers in the order asked, each begun in a task of its own: IndexedDB
	 * copies a 4.9M-character text or a layer's chunk on the page's thread, which lengthened the
	 * update that shows it by 40–80 ms; and a removal never overtakes the write it follows.
	 */
	#saveInTurn(write: () => Promise<unknown>) {
		const written = this.#articleWrites.then(nextTask).then(write);
		this.#articleWrites = written.catch(() => {});
		this.#save(written);
	}

	/** Shows an article extracted beforehand (the sample articles are extracted at build time). */
	showExtraction(id: string, load: () => Promise<Extraction>) {
		return this.#reader.showExtraction(id, load);
	}

	/**
	 * Adds and shows articles, stored (when `save`) in one write. One that takes the place of an
	 * article of the same id is shown as being read until its new text is.
	 */
	addArticles(articles: readonly StoredArticle[], save: boolean) {
		if (!articles.length) return;
		const explorer = this.#explorer;
		const replaced = articles.filter(({ input }) => this.userArticles.has(input.id));
		if (replaced.length)
			explorer.upsertArticles(
				replaced.map(({ input }) => ({ id: input.id, status: 'loading', progress: 0 }))
			);
		this.#userArticles = upserted(this.#userArticles, articles, (article) => article.input.id);
		const shown = positionsById(explorer.shownArticleIds, (id) => id);
		const added = articles.map((article) => article.input.id);
		explorer.showArticles([...shown.keys(), ...added.filter((id) => !shown.has(id))]);
		for (const { input } of articles) this.#reader.read(input.id, async () => input);
		if (save) this.#saveInTurn(() => saveArticles(articles));
	}

	removeArticle(id: string) {
		const article = this.userArticles.get(id);
		if (!article) return;
		this.#forgetArticle(id, 'The article was removed.');
		this.#undoable = {
			message: `Removed “${article.input.meta?.title ?? id}”.`,
			undo: () => this.addArticles([article], true)
		};
		this.#saveInTurn(() => deleteArticle(id));
		writeExtractionCache({ type: 'delete', id });
	}

	/** Takes an article out of this tab's work, stopping its extraction; the store is not changed. */
	#forgetArticle(id: string, reason: string) {
		this.#userArticles = this.#userArticles.filter((article) => article.input.id !== id);
		this.#reader.stop(id, reason);
		this.#explorer.removeArticle(id);
	}

	addLayer(layer: ImportedLayer, save: boolean) {
		this.#explorer.addLayer(layer);
		if (save) this.#saveInTurn(async () => (await layerStore()).saveLayer(layer));
	}

	removeLayer(id: string) {
		const layer = this.#explorer.importedLayers.find((candidate) => candidate.id === id);
		if (!layer) return;
		this.#explorer.removeLayer(id);
		this.#undoable = {
			message: `Removed “${layer.name}”.`,
			undo: () => this.addLayer(layer, true)
		};
		this.#saveInTurn(async () => (await layerStore()).deleteLayer(id));
	}

	undo() {
		this.#undoable?.undo();
		this.#undoable = null;
	}

	/**
	 * Stores the review edits that changed since they were last stored, merged with what another
	 * tab stored meanwhile; a merge that brought in the other tab's edits is shown here too.
	 */
	saveChangedEdits() {
		this.#edits.saveChanged();
	}

	/**
	 * Takes in what another tab stored: its new articles and layers join, the ones it removed
	 * leave, and its review edits are merged with this tab's (see mergeEditHistories); merged
	 * histories that differ from the stored ones are saved back.
	 */
	async #mergeFromStore() {
		// This tab's own writes first, or an article it has not stored yet would seem removed.
		await this.#articleWrites;
		try {
			const [articles, layers, edits] = await Promise.all([
				loadArticles(),
				layerStore().then((store) => store.loadLayers()),
				loadEdits()
			]);
			const stored = positionsById(articles, (article) => article.input.id);
			this.addArticles(
				articles.filter((article) => !this.userArticles.has(article.input.id)),
				false
			);
			for (const id of [...this.userArticles.keys()])
				if (!stored.has(id)) this.#forgetArticle(id, 'The article was removed in another tab.');
			for (const { id } of this.#explorer.importedLayers)
				if (!layers.some((layer) => layer.id === id)) this.#explorer.removeLayer(id);
			this.#edits.mergeStored(edits);
			this.#changedElsewhere = true;
			await this.#showStored(layers);
		} catch (error) {
			this.#storageNotice = `Changes made in another tab could not be read: ${(error as Error).message}`;
		}
	}

	/**
	 * Shows layers read from storage, each once its map events are made, unless one of its id is
	 * shown by then (this tab's own, or one put in meanwhile: either is newer).
	 */
	async #showStored(layers: ImportedLayer[]) {
		const shown = (id: string) => this.#explorer.importedLayers.some((layer) => layer.id === id);
		for (const layer of layers) {
			if (!shown(layer.id)) await prepareMapEvents(layer);
			if (!shown(layer.id)) this.#explorer.addLayer(layer);
		}
	}

	/**
	 * The stored articles (read once the caller is ready); edits are restored at once, and layers
	 * once `layersAfter` resolves (the first view drawn: their store is fetched then).
	 */
	async restore(layersAfter: Promise<unknown> = Promise.resolve()): Promise<StoredArticle[]> {
		loadEdits()
			.then((edits) => this.#edits.restore(edits))
			.catch(this.#reportStorage);
		this.#restoringLayers = true;
		this.#layersRestored = layersAfter
			.then(layerStore)
			.then(async (store) => {
				const layers = await store.loadLayers();
				await this.#showStored(layers);
				// Behind this tab's writes, each record checked first: a layer removed or replaced since
				// stays so. One that fails is packed again at the next visit. Only when there is one:
				// every write tells the other tabs the stored work changed.
				const packed = store.packedFromRowsOf(layers);
				if (packed.length)
					this.#saveInTurn(() => store.storePackedFromRows(packed).catch(() => undefined));
			})
			.catch(this.#reportStorage)
			.finally(() => {
				this.#restoringLayers = false;
				this.#onSettled();
			});
		try {
			return await loadArticles();
		} catch (error) {
			this.#storageNotice = (error as Error).message;
			return [];
		}
	}

	/**
	 * The project as it stands; `link` is the permalink of the current view. Edits for articles
	 * that are neither the user's nor bundled (removed ones) are left out, named in `leftOut`, so
	 * that the file always opens again.
	 */
	project(link: string, slides: PortableDeck | null): { project: Project; leftOut: string[] } {
		return withoutDanglingEdits(
			{
				articles: [...this.userArticles.values()].map((article) => article.input),
				edits: Object.fromEntries(
					Object.entries(this.#explorer.edits).map(([id, history]) => [id, [...history.edits]])
				),
				layers: [...this.#explorer.importedLayers],
				slides,
				settings: { shownArticleIds: this.#explorer.shownArticleIds, link }
			},
			this.#alwaysAvailable
		);
	}

	/**
	 * Makes `change` to the work, stored, as one step that `undo` takes back by making `reversal`
	 * (see reversalOf); `message` says what was done.
	 */
	changeUndoably(change: WorkChange, reversal: WorkChange, message: string, addedAt: string) {
		this.#apply(change, addedAt);
		this.#undoable = { message, undo: () => this.#apply(reversal, addedAt) };
	}

	/** Makes a change to the work, stored; an article put in place of one keeps its time of adding. */
	#apply(change: WorkChange, addedAt: string) {
		const explorer = this.#explorer;
		this.addArticles(
			change.articles.map((input) => ({
				input,
				addedAt: this.userArticles.get(input.id)?.addedAt ?? addedAt
			})),
			true
		);
		for (const id of change.removedArticleIds) {
			this.#forgetArticle(id, 'The article was taken out of the work.');
			this.#saveInTurn(() => deleteArticle(id));
		}
		for (const layer of change.layers) this.addLayer(layer, true);
		for (const id of change.removedLayerIds) {
			explorer.removeLayer(id);
			this.#saveInTurn(async () => (await layerStore()).deleteLayer(id));
		}
		explorer.replaceEdits({ ...explorer.edits, ...change.edits });
		this.saveChangedEdits();
	}
}
