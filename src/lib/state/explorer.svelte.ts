import type { MapEvent } from '$lib/events/eventTable';
import type { Extraction } from '$lib/extract';
import { mapEventsOfLayer, type ImportedLayer } from '$lib/io/importedLayer';
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
import { explorerEvents, type ExplorerEvent } from '$lib/events/explorerEvents';
import { isOffTheMap } from '$lib/events/eventModality';
import { timelineSpan } from '$lib/events/timelineSpan';
import { addMonths, startOfMonth } from '$lib/time/days';
import { overlaps, type DayInterval } from '$lib/time/interval';
import { clampWindow } from '$lib/time/timeWindow';
import { positionsById } from './byId';
import { passesFilters, type EventFilters } from './eventFilters';
import { targetOfEvent, type MapCommands, type MapTarget } from './mapCommands';
import { reviewedOnce } from './reviewedOnce';

export type ArticleRecord =
	| { id: string; status: 'loading'; progress: number }
	| { id: string; status: 'ready'; extraction: Extraction }
	| { id: string; status: 'error'; message: string };

const noEdits: readonly ReviewEdit[] = [];

/** The time stamp of an edit made now. */
const editTime = () => new Date().toISOString();

/** A place mention of an article, by the index of its toponym. */
export interface PlaceRef {
	docId: string;
	toponymIndex: number;
}

export type { MapCommands, MapTarget } from './mapCommands';

/**
 * The one source of truth for the explorer: domain data (articles and their extractions) and
 * the user's selection (shown articles, time window, selected and hovered event). The map, the
 * timeline and the reading pane derive what they draw from it and never read each other.
 */
export class ExplorerState {
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
	#paneOpen = $state(true);
	#window = $state.raw<DayInterval | null>(null);
	#selectedKey = $state<string | null>(null);
	#hoveredKey = $state<string | null>(null);
	#hoveredPlace = $state.raw<PlaceRef | null>(null);
	#placeBeingMoved = $state.raw<PlaceRef | null>(null);
	#edits = $state.raw<Record<string, EditHistory>>({});
	#importedLayers = $state.raw<ImportedLayer[]>([]);
	#filters = $state.raw<EventFilters>({});
	#camera: MapCommands;
	#onEditRecorded: () => void;

	/** `onEditRecorded` is told of each edit the reviewer makes, undoes or redoes (to store it). */
	constructor(camera: MapCommands = { flyTo() {} }, onEditRecorded: () => void = () => {}) {
		this.#camera = camera;
		this.#onEditRecorded = onEditRecorded;
	}

	get articles(): readonly ArticleRecord[] {
		return this.#articles;
	}
	get shownArticleIds(): readonly string[] {
		return this.#shownArticleIds;
	}
	get paneOpen() {
		return this.#paneOpen;
	}
	/** The time window, or null for all time. */
	get window() {
		return this.#window;
	}
	get selectedKey() {
		return this.#selectedKey;
	}
	get hoveredKey() {
		return this.#hoveredKey;
	}
	get hoveredPlace() {
		return this.#hoveredPlace;
	}
	/** The place mention the reviewer is placing by dragging its marker on the map. */
	get placeBeingMoved() {
		return this.#placeBeingMoved;
	}
	/** The reviewer's corrections per article, kept apart from the automatic extraction. */
	get edits(): Readonly<Record<string, EditHistory>> {
		return this.#edits;
	}
	/** Which article events are shown, by kind, date precision and review status. */
	get filters(): EventFilters {
		return this.#filters;
	}
	/** Event layers the user imported from GeoJSON, CSV, KML or TopoJSON files. */
	get importedLayers(): readonly ImportedLayer[] {
		return this.#importedLayers;
	}

	/** Shown articles as reviewed: the automatic extraction with the reviewer's edits applied. */
	readyArticles: ReviewedExtraction[] = $derived(
		this.#articles.flatMap((article) => {
			if (article.status !== 'ready' || !this.#shownPositions.has(article.id)) return [];
			return [reviewedOnce(article.extraction, this.#edits[article.id]?.edits ?? noEdits)];
		})
	);
	#readyPositions: ReadonlyMap<string, number> = $derived(
		positionsById(this.readyArticles, (article) => article.doc.id)
	);

