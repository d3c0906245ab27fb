import type { Feature, LineString, Polygon } from 'geojson';
import type { MapEvent } from '$lib/events/eventTable';
import type { RangeRingProperties } from '$lib/geo/rangeRing';
import type { DayInterval } from '$lib/time/interval';
import type { LngLat, MeasuredLineProperties } from './analysisProtocol';

export const analysisLayerIds = [
	'border',
	'zones',
	'distances',
	'rings',
	'routes',
	'density'
] as const;
export type AnalysisLayerId = (typeof analysisLayerIds)[number];

/** A record with `value` for every analysis layer. */
export function perLayer<T>(value: T): Record<AnalysisLayerId, T> {
	return Object.fromEntries(analysisLayerIds.map((id) => [id, value])) as Record<
		AnalysisLayerId,
		T
	>;
}

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
	feature: Feature<
		Polygon,
		RangeRingProperties & {
			label: string;
			source: string;
			/** The name of the centre when it was picked by name (not clicked on the map). */
			centre_label?: string;
		}
	>;
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
	/** Places of the whole gazetteer named like `query`, for names the search boxes lack. */
	searchPlaces?: (query: string) => Promise<PlaceRef[]>;
}

export const defaultZoneDistancesKm = [25, 50, 100];

/** A range ring as a link keeps it: its centre, radius and the name of its centre. */
export interface LinkedRing {
	lon: number;
	lat: number;
	radiusKm: number;
	label: string;
}

/** Which analysis layers are on, and the parameters a link can carry. */
export interface LinkedLayers {
	visible: AnalysisLayerId[];
	zonesKm?: number[];
	rings?: LinkedRing[];
}
