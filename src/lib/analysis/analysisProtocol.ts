import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { BorderBandProperties } from '$lib/geo/borderBands';
import type { RangeRingProperties } from '$lib/geo/rangeRing';

export type LngLat = [number, number];

/** A labelled line (a distance or a route) with how it was computed. */
export interface MeasuredLineProperties {
	distance_km: number;
	/** What was measured, for the label and the details row: "Kyiv → border". */
	label: string;
	method: string;
}

export interface BorderSummary {
	lengthKm: number;
	officialKm: number;
	/** A point half-way along the border, where its label goes. */
	labelPoint: LngLat;
	method: string;
	source: string;
}

/** What the worker can compute, by operation name: its input and its result. */
export interface AnalysisOperations {
	border: { input: Record<string, never>; result: BorderSummary };
	bands: {
		input: { distancesKm: number[] };
		result: FeatureCollection<Polygon | MultiPolygon, BorderBandProperties>;
	};
	placesNearBorder: {
		input: { maxDistanceKm: number };
		result: FeatureCollection<Point, { name: string; distance_km: number }>;
	};
	eventDistancesToBorder: { input: { positions: LngLat[] }; result: number[] };
	cityPlaces: { input: Record<string, never>; result: { name: string; position: LngLat }[] };
	distanceToBorder: {
		input: { from: LngLat; label: string };
		result: Feature<LineString, MeasuredLineProperties>;
	};
	greatCircle: {
		input: { from: LngLat; to: LngLat; label: string };
		result: Feature<LineString, MeasuredLineProperties>;
	};
	ring: {
		input: { center: LngLat; radiusKm: number };
		result: Feature<Polygon, RangeRingProperties>;
	};
}

export type AnalysisOperation = keyof AnalysisOperations;

export interface AnalysisRequest<K extends AnalysisOperation = AnalysisOperation> {
	requestId: number;
	op: K;
	input: AnalysisOperations[K]['input'];
}

export type AnalysisResponse =
	| { requestId: number; ok: true; result: unknown }
	| { requestId: number; ok: false; message: string };
