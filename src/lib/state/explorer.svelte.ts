import type { MapEvent } from '$lib/events/eventTable';
import { explorerEvents, type ExplorerEvent } from '$lib/events/explorerEvents';
import { isOffTheMap } from '$lib/events/eventModality';
import { groupByRegion } from '$lib/events/regionEvents';
import { timelineSpan } from '$lib/events/timelineSpan';
import { addMonths, startOfMonth } from '$lib/time/days';
import { overlaps, type DayInterval } from '$lib/time/interval';
import { clampWindow } from '$lib/time/timeWindow';
import { mapEventsOfLayer } from '$lib/io/importedLayer';
import { ExplorerDocuments } from './explorerDocuments.svelte';
import { passesFilters, type EventFilters } from '$lib/permalink/eventFilters';
import { boundsOf, targetOfEvent, type MapCommands, type MapTarget } from './mapCommands';

/** A place mention of an article, by the index of its toponym. */
export interface PlaceRef {
	docId: string;
	toponymIndex: number;
}

export type { MapCommands, MapTarget } from './mapCommands';

/**
 * The one source of truth for the explorer: the domain data of ExplorerDocuments (articles,
 * their extractions and edits, imported layers) and the user's selection over it (time window,
 * event filters, selected and hovered event). The map, the timeline and the reading pane derive
 * what they draw from it and never read each other.
 */
export class ExplorerState extends ExplorerDocuments {
	#paneOpen = $state(true);
	#window = $state.raw<DayInterval | null>(null);
	#selectedKey = $state<string | null>(null);
	#hoveredKey = $state<string | null>(null);
	#hoveredPlace = $state.raw<PlaceRef | null>(null);
	#placeBeingMoved = $state.raw<PlaceRef | null>(null);
	#filters = $state.raw<EventFilters>({});
	#articleToReveal = $state.raw<{ id: string } | null>(null);
	#camera: MapCommands;

