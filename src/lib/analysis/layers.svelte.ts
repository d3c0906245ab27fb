import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { MapEvent } from '$lib/events/eventTable';
import type { BorderBandProperties } from '$lib/geo/borderBands';
import { AnalysisClient } from './analysisClient';
import type {
	AnalysisOperation,
	AnalysisOperations,
	BorderSummary,
	LngLat
} from './analysisProtocol';
import { clickedPlace } from './clickedPlace';
import {
	analysisLayerIds,
	defaultZoneDistancesKm,
	perLayer,
	type AnalysisLayerId,
	type AnalysisSources,
	type LineItem,
	type LinkedLayers,
	type PlaceRef,
	type RingItem,
	type ZoneSummary
} from './layerTypes';
import { errorText } from './format';
import { linkedLayers } from './linkedLayers';
import { MeasureState } from './measure.svelte';
import {
	distancePresets,
	placePreset,
	placePresets,
	presetRef,
	routePresets,
	type RangePreset
} from './presets';
import { locatedEvents, locatedEventsIn, summariseZones } from './zones';

export * from './layerTypes';

/** The one call the layers make of the analysis worker (AnalysisClient); tests pass a stand-in. */
export type AnalysisRunner = Pick<AnalysisClient, 'run'>;

/**
 * Which analysis layers are on, their parameters, and their computed geometry. Geometry comes
 * from a Web Worker (AnalysisClient), started when a layer first needs it; everything derived
 * from the time window here is a plain filter, cheap enough to follow the slider.
 */
export class AnalysisLayersState {
	visible = $state(perLayer(false));
	/** Why the last change to a layer failed, in words for the user. */
	messages = $state(perLayer<string | null>(null));
	busy = $state(perLayer(false));

	claimedBorderKm = $state(1000);
	border = $state.raw<BorderSummary | null>(null);

	zoneDistancesKm = $state.raw<number[]>(defaultZoneDistancesKm);
	bands = $state.raw<FeatureCollection<Polygon | MultiPolygon, BorderBandProperties> | null>(null);
	placesNearBorder = $state.raw<FeatureCollection<Point, { name: string; distance_km: number }>>({
		type: 'FeatureCollection',
		features: []
	});
	/** Each located event's distance to the border, km, by event key; replaced whole. */
	#eventDistanceKm = $state.raw<Record<string, number>>({});

	distances = $state.raw<LineItem[]>([]);
	routes = $state.raw<LineItem[]>([]);
	rings = $state.raw<RingItem[]>([]);
	densityRadiusPx = $state(30);

	/** Places offered in the search boxes: presets first, then the basemap's other cities. */
	places = $state.raw<PlaceRef[]>(placePresets.map(presetRef));
	/** Set while the next map click chooses a place; the map view calls {@link pickAt}. */
	picking = $state.raw<{ prompt: string; done: (place: PlaceRef) => void } | null>(null);

	measure = new MeasureState();

	readonly #client: AnalysisRunner;
	readonly #sources: AnalysisSources;
	#nextId = 1;
	#citiesRequested = false;
	/** The events whose distances to the border were last asked of the worker. */
	#distancesAskedFor: readonly MapEvent[] | undefined;

	constructor(sources: AnalysisSources, client: AnalysisRunner = new AnalysisClient()) {
		this.#sources = sources;
		this.#client = client;
	}

