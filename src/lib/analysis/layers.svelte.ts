import type { LinkedLayers } from '$lib/state/permalink';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { MapEvent } from '$lib/events/eventTable';
import type { BorderBandProperties } from '$lib/geo/borderBands';
import type { RangeRingProperties } from '$lib/geo/rangeRing';
import type { DayInterval } from '$lib/time/interval';
import { AnalysisClient } from './analysisClient';
import type {
	AnalysisOperation,
	AnalysisOperations,
	BorderSummary,
	LngLat,
	MeasuredLineProperties
} from './analysisProtocol';
import { MeasureState } from './measure.svelte';
import {
	distancePresets,
	placePreset,
	placePresets,
	routePresets,
	type RangePreset
} from './presets';

export const analysisLayerIds = [
	'border',
	'zones',
	'distances',
	'rings',
	'routes',
	'density'
] as const;
export type AnalysisLayerId = (typeof analysisLayerIds)[number];

/** A place to measure from or to, with where its position comes from. */
export interface PlaceRef {
	label: string;
	position: LngLat;
	source: string;
}

export interface LineItem {
	id: string;
	feature: Feature<LineString, MeasuredLineProperties>;
}

export interface RingItem {
	id: string;
	feature: Feature<Polygon, RangeRingProperties & { label: string; source: string }>;
}

export interface ZoneSummary {
	id: string;
	minKm: number;
	maxKm: number;
	areaKm2: number;
	method: string;
	places: string[];
	eventCount: number;
}

export interface AnalysisSources {
	/** All events the explorer shows. */
	events: () => MapEvent[];
	/** The time window, or null for all time. */
	window: () => DayInterval | null;
	/** The selected event's place, offered as a point to measure from. */
	selectedPlace?: () => PlaceRef | null;
}

export const defaultZoneDistancesKm = [25, 50, 100];

/**
 * Which analysis layers are on, their parameters, and their computed geometry. Geometry comes
 * from a Web Worker (AnalysisClient), started when a layer first needs it; everything derived
 * from the time window here is a plain filter, cheap enough to follow the slider.
 */
export class AnalysisLayersState {
	visible = $state<Record<AnalysisLayerId, boolean>>({
		border: false,
		zones: false,
		distances: false,
		rings: false,
		routes: false,
		density: false
	});
	/** Why the last change to a layer failed, in words for the user. */
	messages = $state<Record<AnalysisLayerId, string | null>>({
		border: null,
		zones: null,
		distances: null,
		rings: null,
		routes: null,
		density: null
	});
	busy = $state<Record<AnalysisLayerId, boolean>>({
		border: false,
		zones: false,
		distances: false,
		rings: false,
		routes: false,
		density: false
	});

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

	readonly #client = new AnalysisClient();
	readonly #sources: AnalysisSources;
	#nextId = 1;
	#citiesRequested = false;

	constructor(sources: AnalysisSources) {
		this.#sources = sources;
	}

	/** Located events (not those placed only at a country) that overlap the time window. */
	eventsInWindow = $derived.by(() => {
		const window = this.#sources.window();
		return this.#sources
			.events()
			.filter(
				(event) =>
					event.scope !== 'country' &&
					(!window || (event.start <= window.end && window.start <= event.end))
			);
	});

	zones = $derived.by((): ZoneSummary[] => {
		if (!this.bands) return [];
		const distances = this.#eventDistanceKm;
		return this.bands.features.map((band) => {
			const { min_km: minKm, max_km: maxKm } = band.properties;
			const inBand = (km: number | undefined) => km !== undefined && km >= minKm && km < maxKm;
			return {
				id: band.properties.id,
				minKm,
				maxKm,
				areaKm2: band.properties.area_km2,
				method: band.properties.method,
				places: this.placesNearBorder.features
					.filter((place) => inBand(place.properties.distance_km))
					.map((place) => place.properties.name),
				eventCount: this.eventsInWindow.filter((event) => inBand(distances[event.key])).length
			};
		});
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
	 * Measures every event's distance to the border (in the worker) for the zone counts; call it
	 * from an effect so it reruns when the events change.
	 */
	async refreshEventDistances() {
		const events = this.#sources.events().filter((event) => event.scope !== 'country');
		const kilometres = await this.#run('eventDistancesToBorder', {
			positions: events.map((event) => [event.lon, event.lat] as LngLat)
		});
		this.#eventDistanceKm = Object.fromEntries(
			events.map((event, i) => [event.key, kilometres[i]])
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
		await this.#track('rings', async () => {
			const ring = await this.#run('ring', { center: center.position, radiusKm });
			const label = system
				? `${system.name} from ${center.label}`
				: `${radiusKm} km from ${center.label}`;
			const source = system
				? `range: ${system.source}; centre: ${center.source}`
				: `centre: ${center.source}`;
			const feature = { ...ring, properties: { ...ring.properties, label, source } };
			this.rings = [...this.rings, { id: this.#id('ring'), feature }];
		});
	}

	/** What a permalink or a slide keeps of the layers: which are on, zones, rings. */
	linked(): LinkedLayers {
		const defaultZones = this.zoneDistancesKm.join() === defaultZoneDistancesKm.join();
		return {
			visible: analysisLayerIds.filter((id) => this.visible[id]),
			...(defaultZones ? {} : { zonesKm: this.zoneDistancesKm }),
			...(this.rings.length
				? {
						rings: this.rings.map(({ feature }) => ({
							lon: feature.properties.center[0],
							lat: feature.properties.center[1],
							radiusKm: feature.properties.radius_km,
							label: feature.properties.label
						}))
					}
				: {})
		};
	}

	/** Restores what {@link linked} kept. */
	async applyLinked(linked: LinkedLayers) {
		if (linked.zonesKm && linked.zonesKm.join() !== this.zoneDistancesKm.join()) {
			await this.setZoneDistances(linked.zonesKm);
		}
		if (linked.rings) {
			this.rings = [];
			for (const ring of linked.rings) {
				const centre = {
					label: ring.label,
					position: [ring.lon, ring.lat] as LngLat,
					source: 'a link'
				};
				await this.#track('rings', async () => {
					const drawn = await this.#run('ring', {
						center: centre.position,
						radiusKm: ring.radiusKm
					});
					const properties = {
						...drawn.properties,
						label: ring.label,
						source: 'restored from a link'
					};
					this.rings = [...this.rings, { id: this.#id('ring'), feature: { ...drawn, properties } }];
				});
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

	startPicking(prompt: string, done: (place: PlaceRef) => void) {
		this.measure.cancel();
		this.picking = { prompt, done };
	}

	pickAt(position: LngLat) {
		const picking = this.picking;
		if (!picking) return;
		this.picking = null;
		const [lng, lat] = position.map((x) => Math.round(x * 1e4) / 1e4);
		const north = `${Math.abs(lat).toFixed(2)}° ${lat < 0 ? 'S' : 'N'}`;
		const east = `${Math.abs(lng).toFixed(2)}° ${lng < 0 ? 'W' : 'E'}`;
		picking.done({
			label: `${north} ${east}`,
			position: [lng, lat],
			source: 'clicked on the map'
		});
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
			const message = error instanceof Error ? error.message : String(error);
			this.messages[layer] = message.replace(/^\w+: /, '');
		} finally {
			this.busy[layer] = false;
		}
	}

	#id(prefix: string): string {
		return `${prefix}-${this.#nextId++}`;
	}
}

function presetRef(preset: { name: string; position: [number, number]; source: string }): PlaceRef {
	return { label: preset.name, position: preset.position, source: preset.source };
}
