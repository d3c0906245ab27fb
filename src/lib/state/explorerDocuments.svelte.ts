import type { MapEvent } from '$lib/events/eventTable';
import { explorerEvents, type ExplorerEvent } from '$lib/events/explorerEvents';
import type { Extraction } from '$lib/extract';
import { importedKeyParts, mapEventsOfLayer, type ImportedLayer } from '$lib/io/importedLayer';
import {
	emptyEditHistory,
	recordEdit,
	redoEdit,
	undoEdit,
	type EditHistory
} from '$lib/review/editHistory';
import type { ReviewedExtraction, ReviewedToponym, ReviewEdit } from '$lib/review/edits';
import {
	eventEdit,
	placeEdit,
	type EventAction,
	type PlaceAction
} from '$lib/review/reviewActions';
import { positionsById, upserted } from './byId';
import { reviewedOnce } from './reviewedOnce';

/** An article as the explorer holds it: being read, read, or failed. */
export type ArticleRecord =
	| { id: string; status: 'loading'; progress: number }
	| { id: string; status: 'ready'; extraction: Extraction }
	| { id: string; status: 'error'; message: string };

const noEdits: readonly ReviewEdit[] = [];

/** The time stamp of an edit made now. */
const editTime = () => new Date().toISOString();

/**
 * The explorer's domain data: the articles and their extractions, which of them are shown, the
 * reviewer's edits to them, and the layers the user imported. ExplorerState adds the selection.
 */
export class ExplorerDocuments {
	/** Replaced, never mutated in place: deep proxies over every extraction cost seconds with many articles. */
	#articles = $state.raw<ArticleRecord[]>([]);
	#shownArticleIds = $state.raw<string[]>([]);
	/** Where each article is in `articles`, by id, so that lookups stay O(1) with many articles. */
	articlePositions: ReadonlyMap<string, number> = $derived(
		positionsById(this.#articles, (article) => article.id)
	);
	#shownPositions: ReadonlyMap<string, number> = $derived(
		positionsById(this.#shownArticleIds, (id) => id)
	);
	#edits = $state.raw<Record<string, EditHistory>>({});
	#importedLayers = $state.raw<ImportedLayer[]>([]);
	#hiddenLayerIds = $state.raw<readonly string[]>([]);
	#onEditRecorded: () => void;

	constructor(onEditRecorded: () => void) {
		this.#onEditRecorded = onEditRecorded;
	}

	get articles(): readonly ArticleRecord[] {
		return this.#articles;
	}
	get shownArticleIds(): readonly string[] {
		return this.#shownArticleIds;
	}
	isShown(id: string): boolean {
		return this.#shownPositions.has(id);
	}
	/** The reviewer's corrections per article, kept apart from the automatic extraction. */
	get edits(): Readonly<Record<string, EditHistory>> {
		return this.#edits;
	}
	/** Event layers the user imported from GeoJSON, CSV, KML or TopoJSON files. */
	get importedLayers(): readonly ImportedLayer[] {
		return this.#importedLayers;
	}
	/** The imported layers the user hid from the map and the timeline, of those held. */
	get hiddenLayerIds(): readonly string[] {
		return this.#hiddenLayerIds.filter((id) =>
			this.#importedLayers.some((layer) => layer.id === id)
		);
	}
	isLayerShown(id: string): boolean {
		return !this.#hiddenLayerIds.includes(id);
	}