	/** Every event of the shown articles that passes the filters, earliest first. */
	events: ExplorerEvent[] = $derived(
		this.readyArticles
			.flatMap(explorerEvents)
			.filter((event) => passesFilters(event, this.#filters))
			.sort((a, b) => a.start - b.start || a.end - b.end || a.key.localeCompare(b.key))
	);

	importedEvents: MapEvent[] = $derived(this.#importedLayers.flatMap(mapEventsOfLayer));

	/** Article events told as having happened or planned; negated and hypothetical ones stay in the text only. */
	drawnEvents: ExplorerEvent[] = $derived(this.events.filter((event) => !isOffTheMap(event.event)));

	/** Every dated event the timeline counts, article and imported alike. */
	allEvents: MapEvent[] = $derived([...this.drawnEvents, ...this.importedEvents]);

	/** What the map draws: located article events first, then imported ones. */
	mapEvents: MapEvent[] = $derived([
		...this.drawnEvents.filter((event) => event.located),
		...this.importedEvents
	]);

	/**
	 * The span of the events (see timelineSpan: not periods dated only from their length), widened
	 * to whole months, or null before any event exists.
	 */
	timeBounds: DayInterval | null = $derived.by(() => {
		const span = timelineSpan(this.allEvents);
		return span
			? { start: startOfMonth(span.start), end: addMonths(startOfMonth(span.end), 1) - 1 }
			: null;
	});

	effectiveWindow: DayInterval | null = $derived(this.window ?? this.timeBounds);

	/** The selected article event; null when nothing or an imported row is selected. */
	selectedEvent: ExplorerEvent | null = $derived(
		this.events.find((event) => event.key === this.#selectedKey) ?? null
	);
	hoveredEvent: ExplorerEvent | null = $derived(
		this.events.find((event) => event.key === this.#hoveredKey) ?? null
	);

	/**
	 * The event the reading pane shows: the selected one while it is inside the window, else,
	 * once the user has narrowed the window, the latest drawn event that starts inside it.
	 */
	activeEvent: ExplorerEvent | null = $derived.by(() => {
		const window = this.window;
		const selected = this.selectedEvent;
		if (!window || (selected && overlaps(selected, window))) return selected;
		return (
			this.drawnEvents.findLast(
				(event) => event.start >= window.start && event.start <= window.end
			) ?? null
		);
	});

	upsertArticle(record: ArticleRecord) {
		const index = this.articlePositions.get(record.id);
		const articles = [...this.#articles];
		articles[index ?? articles.length] = record;
		this.#articles = articles;
	}

	/** An imported event's row and layer, from its key, or null for any other key. */
	importedEventOf(key: string | null) {
		if (!key) return null;
		const separator = key.lastIndexOf(':');
		const layer = this.#importedLayers.find(
			(candidate) => candidate.id === key.slice(0, separator)
		);
		const row = layer?.events[Number(key.slice(separator + 1))];
		return layer && row ? { layer, row } : null;
	}

	recordEdit(docId: string, edit: ReviewEdit) {
		this.#setHistory(docId, recordEdit(this.#edits[docId] ?? emptyEditHistory, edit));
	}

	#setHistory(docId: string, history: EditHistory) {
		this.#edits = { ...this.#edits, [docId]: history };
		this.#onEditRecorded();
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

	removeLayer(id: string) {
		this.#importedLayers = this.#importedLayers.filter((layer) => layer.id !== id);
		if (this.#selectedKey?.startsWith(`${id}:`)) this.#selectedKey = null;
	}

	removeArticle(id: string) {
		this.#articles = this.#articles.filter((article) => article.id !== id);
		this.#shownArticleIds = this.#shownArticleIds.filter((shown) => shown !== id);
		if (this.#selectedKey?.startsWith(`${id}:`)) this.#selectedKey = null;
	}

	toggleArticle(id: string) {
		this.#shownArticleIds = this.#shownArticleIds.includes(id)
			? this.#shownArticleIds.filter((shown) => shown !== id)
			: [...this.#shownArticleIds, id];
	}

	setWindow(window: DayInterval) {
		this.#window = this.timeBounds ? clampWindow(window, this.timeBounds) : window;
	}

	/** Selects an event and moves the window, if needed, so that the event is inside it. */
	selectEvent(key: string | null) {
		this.#selectedKey = key;
		const event = this.events.find((candidate) => candidate.key === key);
		if (!event) return;
		const window = this.effectiveWindow;
		if (window && !overlaps(event, window)) {
			const length = window.end - window.start;
			this.setWindow({
				start: event.start - Math.floor(length / 2),
				end: event.start + Math.ceil(length / 2)
			});
		}
		if (event.located) this.focusMap(targetOfEvent(event));
	}

	focusMap(target: MapTarget) {
		this.#camera.flyTo(target);
	}

	/** Shows these articles, in this order. */
	showArticles(ids: readonly string[]) {
		this.#shownArticleIds = [...ids];
	}

	/**
	 * Restores a permalink's or a slide's selection over the current one: the articles it shows
	 * (those still known), its filters or none, its window or all time, and its event. False if
	 * the event is gone.
	 */
	restoreSelection(link: {
		articleIds?: readonly string[];
		window?: DayInterval;
		eventKey?: string;
		filters?: EventFilters;
	}) {
		const known = link.articleIds?.filter((id) => this.articlePositions.has(id));
		if (known?.length) this.showArticles(known);
		this.#filters = link.filters ?? {};
		this.#window = null;
		if (link.window) this.setWindow(link.window);
		const found = this.events.some((event) => event.key === link.eventKey);
		this.#selectedKey = found ? (link.eventKey ?? null) : null;
		return found || !link.eventKey;
	}

	/** Shows only the events that pass these filters; a selected event that does not is let go. */
	filterEvents(filters: EventFilters) {
		this.#filters = filters;
		if (this.#selectedKey && !this.importedEventOf(this.#selectedKey) && !this.selectedEvent)
			this.#selectedKey = null;
	}

	showArticle(id: string) {
		if (!this.#shownPositions.has(id)) this.#shownArticleIds = [...this.#shownArticleIds, id];
	}

	togglePane() {
		this.#paneOpen = !this.#paneOpen;
	}

	/** Shows all time again. */
	clearWindow() {
		this.#window = null;
	}

	hoverEvent(key: string | null) {
		this.#hoveredKey = key;
	}

	hoverPlace(place: PlaceRef | null) {
		this.#hoveredPlace = place;
	}

	/** Starts (or, with null, ends) placing a place mention by dragging its marker. */
	movePlace(place: PlaceRef | null) {
		this.#placeBeingMoved = place;
	}

	/** Leaves the innermost mode: placing a mention first, then the selected event. */
	escape() {
		if (this.#placeBeingMoved) this.#placeBeingMoved = null;
		else this.#selectedKey = null;
	}

	/** Replaces the review histories, as read from storage or a project file. */
	replaceEdits(edits: Record<string, EditHistory>) {
		this.#edits = edits;
	}
}
