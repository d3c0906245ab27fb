import type {
	ExpressionSpecification,
	FillLayerSpecification,
	HeatmapLayerSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { FeatureStyle } from './featureCanvas';
import type { LayerSpec } from './layerSpec';
import { analysisColours, palette } from '$lib/colours/palette';

/** Colours of the analysis layers, chosen to stay apart from the event kinds and the border. */

const labelPaint = {
	'text-color': palette.label,
	'text-halo-color': palette.labelHalo,
	'text-halo-width': 1.6
};
const ofKind = (kind: 'distance' | 'route'): ExpressionSpecification => [
	'==',
	['get', 'kind'],
	kind
];

/** Event density as a heatmap; the radius follows the layer panel's slider. */
export function densityLayer(radiusPx: number): LayerSpec<HeatmapLayerSpecification> {
	return {
		id: 'analysis-density',
		type: 'heatmap',
		paint: {
			'heatmap-radius': radiusPx,
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
	};
}

export const zonesFillLayer: LayerSpec<FillLayerSpecification> = {
	id: 'analysis-zones-fill',
	type: 'fill',
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
};

export const zonesLineLayer: LayerSpec<LineLayerSpecification> = {
	id: 'analysis-zones-line',
	type: 'line',
	paint: { 'line-color': analysisColours.zoneNear, 'line-width': 0.8, 'line-opacity': 0.6 }
};

export const ringsFillLayer: LayerSpec<FillLayerSpecification> = {
	id: 'analysis-rings-fill',
	type: 'fill',
	paint: { 'fill-color': analysisColours.ring, 'fill-opacity': 0.06 }
};

/** Ring outlines, painted above the event points (their faint fill stays under the labels). */
export const ringsLineStyle: FeatureStyle = {
	color: analysisColours.ring,
	fillOpacity: 0,
	lineWidthPx: 2,
	pointRadiusPx: 0,
	pointFill: palette.labelHalo,
	pointStrokeWidthPx: 0
};

export const ringsLabelLayer: LayerSpec<SymbolLayerSpecification> = {
	id: 'analysis-rings-label',
	type: 'symbol',
	layout: {
		'symbol-placement': 'line',
		'text-field': ['get', 'label'],
		'text-font': ['Noto Sans Bold'],
		'text-size': 12,
		'symbol-spacing': 400
	},
	paint: { ...labelPaint, 'text-color': analysisColours.ring }
};

/** A distance or route line and the dots at its ends, painted above the event points. */
function lineStyle(kind: 'distance' | 'route', lineWidthPx: number): FeatureStyle {
	return {
		color: analysisColours[kind],
		fillOpacity: 0,
		lineWidthPx,
		lineDashPx: kind === 'distance' ? [2 * lineWidthPx, 1.5 * lineWidthPx] : undefined,
		pointRadiusPx: 3.5,
		pointFill: palette.labelHalo,
		pointStrokeWidthPx: 1.5
	};
}
export const distancesStyle = lineStyle('distance', 2);
export const routesStyle = lineStyle('route', 2.5);

const lineLabelLayout = {
	'symbol-placement': 'line-center',
	'text-field': ['get', 'label'],
	'text-font': ['Noto Sans Bold'],
	'text-size': 12,
	'text-offset': [0, -0.8]
} satisfies SymbolLayerSpecification['layout'];

export const distancesLabelLayer: LayerSpec<SymbolLayerSpecification> = {
	id: 'analysis-distances-label',
	type: 'symbol',
	filter: ofKind('distance'),
	layout: lineLabelLayout,
	paint: labelPaint
};

export const routesLabelLayer: LayerSpec<SymbolLayerSpecification> = {
	id: 'analysis-routes-label',
	type: 'symbol',
	filter: ofKind('route'),
	layout: { ...lineLabelLayout, 'text-max-angle': 30 },
	paint: { ...labelPaint, 'text-color': analysisColours.route }
};

export const borderLabelLayer: LayerSpec<SymbolLayerSpecification> = {
	id: 'analysis-border-label',
	type: 'symbol',
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
};
