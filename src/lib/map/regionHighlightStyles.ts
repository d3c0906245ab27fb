import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	FillLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { palette } from '$lib/colours/palette';
import { belowLabelsId } from './basemapStyle';
import type { LayerSpec } from './layerSpec';

/** Region areas lie under the country outlines; their counts under the country names. */
export const regionAreasBeforeId = 'country-lines';
export const regionCountsBeforeId = belowLabelsId;

/** Hidden while the window holds none of the area's events (feature state, no re-tiling). */
const areaOpacity = (shown: number, selected: number): ExpressionSpecification => [
	'case',
	['boolean', ['feature-state', 'selected'], false],
	selected,
	['boolean', ['feature-state', 'shown'], false],
	shown,
	0
];

const regionFillLayerId = 'region-event-fills';

/** The basemap's outlines of `countries` (ISO 3166-1 alpha-2 codes), filled. */
export const regionFillLayer = (countries: string[]): LayerSpec<FillLayerSpecification> => ({
	id: regionFillLayerId,
	type: 'fill',
	filter: ['in', ['get', 'iso2'], ['literal', countries]],
	paint: { 'fill-color': palette.regionEvents, 'fill-opacity': areaOpacity(0.13, 0.26) }
});

/** Regions without an outline: a soft disc at the region's point, growing with the zoom. */
export const regionCircleLayer: LayerSpec<CircleLayerSpecification> = {
	id: 'region-event-circles',
	type: 'circle',
	paint: {
		'circle-color': palette.regionEvents,
		'circle-opacity': areaOpacity(0.2, 0.36),
		'circle-blur': 0.35,
		'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 16, 6, 30, 9, 60]
	}
};

export const regionCountLayer: LayerSpec<SymbolLayerSpecification> = {
	id: 'region-event-counts',
	type: 'symbol',
	layout: {
		'text-field': ['get', 'text'],
		'text-font': ['Noto Sans Bold'],
		'text-size': 12,
		// Clear of the names, which are placed first: under a country's (15 px capitals), and
		// above a region's point, whose event place name is written under it.
		'text-offset': ['case', ['get', 'belowName'], ['literal', [0, 2]], ['literal', [0, -0.7]]]
	},
	paint: {
		'text-color': palette.regionEventsText,
		'text-halo-color': palette.labelHalo,
		'text-halo-width': 1.8
	}
};

/** The layers a click or the pointer picks a region on. */
export const regionLayerIds = [regionCountLayer.id, regionFillLayerId, regionCircleLayer.id];