	#lastReady: ReviewedExtraction[] = [];
	/** Shown articles as reviewed: the automatic extraction with the reviewer's edits applied. */
	readyArticles: ReviewedExtraction[] = $derived.by(() => {
		const ready = this.#articles.flatMap((article) => {
			if (article.status !== 'ready' || !this.isShown(article.id)) return [];
			return [this.#reviewed(article.id, article.extraction)];
		});
		// An article being read changes its record at every step of progress: the ready ones keep
		// their list, so the events, the timeline and the map are not made anew meanwhile.
		const unchanged =
			ready.length === this.#lastReady.length &&
			ready.every((article, index) => article === this.#lastReady[index]);
		if (!unchanged) this.#lastReady = ready;
		return this.#lastReady;
	});
	#readyPositions: ReadonlyMap<string, number> = $derived(
		positionsById(this.readyArticles, (article) => article.doc.id)
	);

	/** The events of the shown imported layers. */
	importedEvents: MapEvent[] = $derived(
		([] as MapEvent[]).concat(
			...this.#importedLayers.filter((layer) => this.isLayerShown(layer.id)).map(mapEventsOfLayer)
		)
	);

	#reviewed(id: string, extraction: Extraction) {
		return reviewedOnce(extraction, this.#edits[id]?.edits ?? noEdits);
	}

	/**
	 * Makes an article's extraction as reviewed, and its events, ahead of the update that shows it
	 * (both are kept per extraction): for a 4.9M-character article they were a quarter of it.
	 */
	prepareArticle(id: string, extraction: Extraction): readonly ExplorerEvent[] {
		return explorerEvents(this.#reviewed(id, extraction));
	}

	/** Adds these articles, or replaces those already held, in one change. */
	upsertArticles(records: readonly ArticleRecord[]) {
		this.#articles = upserted(this.#articles, records, (article) => article.id);
	}

	/** An imported event's layer and index in it, from its key; null for any other key or a hidden layer. */
	importedEventOf(key: string | null) {
		if (!key) return null;
		const { layerId, index } = importedKeyParts(key);
		if (!this.isLayerShown(layerId)) return null;
		const layer = this.#importedLayers.find((candidate) => candidate.id === layerId);
		const held = layer && Number.isInteger(index) && index >= 0 && index < layer.events.count;
		return held ? { layer, index } : null;
	}

	recordEdit(docId: string, edit: ReviewEdit) {
		this.#setHistory(docId, recordEdit(this.#edits[docId] ?? emptyEditHistory, edit));
	}

	#setHistory(docId: string, history: EditHistory) {
		this.#edits = { ...this.#edits, [docId]: history };
		this.#onEditRecorded();
	}

	/** An article's record (loading, ready or failed), by its id. */
	articleRecord(id: string): ArticleRecord | undefined {
		const position = this.articlePositions.get(id);
		return position === undefined ? undefined : this.#articles[position];
	}

	/** A shown article as reviewed, by its id. */
	readyArticle(docId: string): ReviewedExtraction | undefined {
		const position = this.#readyPositions.get(docId);
		return position === undefined ? undefined : this.readyArticles[position];
	}

	/** A place mention of a shown article, by its toponym index. */
	toponymOf(docId: string, toponymIndex: number): ReviewedToponym | undefined {
		return this.readyArticle(docId)?.toponyms[toponymIndex];
	}

	/** Records a decision about a place mention of a shown article (by its toponym index). */
	reviewPlace(docId: string, toponymIndex: number, action: PlaceAction) {
		const toponym = this.toponymOf(docId, toponymIndex);
		if (toponym) this.recordEdit(docId, placeEdit(toponym, action, editTime()));
	}

	/** Records a decision about an event of a shown article (by its event index). */
	reviewEvent(docId: string, eventIndex: number, action: EventAction) {
		const event = this.readyArticle(docId)?.events[eventIndex];
		if (event) this.recordEdit(docId, eventEdit(event, action, editTime()));
	}

	undoEdit(docId: string) {
		const history = this.#edits[docId];
		if (history) this.#setHistory(docId, undoEdit(history));
	}

	redoEdit(docId: string) {
		const history = this.#edits[docId];
		if (history) this.#setHistory(docId, redoEdit(history));
	}

	addLayer(layer: ImportedLayer) {
		this.#importedLayers = [
			...this.#importedLayers.filter((other) => other.id !== layer.id),
			layer
		];
	}

	toggleLayer(id: string) {
		this.hideLayers(
			this.isLayerShown(id)
				? [...this.#hiddenLayerIds, id]
				: this.#hiddenLayerIds.filter((hidden) => hidden !== id)
		);
	}

	/** Hides these imported layers and shows the others. */
	hideLayers(ids: readonly string[]) {
		this.#hiddenLayerIds = [...ids];
	}

	toggleArticle(id: string) {
		this.#shownArticleIds = this.#shownArticleIds.includes(id)
			? this.#shownArticleIds.filter((shown) => shown !== id)
			: [...this.#shownArticleIds, id];
	}

	/** Shows these articles, in this order. */
	showArticles(ids: readonly string[]) {
		this.#shownArticleIds = [...ids];
	}

	showArticle(id: string) {
		if (!this.#shownPositions.has(id)) this.#shownArticleIds = [...this.#shownArticleIds, id];
	}

	/** Replaces the review histories, as read from storage or a project file. */
	replaceEdits(edits: Record<string, EditHistory>) {
		this.#edits = edits;
	}
	removeLayer(id: string) {
		this.#importedLayers = this.#importedLayers.filter((layer) => layer.id !== id);
	}

	removeArticle(id: string) {
		this.#articles = this.#articles.filter((article) => article.id !== id);
		this.#shownArticleIds = this.#shownArticleIds.filter((shown) => shown !== id);
	}
}
