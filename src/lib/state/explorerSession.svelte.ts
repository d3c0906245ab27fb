import type { AnalysisLayersState } from '$lib/analysis/layers.svelte';
import {
	perLayer,
	type AnalysisSources,
	type LinkedLayers,
	type PlaceRef
} from '$lib/analysis/layerTypes';
import type { Basemap } from '$lib/basemap/loadBasemap';
import type { Extraction } from '$lib/extract';
import type { Project } from '$lib/io/projectFile';
import type { ProjectOpening } from '$lib/io/projectOpening';
import type { DeckSession } from '$lib/slides/deckSession.svelte';
import type { SnapshotContent } from '$lib/slides/slide';
import type { SlidePlacer } from '$lib/slides/slideLayout';
import { overlaps } from '$lib/time/interval';
import type { ExtractClient } from '$lib/workers/extractClient';
import { ExplorerState, type MapCommands } from './explorer.svelte';
import {
	parsePermalink,
	serializePermalink,
	withRenamedArticles,
	type PermalinkState
} from '$lib/permalink/permalink';
import { ProjectOpener } from './projectOpener.svelte';
import { Workspace } from './workspace.svelte';

/** The time stamp of a project opened now. */
const timeNow = () => new Date().toISOString();

/** What a session reads from outside the page: the network, the worker, the bundled samples. */
export interface SessionServices {
	/** Moves the map; the map view attaches the map to it. */
	camera: MapCommands;
	extractor: Pick<ExtractClient, 'prepare' | 'digest' | 'extract' | 'searchPlaces' | 'draftEvent'>;
	loadBasemap: () => Promise<Basemap>;
	sampleArticleIds: readonly string[];
	loadSampleExtraction: (id: string) => Promise<Extraction>;
	/** Loads the slide deck's code and its stored slides. */
	openDeck: () => Promise<DeckSession>;
	/** How long extraction waits for a map that does not draw, ms. */
	mapPatienceMs?: number;
}

/**
 * One visit to the explorer: builds and owns the explorer, the user's workspace, the map camera,
 * the analysis layers and the slide deck; restores the permalink and the stored work on start,
 * opens project files, and gives the permalink of what is on screen for the page to write.
 */
export class ExplorerSession {
	readonly explorer: ExplorerState;
	readonly workspace: Workspace;
	/** Opens project files, asking first when one differs here under the same ids. */
	readonly projectOpener: ProjectOpener;
	/** The analysis layers load once the map has drawn, to keep the first load small. */
	readonly analysisLayers: Promise<AnalysisLayersState>;
	#layers = $state.raw<AnalysisLayersState | null>(null);
	/** A link's layers, held until the analysis layers have loaded. */
	#linkedLayers = $state.raw<LinkedLayers | undefined>();
	readonly extractor: SessionServices['extractor'];
	readonly sampleArticleIds: readonly string[];
	/** The deck loads once the map has drawn, to keep the first load small. */
	readonly deck: Promise<DeckSession>;
	/** The code that words a slide, loaded with the deck: only the deck's slides need it. */
	#slideWording: typeof import('./snapshot') | null = null;

