// Turns the analysis state's results into the GeoJSON the map layers draw, with the label text
// each feature carries. Pure: no MapLibre, no Svelte.
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { MapEvent } from '$lib/events/eventTable';
import type { BorderSummary } from './analysisProtocol';
import { compareWithMinimumClaim, formatKm, formatKm2 } from './format';
import type { AnalysisLayersState } from './layers.svelte';

export const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] };

const collection = (features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

/** Bands with their index (0 nearest the border) and a "25–50 km · 38,961 km²" label. */
export function zoneFeatures(bands: AnalysisLayersState['bands']): FeatureCollection {
	if (!bands) return emptyCollection;
	return collection(
		bands.features.map((band, index) => ({
			...band,
			properties: {
				band_index: index,
				label: `${band.properties.min_km}–${formatKm(band.properties.max_km)} · ${formatKm2(band.properties.area_km2)}`
			}
		}))
	);
}

/**
 * Distances (kind "distance", labelled with their length only: they are often too short for
 * names) and routes (kind "route", labelled with names and length).
 */
export function lineFeatures(
	distances: AnalysisLayersState['distances'],
	routes: AnalysisLayersState['routes']
): FeatureCollection {
	const labelled = (kind: string) => (item: AnalysisLayersState['distances'][number]) => ({
		...item.feature,
		properties: {
			kind,
			label:
				kind === 'route'
					? `${item.feature.properties.label}: ${formatKm(item.feature.properties.distance_km)}`
					: formatKm(item.feature.properties.distance_km)
		}
	});
	return collection([...distances.map(labelled('distance')), ...routes.map(labelled('route'))]);
}

/** The two ends of every distance and route, as dots. */
export function lineEndFeatures(
	distances: AnalysisLayersState['distances'],
	routes: AnalysisLayersState['routes']
): FeatureCollection {
	return collection(
		[
			...distances.map((item) => ['distance', item] as const),
			...routes.map((item) => ['route', item] as const)
		].flatMap(([kind, item]) => {
			const positions = item.feature.geometry.coordinates;
			return [positions[0], positions[positions.length - 1]].map((position): Feature<Point> => ({
				type: 'Feature',
				properties: { kind },
				geometry: { type: 'Point', coordinates: position }
			}));
		})
	);
}

export function ringFeatures(rings: AnalysisLayersState['rings']): FeatureCollection {
	return collection(
		rings.map((ring) => ({
			...ring.feature,
			properties: {
				label: `${formatKm(ring.feature.properties.radius_km)} · ${ring.feature.properties.label}`
			}
		}))
	);
}

/** One label half-way along the border: its measured length beside the claim. */
export function borderLabelFeatures(
	summary: BorderSummary | null,
	claimedKm: number
): FeatureCollection {
	if (!summary) return emptyCollection;
	return collection([
		{
			type: 'Feature',
			properties: {
				label: `Belarus–Ukraine border ${formatKm(summary.lengthKm)}\narticles: “over ${formatKm(claimedKm)}” (${compareWithMinimumClaim(summary.lengthKm, claimedKm)})`
			},
			geometry: { type: 'Point', coordinates: summary.labelPoint }
		}
	]);
}

/** Events as weightless points for the heatmap. */
export function densityFeatures(events: MapEvent[]): FeatureCollection {
	return collection(
		events.map((event): Feature<Geometry> => ({
			type: 'Feature',
			properties: {},
			geometry: { type: 'Point', coordinates: [event.lon, event.lat] }
		}))
	);
}
