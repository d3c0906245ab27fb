import { distanceKm } from '$lib/geo/distanceKm';
import type { LngLat } from './analysisProtocol';
import { formatKm } from './format';
import type { LineItem, RingItem } from './layerTypes';
import type { Measurement } from './measure.svelte';

/** A place with a name: an event's place, a preset or a gazetteer city. */
export interface KnownPlace {
	name: string;
	position: LngLat;
}

/** How far from a known place a ring's centre or a line's end may lie and still be named by it. */
export const namingRadiusKm = 5;

/** Labels a map click gives a place (clickedPlace): its coordinates, not a name. */
const coordinateLabel = /^\d+(\.\d+)?° [NS] \d+(\.\d+)?° [EW]$/;

/**
 * The name of the known place nearest `position` within `withinKm`, or null.
 *
 * @example placeNameAt([27.58, 53.77], [{ name: 'Machulishchy', position: [27.5797, 53.7747] }]) // 'Machulishchy'
 */
export function placeNameAt(
	position: LngLat,
	places: readonly KnownPlace[],
	options: { withinKm?: number } = {}
): string | null {
	const withinKm = options.withinKm ?? namingRadiusKm;
	let nearest: { name: string; km: number } | null = null;
	for (const place of places) {
		const [lon, lat] = place.position;
		const km = distanceKm({ lon: position[0], lat: position[1] }, { lon, lat });
		if (km <= withinKm && (!nearest || km < nearest.km)) nearest = { name: place.name, km };
	}
	return nearest?.name ?? null;
}

/** A name the user gave, unless it is only coordinates and a known place lies there. */
function nameOf(label: string | undefined, position: LngLat, places: readonly KnownPlace[]) {
	if (label && !coordinateLabel.test(label)) return label;
	return placeNameAt(position, places) ?? label ?? null;
}

export interface AnalysisOnSlide {
	rings: readonly RingItem[];
	distances: readonly LineItem[];
	/** The measuring tool's finished measurement and the points it was made through. */
	measure: {
		points: readonly LngLat[];
		measurement: Measurement | null;
		mode: 'path' | 'area' | null;
	};
	places: readonly KnownPlace[];
}

function ringText({ feature }: RingItem, places: readonly KnownPlace[]): string {
	const { center, radius_km: radiusKm, centre_label: label } = feature.properties;
	const centre = center as LngLat;
	const name = nameOf(label, centre, places) ?? `${centre[1].toFixed(2)}, ${centre[0].toFixed(2)}`;
	return `${formatKm(radiusKm)} ring around ${name}`;
}

function distanceText({ feature }: LineItem, places: readonly KnownPlace[]): string {
	const { label, distance_km: km } = feature.properties;
	const line = feature.geometry.coordinates;
	const [fromLabel, toLabel] = label.split(' → ');
	const from = nameOf(fromLabel, line[0] as LngLat, places);
	const to = nameOf(toLabel, line[line.length - 1] as LngLat, places);
	return `${from} – ${to} ${formatKm(km)}`;
}

function measureText(
	{ points, measurement, mode }: AnalysisOnSlide['measure'],
	places: readonly KnownPlace[]
) {
	if (!measurement || points.length === 0) return null;
	if (mode === 'area') return `Measured area: ${measurement.text}`;
	const from = placeNameAt(points[0], places);
	const to = placeNameAt(points[points.length - 1], places);
	if (!from && !to) return `Measured path: ${measurement.text}`;
	return `${from ?? 'a point'} – ${to ?? 'a point'} ${measurement.text} (measured)`;
}

/**
 * The range rings, distances and the measurement on the map, in words named by the places they
 * are anchored to: “100 km ring around Machulishchy airbase”, “Minsk – Kyiv 433 km”. A centre or
 * an end picked by name keeps that name; one clicked on the map is named by the known place
 * within `namingRadiusKm`, if any.
 */
export function namedAnalysis(analysis: AnalysisOnSlide): string[] {
	const { places } = analysis;
	return [
		...analysis.rings.map((ring) => ringText(ring, places)),
		...analysis.distances.map((distance) => distanceText(distance, places)),
		measureText(analysis.measure, places)
	].filter((text): text is string => text !== null);
}