	#services: SessionServices;
	#basemap = $state.raw<Basemap | undefined>();
	#basemapError = $state<string | null>(null);
	#notice = $state<string | null>(null);
	#noticeFleeting = $state(false);
	#initialView = $state.raw<PermalinkState['view']>();
	#view = $state.raw<PermalinkState['view']>();
	/** The permalink's (or project file's) state, held until the articles it names have been read. */
	#pendingLink = $state.raw<PermalinkState | null>(null);
	#settleMap: () => void = () => {};
	#isMapSettled = $state(false);
	/**
	 * Resolves once the map has drawn (or cannot be drawn): extraction waits for it, because on
	 * a two-core machine the two compete and the map is what the reader sees first.
	 */
	readonly mapSettled = new Promise<void>((resolve) => (this.#settleMap = resolve));

	constructor(services: SessionServices) {
		this.#services = services;
		this.extractor = services.extractor;
		this.sampleArticleIds = services.sampleArticleIds;
		this.explorer = new ExplorerState(services.camera, () => this.workspace.saveChangedEdits());
		this.workspace = new Workspace({
			explorer: this.explorer,
			extractor: services.extractor,
			alwaysAvailableArticleIds: services.sampleArticleIds,
			onSettled: () => this.#applyPendingLink()
		});
		this.projectOpener = new ProjectOpener({
			explorer: this.explorer,
			workspace: this.workspace,
			alwaysAvailableArticleIds: services.sampleArticleIds,
			now: timeNow,
			onOpened: (project, opening) => this.#projectOpened(project, opening)
		});
		const analysisSources: AnalysisSources = {
			events: () => this.explorer.mapEvents,
			window: () => this.explorer.effectiveWindow,
			selectedPlace: () => {
				const selected = this.explorer.selectedEvent;
				return selected
					? {
							label: selected.place?.name ?? 'Selected event',
							position: [selected.lon, selected.lat],
							source: 'the selected event’s extracted place'
						}
					: null;
			},
			searchPlaces: async (query) => {
				const found: PlaceRef[] = (await this.extractor.searchPlaces(query)).map((place) => ({
					label: place.countryIso2 ? `${place.name}, ${place.countryIso2}` : place.name,
					position: [place.lon, place.lat],
					source: 'the gazetteer (geodata/build/gazetteer.bin: GeoNames, Natural Earth)'
				}));
				// Namesakes of one country (a city and its division) keep the likelier, listed first.
				return found.filter((place, i) => found.findIndex((p) => p.label === place.label) === i);
			}
		};
		// Its failure to load is shown where the layers would be (MapArea).
		this.analysisLayers = this.mapSettled.then(async () => {
			const { AnalysisLayersState } = await import('$lib/analysis/layers.svelte');
			const layers = new AnalysisLayersState(analysisSources);
			if (this.#linkedLayers) layers.applyLinked(this.#linkedLayers);
			this.#linkedLayers = undefined;
			this.#layers = layers;
			return layers;
		});
		this.deck = this.mapSettled.then(async () => {
			const [deck, slideWording] = await Promise.all([services.openDeck(), import('./snapshot')]);
			this.#slideWording = slideWording;
			return deck;
		});
	}

	/** The analysis layers, once loaded (see analysisLayers). */
	get layers(): AnalysisLayersState | null {
		return this.#layers;
	}

	get basemap() {
		return this.#basemap;
	}
	/** Why the map cannot be shown, in words, or null. */
	get basemapError() {
		return this.#basemapError;
	}
	/**
	 * A note for the user: what of the link or the project file just opened was left out, or which
	 * part of the app could not be loaded.
	 */
	get notice() {
		return this.#notice;
	}
	/** The map view the link asked for, applied once when the map appears. */
	get initialView() {
		return this.#initialView;
	}

	/** Whether the notice only confirms what was done ("Saved the project…"): it goes by itself. */
	get noticeIsFleeting() {
		return this.#notice !== null && this.#noticeFleeting;
	}

	showNotice(message: string, options: { fleeting?: boolean } = {}) {
		this.#notice = message;
		this.#noticeFleeting = options.fleeting ?? false;
	}

	dismissNotice() {
		this.#notice = null;
	}

	/**
	 * Whether the map has drawn (or cannot be drawn): what the first view does not need (the
	 * reading pane, the timeline, the analysis tools, the cards) loads from then on. Unlike
	 * extraction, it does not stop waiting for a slow map: loading it then would slow the map more.
	 */
	get isMapSettled() {
		return this.#isMapSettled;
	}

	/** The map drew, or will not: extraction and the slide deck may start. */
	settleMap() {
		this.#isMapSettled = true;
		this.#settleMap();
	}

	/** Where the map looks now, as the map reports it after each move. */
	updateView(view: NonNullable<PermalinkState['view']>) {
		this.#view = view;
	}

	/**
	 * Reads the link (a URL hash), loads the basemap, restores the stored work, shows the sample
	 * articles, and once the map has drawn reads the stored articles; the link's selection is
	 * applied when they have all settled.
	 */
	async start(hash: string) {
		const state = this.#readLink(hash);
		this.#initialView = this.#view = state.view;
		this.#pendingLink = state;
		this.#services
			.loadBasemap()
			.then((loaded) => (this.#basemap = loaded))
			.catch((error) => {
				this.#basemapError = error instanceof Error ? error.message : String(error);
				this.settleMap();
			});
		setTimeout(() => this.#settleMap(), this.#services.mapPatienceMs ?? 5_000);
		const { explorer, workspace } = this;
		const samples = this.sampleArticleIds;
		const stored = await workspace.restore(this.mapSettled);
		const known = [...samples, ...stored.map((article) => article.input.id)];
		const linked = state.articleIds?.filter((id) => known.includes(id));
		explorer.showArticles(linked?.length ? linked : known);
		// Stored articles count as loading from now, so that the link waits for them too.
		explorer.upsertArticles(known.map((id) => ({ id, status: 'loading', progress: 0 })));
		// The samples were extracted at build time: their events can be drawn as the map appears.
		for (const id of samples)
			workspace.showExtraction(id, () => this.#services.loadSampleExtraction(id));
		await this.mapSettled;
		workspace.addArticles(stored, false);
	}

	/** Follows a link given while the explorer is open: pasted into the address bar, or Back. */
	followLink(hash: string) {
		this.#pendingLink = this.#readLink(hash);
		this.#applyPendingLink();
	}

	/** A link's state; the parts it could not read are named in the notice. */
	#readLink(hash: string): PermalinkState {
		const { state, problems } = parsePermalink(hash);
		if (problems.length)
			this.showNotice(`Parts of this link were ignored: ${problems.join(', ')}.`);
		return state;
	}

	/** Adds a project file's slides, and restores the file's view of the work it opened. */
	#projectOpened(project: Project, opening: ProjectOpening) {
		if (opening.notices.length) this.showNotice(opening.notices.join(' '));
		if (project.slides) {
			this.deck
				.then((deck) => deck.addPortable(project.slides, 'the project file'))
				.then((problems) => {
					if (problems.length) {
						this.showNotice(
							`Some slides of the project file were left out: ${problems.join(', ')}.`
						);
					}
				});
		}
		const link =
			typeof project.settings.link === 'string' ? parsePermalink(project.settings.link) : null;
		if (link) this.#pendingLink = withRenamedArticles(link.state, opening.renamedArticles);
		this.#applyPendingLink();
	}

	#applyPendingLink() {
		const link = this.#pendingLink;
		// A link can select an event of a stored layer: it waits for the layers too.
		const reading =
			this.workspace.updatingArticles ||
			this.workspace.restoringLayers ||
			this.explorer.articles.some((article) => article.status === 'loading');
		if (!link || reading) return;
		this.#pendingLink = null;
		this.applyLink(link);
	}

	/**
	 * Reopens a slide: its window, event, filters, layers and view, with its articles shown. The
	 * articles shown now stay shown (those added since the capture would otherwise seem gone)
	 * unless `onlyItsArticles`. Returns how many shown articles the slide does not hold.
	 */
	openSlide(link: PermalinkState, options: { onlyItsArticles: boolean }): number {
		const its = link.articleIds ?? [];
		const others = options.onlyItsArticles
			? []
			: this.explorer.shownArticleIds.filter((id) => !its.includes(id));
		this.applyLink({ ...link, articleIds: [...its, ...others] });
		return others.length;
	}

	/** Restores a permalink's state over the current one, showing only the link's articles. */
	applyLink(link: PermalinkState) {
		const notes = [];
		if (!this.explorer.restoreSelection(link))
			notes.push('The event in this link was not found; the rest of the link was restored.');
		// Only the layers held here stay hidden (see hiddenLayerIds).
		const hidden = this.explorer.hiddenLayerIds;
		if (link.hiddenLayerIds?.some((id) => !hidden.includes(id)))
			notes.push(
				'This link was made with imported data that is not in this browser: to share imported data, send a project file (Export & project…).'
			);
		if (notes.length) this.showNotice(notes.join(' '));
		if (link.view) this.explorer.focusMap({ ...link.view, restored: true });
		if (!link.layers) return;
		if (this.#layers) this.#layers.applyLinked(link.layers);
		else this.#linkedLayers = link.layers;
	}

	/** The state a permalink of this moment carries. */
	#link(): PermalinkState {
		const explorer = this.explorer;
		return {
			articleIds: [...explorer.shownArticleIds],
			window: explorer.window ?? undefined,
			eventKey: explorer.selectedKey ?? undefined,
			view: this.#view,
			layers: this.#layers?.linked() ?? this.#linkedLayers,
			filters: explorer.filters,
			hiddenLayerIds: [...explorer.hiddenLayerIds]
		};
	}

	/** The permalink (a URL hash) of what is on screen; null while a link is still being applied. */
	permalink: string | null = $derived(this.#pendingLink ? null : serializePermalink(this.#link()));

	/** The project as it stands, slides included, for the project file. */
	async project() {
		const deck = await this.deck;
		return this.workspace.project(serializePermalink(this.#link()), await deck.portable());
	}

	/**
	 * What a slide captures now: the link, the window, the selected event and the events inside
	 * the capture frame (which `inFrame` tells), and the sources.
	 */
	snapshot(placeOnSlide: SlidePlacer): SnapshotContent {
		if (!this.#slideWording) throw new Error('A slide was asked for before the deck loaded.');
		const layers = this.#layers;
		const { analysisInFrame, openMapTest, snapshotContent } = this.#slideWording;
		const inFrame = openMapTest(placeOnSlide);
		const explorer = this.explorer;
		const selected = explorer.selectedEvent;
		const window = explorer.effectiveWindow;
		const article = selected && explorer.readyArticle(selected.docId);
		const visibleEvents = window
			? explorer.mapEvents.filter((event) => overlaps(event, window))
			: explorer.mapEvents;
		return snapshotContent({
			permalinkState: this.#link(),
			window,
			selected:
				selected && article
					? { event: selected, text: article.doc.text, meta: article.doc.meta }
					: null,
			inFrame,
			placeOnSlide,
			visibleEvents,
			visibleLayers: layers?.visible ?? perLayer(false),
			articles: explorer.readyArticles.map((extraction) => ({
				id: extraction.doc.id,
				meta: extraction.doc.meta
			})),
			importedLayers: explorer.importedLayers,
			border: this.#basemap?.border ?? null,
			dataSources: this.#basemap?.sources ?? [],
			attribution: this.#basemap?.attribution ?? '',
			analysis: layers ? analysisInFrame(layers, inFrame, visibleEvents) : []
		});
	}

	/**
	 * The user is about to add an article: the worker loads the gazetteer now (seconds on a first
	 * visit), so that reading it starts at once. A failure here is left to the reading to report.
	 */
	prepareToRead() {
		this.extractor.prepare().catch(() => {});
	}

	/** Ends the session: it stops hearing the other tabs. */
	close() {
		this.workspace.close();
	}

	/** Escape leaves the innermost mode, unless the measuring tool is on (it has its own). */
	escape() {
		if (!this.#layers?.measure.mode) this.explorer.escape();
	}
}
