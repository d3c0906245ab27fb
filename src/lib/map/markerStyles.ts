import type { SymbolLayerSpecification } from 'maplibre-gl';
import type { LayerSpec } from './layerSpec';
import type { FeatureStyle } from './featureCanvas';
import type { PlaceNameStyle } from './placeNamesCanvas';
import { palette } from '$lib/colours/palette';

const noFill = 'rgba(0,0,0,0)';

/** A ring around the place hovered in the text. */
export const placeHighlightStyle: FeatureStyle = {
	color: palette.border,
	fillOpacity: 0,
	lineWidthPx: 0,
	pointRadiusPx: 16,
	pointFill: noFill,
	pointStrokeWidthPx: 3
};

/** A ring around each place a reviewer confirmed, corrected or added. */
export const reviewedPlacesStyle: FeatureStyle = {
	color: '#2f7d4a',
	fillOpacity: 0,
	lineWidthPx: 0,
	pointRadiusPx: 11,
	pointFill: noFill,
	pointStrokeWidthPx: 2.5
};

export const placeNameSizePx = 12;

/**
 * The names of event places, transparent: they take part in label placement here and are
 * painted above the event points by PlaceNamesCanvas.
 */
export const eventPlaceLabelsLayer: LayerSpec<SymbolLayerSpecification> = {
	id: 'event-place-labels',
	type: 'symbol',
	layout: {
		'text-field': ['get', 'name'],
		'text-font': ['Noto Sans Bold'],
		'text-size': placeNameSizePx,
		'text-anchor': 'top',
		'text-offset': [0, 0.9],
		'text-optional': true
	},
	paint: { 'text-opacity': 0 }
};

/** How PlaceNamesCanvas paints the names that eventPlaceLabelsLayer placed. */
export const placeNameStyle: PlaceNameStyle = {
	font: `bold ${placeNameSizePx}px 'Noto Sans', 'Liberation Sans', system-ui, sans-serif`,
	color: palette.label,
	haloColor: palette.labelHalo,
	haloWidthPx: 1.6,
	// A little below the map's own 0.9 em: canvas text has no line padding above it.
	offsetPx: placeNameSizePx * 1.1,
	maxWidthPx: placeNameSizePx * 10,
	lineHeightPx: placeNameSizePx * 1.2
};

/** The measuring tool's area, path and points. */
export const measureStyle: FeatureStyle = {
	color: '#0b6e4f',
	fillOpacity: 0.15,
	lineWidthPx: 2.5,
	pointRadiusPx: 4,
	pointFill: '#fff',
	pointStrokeWidthPx: 2
};