	/** `onEditRecorded` is told of each edit the reviewer makes, undoes or redoes (to store it). */
	constructor(
		camera: MapCommands = { flyTo() {}, fitBounds() {} },
		onEditRecorded: () => void = () => {}
	) {
		super(onEditRecorded);
		this.#camera = camera;
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
	/**
	 * The article the reader just added, for the pane to bring into view while it is read and once
	 * it is: a new request each time, even for the same article.
	 */
	get articleToReveal() {
		return this.#articleToReveal;
	}
	#placeBeingMovedWithToponym = $derived.by(() => {
		const moving = this.#placeBeingMoved;
		const toponym = moving && this.toponymOf(moving.docId, moving.toponymIndex);
		return moving && toponym ? { ...moving, toponym } : null;
	});
	/** The place mention the reviewer is placing by dragging its marker on the map, with its toponym. */
	get placeBeingMoved() {
		return this.#placeBeingMovedWithToponym;
	}
	/** Which article events are shown, by kind, date precision and review status. */
	get filters(): EventFilters {
		return this.#filters;
	}

	/**
	 * Every event of the shown articles that passes the filters, earliest first; events of the same
	 * dates in article order, then text order (the sort is stable).
	 */
	events: ExplorerEvent[] = $derived(
		this.readyArticles
			.flatMap(explorerEvents)
			.filter((event) => passesFilters(event, this.#filters))
			.sort((a, b) => a.start - b.start || a.end - b.end)
	);

	/** Article events told as having happened or planned; negated and hypothetical ones stay in the text only. */
	drawnEvents: ExplorerEvent[] = $derived(this.events.filter((event) => !isOffTheMap(event.event)));

	/** Every dated event the timeline counts, article and imported alike. */
	allEvents: MapEvent[] = $derived((this.drawnEvents as MapEvent[]).concat(this.importedEvents));

	#located = $derived(this.drawnEvents.filter((event) => event.located));

	/** What the map shows: located article events first, then imported ones. */
	mapEvents: MapEvent[] = $derived((this.#located as MapEvent[]).concat(this.importedEvents));

	#byRegion = $derived(groupByRegion(this.#located));

	/** Article events placed only at a country or a region: the map highlights each such area. */
	get regionGroups() {
		return this.#byRegion.groups;
	}

	/** The map events drawn as symbols: every one not in a region group. */
	pointEvents: MapEvent[] = $derived(
		(this.#byRegion.pointEvents as MapEvent[]).concat(this.importedEvents)
	);

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

	/** Narrows time to this window; one that holds all time is all time ("All time" has nothing to undo). */
	setWindow(window: DayInterval) {
		const bounds = this.timeBounds;
		if (!bounds) {
			this.#window = window;
			return;
		}
		const clamped = clampWindow(window, bounds);
		const whole = clamped.start <= bounds.start && clamped.end >= bounds.end;
		this.#window = whole ? null : clamped;
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
		hiddenLayerIds?: readonly string[];
	}) {
		const known = link.articleIds?.filter((id) => this.articlePositions.has(id));
		if (known?.length) this.showArticles(known);
		this.hideLayers(link.hiddenLayerIds ?? []);
		this.#filters = link.filters ?? {};
		this.#window = null;
		if (link.window) this.setWindow(link.window);
		const found =
			this.events.some((event) => event.key === link.eventKey) ||
			this.importedEventOf(link.eventKey ?? null) !== null;
		this.#selectedKey = found ? (link.eventKey ?? null) : null;
		return found || !link.eventKey;
	}

	/** Hides these imported layers and shows the others; a selected event of a hidden one is let go. */
	override hideLayers(ids: readonly string[]) {
		super.hideLayers(ids);
		this.#letGoOfUnshownSelection();
	}

	/** Shows only the events that pass these filters; a selected event that does not is let go. */
	filterEvents(filters: EventFilters) {
		this.#filters = filters;
		this.#letGoOfUnshownSelection();
	}

	#letGoOfUnshownSelection() {
		if (this.#selectedKey && !this.importedEventOf(this.#selectedKey) && !this.selectedEvent)
			this.#selectedKey = null;
	}

	togglePane() {
		this.#paneOpen = !this.#paneOpen;
	}

	/** Asks the pane to bring this article into view, open, while it is read and once it is. */
	revealArticle(id: string) {
		this.#articleToReveal = { id };
		this.#paneOpen = true;
	}

	/**
	 * The pane showed the article of this request, read: the map shows its places, and all time
	 * if the window holds none of its events.
	 */
	articleRevealed(request: { id: string }) {
		if (this.#articleToReveal !== request) return;
		this.#articleToReveal = null;
		this.#reveal(this.#located.filter((event) => event.docId === request.id));
	}

	/** Shows an imported layer, and its rows on the map: all time if the window holds none of them. */
	revealLayer(id: string) {
		const layer = this.importedLayers.find((candidate) => candidate.id === id);
		if (!layer) return;
		if (!this.isLayerShown(id)) this.toggleLayer(id);
		this.#reveal(mapEventsOfLayer(layer));
	}

	/** The map shows these events, and all time if the window holds none of them. */
	#reveal(events: readonly MapEvent[]) {
		const bounds = boundsOf(events);
		if (!bounds) return;
		const window = this.#window;
		if (window && !events.some((event) => overlaps(event, window))) this.#window = null;
		this.#camera.fitBounds(bounds);
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

	override removeLayer(id: string) {
		super.removeLayer(id);
		if (this.#selectedKey?.startsWith(`${id}:`)) this.#selectedKey = null;
	}

	override removeArticle(id: string) {
		super.removeArticle(id);
		if (this.#selectedKey?.startsWith(`${id}:`)) this.#selectedKey = null;
	}

	/** Leaves the innermost mode: placing a mention first, then the selected event. */
	escape() {
		if (this.#placeBeingMoved) this.#placeBeingMoved = null;
		else this.#selectedKey = null;
	}
}
