import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { palette } from './palette';

/** Colours of the analysis layers, chosen to stay apart from the event kinds and the border. */
export const analysisColours = {
	zoneNear: '#8c2d04',
	zoneFar: '#fdae6b',
	distance: '#222222',
	route: '#1f5fa8',
	ring: '#6a3d9a',
	densityLow: 'rgba(255,237,160,0)',
	densityHigh: '#bd0026'
} as const;

interface AnalysisLayerSpec {
	/** The panel layer that switches this map layer on and off. */
	group: 'border' | 'zones' | 'distances' | 'rings' | 'routes' | 'density';
	/** Drawn under the basemap's labels and the events, rather than on top of everything. */
	belowLabels: boolean;
	layer: LayerSpecification;
}

const labelPaint = {
	'text-color': palette.label,
	'text-halo-color': palette.labelHalo,
	'text-halo-width': 1.6
};

/** The first basemap layer that labels or events must stay above. */
export function belowLabelsLayer(map: MapLibreMap): string | undefined {
	return ['border-halo', 'country-labels'].find((id) => map.getLayer(id));
}

export const analysisLayerSpecs: AnalysisLayerSpec[] = [
	{
		group: 'density',
		belowLabels: true,
		layer: {
			id: 'analysis-density',
			type: 'heatmap',
			source: 'analysis-density',
			paint: {
				'heatmap-radius': 30,
				'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.5],
				'heatmap-opacity': 0.75,
				'heatmap-color': [
					'interpolate',
					['linear'],
					['heatmap-density'],
					0,
					analysisColours.densityLow,
					0.2,
					'#fed976',
					0.5,
					'#fd8d3c',
					0.8,
					'#f03b20',
					1,
					analysisColours.densityHigh
				]
			}
		}
	},
	{
		group: 'zones',
		belowLabels: true,
		layer: {
			id: 'analysis-zones-fill',
			type: 'fill',
			source: 'analysis-zones',
			paint: {
				'fill-color': [
					'interpolate',
					['linear'],
					['get', 'band_index'],
					0,
					analysisColours.zoneNear,
					3,
					analysisColours.zoneFar
				],
				'fill-opacity': 0.22
			}
		}
	},
	{
		group: 'zones',
		belowLabels: true,
		layer: {
			id: 'analysis-zones-line',
			type: 'line',
			source: 'analysis-zones',
			paint: { 'line-color': analysisColours.zoneNear, 'line-width': 0.8, 'line-opacity': 0.6 }
		}
	},
	{
		group: 'rings',
		belowLabels: true,
		layer: {
			id: 'analysis-rings-fill',
			type: 'fill',
			source: 'analysis-rings',
			paint: { 'fill-color': analysisColours.ring, 'fill-opacity': 0.06 }
		}
	},
	{
		group: 'rings',
		belowLabels: false,
		layer: {
			id: 'analysis-rings-line',
			type: 'line',
			source: 'analysis-rings',
			paint: { 'line-color': analysisColours.ring, 'line-width': 2 }
		}
	},
	{
		group: 'rings',
		belowLabels: false,
		layer: {
			id: 'analysis-rings-label',
			type: 'symbol',
			source: 'analysis-rings',
			layout: {
				'symbol-placement': 'line',
				'text-field': ['get', 'label'],
				'text-font': ['Noto Sans Bold'],
				'text-size': 12,
				'symbol-spacing': 400
			},
			paint: { ...labelPaint, 'text-color': analysisColours.ring }
		}
	},
	{
		group: 'distances',
		belowLabels: false,
		layer: {
			id: 'analysis-distances-line',
			type: 'line',
			source: 'analysis-lines',
			filter: ['==', ['get', 'kind'], 'distance'],
			layout: { 'line-cap': 'round' },
			paint: { 'line-color': analysisColours.distance, 'line-width': 2, 'line-dasharray': [2, 1.5] }
		}
	},
	{
		group: 'routes',
		belowLabels: false,
		layer: {
			id: 'analysis-routes-line',
			type: 'line',
			source: 'analysis-lines',
			filter: ['==', ['get', 'kind'], 'route'],
			layout: { 'line-cap': 'round' },
			paint: { 'line-color': analysisColours.route, 'line-width': 2.5 }
		}
	},
	{
		group: 'distances',
		belowLabels: false,
		layer: {
			id: 'analysis-distance-ends',
			type: 'circle',
			source: 'analysis-line-ends',
			filter: ['==', ['get', 'kind'], 'distance'],
			paint: {
				'circle-radius': 3.5,
				'circle-color': palette.labelHalo,
				'circle-stroke-color': analysisColours.distance,
				'circle-stroke-width': 1.5
			}
		}
	},
	{
		group: 'routes',
		belowLabels: false,
		layer: {
			id: 'analysis-route-ends',
			type: 'circle',
			source: 'analysis-line-ends',
			filter: ['==', ['get', 'kind'], 'route'],
			paint: {
				'circle-radius': 3.5,
				'circle-color': palette.labelHalo,
				'circle-stroke-color': analysisColours.route,
				'circle-stroke-width': 1.5
			}
		}
	},
	{
		group: 'distances',
		belowLabels: false,
		layer: {
			id: 'analysis-distances-label',
			type: 'symbol',
			source: 'analysis-lines',
			filter: ['==', ['get', 'kind'], 'distance'],
			layout: {
				'symbol-placement': 'line-center',
				'text-field': ['get', 'label'],
				'text-font': ['Noto Sans Bold'],
				'text-size': 12,
				'text-offset': [0, -0.8]
			},
			paint: labelPaint
		}
	},
	{
		group: 'routes',
		belowLabels: false,
		layer: {
			id: 'analysis-routes-label',
			type: 'symbol',
			source: 'analysis-lines',
			filter: ['==', ['get', 'kind'], 'route'],
			layout: {
				'symbol-placement': 'line-center',
				'text-field': ['get', 'label'],
				'text-font': ['Noto Sans Bold'],
				'text-size': 12,
				'text-offset': [0, -0.8],
				'text-max-angle': 30
			},
			paint: { ...labelPaint, 'text-color': analysisColours.route }
		}
	},
	{
		group: 'border',
		belowLabels: false,
		layer: {
			id: 'analysis-border-label',
			type: 'symbol',
			source: 'analysis-border-label',
			layout: {
				'text-field': ['get', 'label'],
				'text-font': ['Noto Sans Bold'],
				'text-size': 13,
				'text-anchor': 'top',
				'text-offset': [0, 0.8],
				'text-max-width': 30,
				'text-allow-overlap': true
			},
			paint: { ...labelPaint, 'text-color': palette.border, 'text-halo-width': 2 }
		}
	}
];
