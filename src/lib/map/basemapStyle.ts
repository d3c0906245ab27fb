import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { detailSources } from '$lib/basemap/detailTiers';
import type { BasemapData } from '$lib/basemap/loadBasemap';
import { focusCountries, palette } from '$lib/colours/palette';
import { referenceLayers } from './referenceLayers';
import { labelFont, ofKind, rankVisibleAtZoom, waterFont } from './styleExpressions';

/** The basemap layer that the app's area fills (analysis, region highlights) are drawn under. */
export const belowLabelsId = 'country-labels';

/** Capitals always; other cities appear as the map zooms in, the most populous first. */
const cityVisibleAtZoom: ExpressionSpecification = [
	'any',
	['get', 'capital'],
	['>=', ['zoom'], ['step', ['get', 'population'], 7, 100_000, 6, 300_000, 5, 1_000_000, 4]]
];

/**
 * A MapLibre style with no remote sources and no glyphs URL: MapLibre then draws labels
 * with local fonts, so the basemap works offline.
 */
export function basemapStyle(data: BasemapData): StyleSpecification {
	const isFocus: ExpressionSpecification = [
		'in',
		['get', 'iso2'],
		['literal', [...focusCountries]]
	];
	return {
		version: 8,
		name: 'geobrief reference',
		sources: {
			countries: {
				type: 'geojson',
				data: data.countries,
				attribution: data.attribution,
				// Feature state by country code: the region highlights of events fill these outlines.
				promoteId: 'iso2'
			},
			countryLabels: { type: 'geojson', data: data.countryLabels },
			border: { type: 'geojson', data: data.border },
			cities: { type: 'geojson', data: data.cities },
			// Rivers, lakes and the reference labels (seas, physical regions, first-level divisions,
			// airports) start empty and are filled once the first view has drawn (BasemapDetail.svelte).
			...Object.fromEntries(
				detailSources.map((id) => [
					id,
					{ type: 'geojson', data: { type: 'FeatureCollection', features: [] } } as const
				])
			)
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
			{
				id: 'land',
				type: 'fill',
				source: 'countries',
				paint: {
					'fill-color': ['case', isFocus, palette.landFocus, palette.land],
					'fill-antialias': false
				}
			},
			{
				id: 'lakes',
				type: 'fill',
				source: 'water',
				filter: [
					'all',
					ofKind('lake'),
					rankVisibleAtZoom([
						[5, 0],
						[8, 4],
						[10, 6]
					])
				],
				paint: { 'fill-color': palette.sea, 'fill-antialias': false }
			},
			{
				id: 'rivers',
				type: 'line',
				source: 'water',
				filter: [
					'all',
					ofKind('river'),
					rankVisibleAtZoom([
						[4, 0],
						[6, 4],
						[8, 5.5],
						[10, 7]
					])
				],
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: {
					'line-color': palette.river,
					'line-width': [
						'interpolate',
						['linear'],
						['zoom'],
						3,
						['-', 1.4, ['*', 0.12, ['get', 'rank']]],
						8,
						['-', 3, ['*', 0.2, ['get', 'rank']]]
					]
				}
			},
			{
				// One layer for all outlines (each line layer is a full pass in software WebGL).
				id: 'country-lines',
				type: 'line',
				source: 'countries',
				paint: {
					'line-color': ['case', isFocus, palette.focusLine, palette.countryLine],
					'line-width': [
						'interpolate',
						['linear'],
						['zoom'],
						3,
						['case', isFocus, 0.8, 0.5],
						8,
						['case', isFocus, 1.8, 1.2]
					]
				}
			},
			{
				id: 'border',
				type: 'line',
				source: 'border',
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: {
					'line-color': palette.border,
					'line-width': ['interpolate', ['linear'], ['zoom'], 3, 2, 8, 4]
				}
			},
			{
				id: 'river-labels',
				type: 'symbol',
				source: 'water',
				minzoom: 5,
				filter: [
					'all',
					// Along a smoothed copy of the river, or its line where that is smooth enough
					// (geodata/scripts/build-basemap-physical.mjs).
					['any', ofKind('river-name'), ['all', ofKind('river'), ['has', 'carriesName']]],
					['!=', ['get', 'name'], ''],
					rankVisibleAtZoom([
						[6, 5],
						[8, 7],
						[10, 8]
					])
				],
				layout: {
					'symbol-placement': 'line',
					'symbol-spacing': 400,
					'text-field': ['get', 'name'],
					'text-font': waterFont,
					'text-size': 11,
					'text-letter-spacing': 0.05,
					'text-optional': true
				},
				paint: {
					'text-color': palette.waterLabel,
					'text-halo-color': palette.labelHalo,
					'text-halo-width': 1
				}
			},
			...referenceLayers(),
			{
				id: 'sea-labels',
				type: 'symbol',
				source: 'reference',
				filter: [
					'all',
					ofKind('sea'),
					rankVisibleAtZoom([
						[2, 2],
						[4, 4],
						[6, 5],
						[10, 6.5]
					])
				],
				layout: {
					'text-field': ['get', 'name'],
					'text-font': waterFont,
					'text-size': ['interpolate', ['linear'], ['get', 'rank'], 0, 15, 6, 11],
					'text-letter-spacing': 0.12,
					'text-max-width': 6
				},
				paint: {
					'text-color': palette.waterLabel,
					'text-halo-color': palette.sea,
					'text-halo-width': 1
				}
			},
			{
				id: belowLabelsId,
				type: 'symbol',
				source: 'countryLabels',
				layout: {
					'text-field': ['upcase', ['get', 'name']],
					'text-font': labelFont,
					'text-size': ['case', isFocus, 15, 12],
					'text-letter-spacing': 0.15,
					'text-max-width': 8
				},
				paint: {
					'text-color': ['case', isFocus, palette.label, palette.labelMuted],
					'text-halo-color': palette.labelHalo,
					'text-halo-width': 1.2
				}
			},
			{
				id: 'city-dots',
				type: 'circle',
				source: 'cities',
				filter: cityVisibleAtZoom,
				paint: {
					'circle-color': palette.labelHalo,
					'circle-stroke-color': palette.cityDot,
					'circle-stroke-width': 1.2,
					'circle-radius': ['case', ['get', 'capital'], 4, 2.8]
				}
			},
			{
				id: 'city-labels',
				type: 'symbol',
				source: 'cities',
				filter: cityVisibleAtZoom,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': labelFont,
					'text-size': ['case', ['get', 'capital'], 13, 11.5],
					'text-anchor': 'left',
					'text-offset': [0.6, 0],
					'text-optional': true,
					'symbol-sort-key': ['-', 0, ['get', 'population']]
				},
				paint: {
					'text-color': palette.label,
					'text-halo-color': palette.labelHalo,
					'text-halo-width': 1.4
				}
			}
		]
	};
}
