import type { Feature } from 'geojson';
import type { LngLat } from './analysisProtocol';
import type { Measurement } from './measure.svelte';

/**
 * What the measuring tool draws: the finished outline (or, before there is one, the path
 * through two or more points) first, then every point clicked.
 */
export function measureFeatures(
	points: readonly LngLat[],
	measurement: Measurement | null
): Feature[] {
	const features: Feature[] = points.map((point) => ({
		type: 'Feature',
		properties: {},
		geometry: { type: 'Point', coordinates: point }
	}));
	if (measurement) features.unshift(measurement.feature);
	else if (points.length >= 2) {
		features.unshift({
			type: 'Feature',
			properties: {},
			geometry: { type: 'LineString', coordinates: [...points] }
		});
	}
	return features;
}