	/** Located events (not those placed only at a country) that overlap the time window. */
	eventsInWindow = $derived.by(() =>
		locatedEventsIn(this.#sources.events(), this.#sources.window())
	);

	/**
	 * The border bands with the places and events in each. Counting events needs their distances
	 * to the border, asked of the worker when the events change and first read here; the counts
	 * fill in when it answers.
	 */
	zones = $derived.by((): ZoneSummary[] => {
		if (!this.bands) return [];
		this.#askEventDistances(this.#sources.events());
		return summariseZones(
			this.bands,
			this.placesNearBorder,
			this.eventsInWindow,
			this.#eventDistanceKm
		);
	});

	selectedPlace(): PlaceRef | null {
		return this.#sources.selectedPlace?.() ?? null;
	}

	async setVisible(id: AnalysisLayerId, on: boolean) {
		this.visible[id] = on;
		if (!on) return;
		if (id === 'border' && !this.border) {
			await this.#track('border', async () => (this.border = await this.#run('border', {})));
		}
		if (id === 'zones' && !this.bands) await this.setZoneDistances(this.zoneDistancesKm);
		if (id === 'distances' && this.distances.length === 0) {
			for (const preset of distancePresets) {
				const from = presetRef(placePreset(preset.from));
				await this.addDistance(
					from,
					preset.to === 'border' ? 'border' : presetRef(placePreset(preset.to))
				);
			}
		}
		if (id === 'routes' && this.routes.length === 0) {
			for (const preset of routePresets) {
				await this.addRoute(
					presetRef(placePreset(preset.from)),
					presetRef(placePreset(preset.to)),
					preset.label
				);
			}
		}
	}

	async setZoneDistances(distancesKm: number[]) {
		await this.#track('zones', async () => {
			const bands = await this.#run('bands', { distancesKm });
			const maxDistanceKm = distancesKm[distancesKm.length - 1];
			this.placesNearBorder = await this.#run('placesNearBorder', { maxDistanceKm });
			this.zoneDistancesKm = distancesKm;
			this.bands = bands;
		});
	}

	/**
	 * Starts measuring each located event's distance to the border, unless these events were
	 * already asked for. It only starts the work: its answer is written later, never during the
	 * derivation that calls this.
	 */
	#askEventDistances(events: readonly MapEvent[]) {
		if (events === this.#distancesAskedFor) return;
		this.#distancesAskedFor = events;
		const located = locatedEvents(events);
		this.#run('eventDistancesToBorder', {
			positions: located.map((event) => [event.lon, event.lat] as LngLat)
		}).then(
			(kilometres) => {
				if (events !== this.#distancesAskedFor) return;
				this.#eventDistanceKm = Object.fromEntries(
					located.map((event, i) => [event.key, kilometres[i]])
				);
			},
			(error: unknown) => {
				this.#distancesAskedFor = undefined;
				this.messages.zones = errorText(error);
			}
		);
	}

	async addDistance(from: PlaceRef, to: PlaceRef | 'border') {
		await this.#track('distances', async () => {
			const feature =
				to === 'border'
					? await this.#run('distanceToBorder', {
							from: from.position,
							label: `${from.label} → Belarus–Ukraine border`
						})
					: await this.#run('greatCircle', {
							from: from.position,
							to: to.position,
							label: `${from.label} → ${to.label}`
						});
			this.distances = [...this.distances, { id: this.#id('distance'), feature }];
		});
	}

	async addRoute(from: PlaceRef, to: PlaceRef, label = `${from.label} → ${to.label}`) {
		await this.#track('routes', async () => {
			const feature = await this.#run('greatCircle', {
				from: from.position,
				to: to.position,
				label
			});
			this.routes = [...this.routes, { id: this.#id('route'), feature }];
		});
	}

	async addRing(center: PlaceRef, radiusKm: number, system?: RangePreset) {
		await this.#addRing(
			center.position,
			radiusKm,
			system ? `${system.name} from ${center.label}` : `${radiusKm} km from ${center.label}`,
			system ? `range: ${system.source}; centre: ${center.source}` : `centre: ${center.source}`,
			center.label
		);
	}

	async #addRing(
		center: LngLat,
		radiusKm: number,
		label: string,
		source: string,
		centreLabel?: string
	) {
		await this.#track('rings', async () => {
			const ring = await this.#run('ring', { center, radiusKm });
			const properties = { ...ring.properties, label, source, centre_label: centreLabel };
			const feature = { ...ring, properties };
			this.rings = [...this.rings, { id: this.#id('ring'), feature }];
		});
	}

	/** What a permalink or a slide keeps of the layers: which are on, zones, rings. */
	linked(): LinkedLayers {
		return linkedLayers(this.visible, this.zoneDistancesKm, this.rings);
	}

	/** Restores what {@link linked} kept. */
	async applyLinked(linked: LinkedLayers) {
		if (linked.zonesKm && linked.zonesKm.join() !== this.zoneDistancesKm.join()) {
			await this.setZoneDistances(linked.zonesKm);
		}
		if (linked.rings) {
			this.rings = [];
			for (const ring of linked.rings) {
				await this.#addRing(
					[ring.lon, ring.lat],
					ring.radiusKm,
					ring.label,
					'restored from a link'
				);
			}
		}
		for (const id of analysisLayerIds) await this.setVisible(id, linked.visible.includes(id));
	}

	remove(layer: 'distances' | 'routes' | 'rings', id: string) {
		if (layer === 'rings') this.rings = this.rings.filter((item) => item.id !== id);
		else this[layer] = this[layer].filter((item) => item.id !== id);
	}

	/** Loads the basemap's cities into {@link places} once, for the search boxes. */
	async loadPlaces() {
		if (this.#citiesRequested) return;
		this.#citiesRequested = true;
		const cities = await this.#run('cityPlaces', {});
		const named = this.places.map((place) => place.label);
		this.places = [
			...this.places,
			...cities
				.filter((city) => !named.includes(city.name))
				.map((city) => ({
					label: city.name,
					position: city.position,
					source: 'GeoNames city position (geodata/build/cities.geojson)'
				}))
		];
	}

	/** Places of the whole gazetteer named like `query` (none when there is no gazetteer to ask). */
	searchPlaces(query: string): Promise<PlaceRef[]> {
		return this.#sources.searchPlaces?.(query) ?? Promise.resolve([]);
	}

	startPicking(prompt: string, done: (place: PlaceRef) => void) {
		this.measure.cancel();
		this.picking = { prompt, done };
	}

	pickAt(position: LngLat) {
		const picking = this.picking;
		if (!picking) return;
		this.picking = null;
		picking.done(clickedPlace(position));
	}

	/** Places may arrive as rune proxies (from bound inputs), which a worker cannot receive. */
	#run<K extends AnalysisOperation>(op: K, input: AnalysisOperations[K]['input']) {
		return this.#client.run(op, $state.snapshot(input) as AnalysisOperations[K]['input']);
	}

	async #track(layer: AnalysisLayerId, work: () => Promise<unknown>) {
		this.busy[layer] = true;
		this.messages[layer] = null;
		try {
			await work();
		} catch (error) {
			this.messages[layer] = errorText(error);
		} finally {
			this.busy[layer] = false;
		}
	}

	#id(prefix: string): string {
		return `${prefix}-${this.#nextId++}`;
	}
}
