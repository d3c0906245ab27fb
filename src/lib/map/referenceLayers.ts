import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { focusCountries, palette } from '$lib/colours/palette';
import { labelFont, ofKind, rankVisibleAtZoom, waterFont } from './styleExpressions';

/** Names under the symbols of airports and facilities, from zoom 7. */
function pointLabels(
	id: string,
	kind: string,
	colour: string | ExpressionSpecification
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: 'reference',
		minzoom: 7,
		filter: ofKind(kind),
		layout: {
			'text-field': ['get', 'name'],
			'text-font': labelFont,
			'text-size': 10.5,
			'text-anchor': 'top',
			'text-offset': [0, 0.6],
			'text-max-width': 8,
			'text-optional': true
		},
		paint: { 'text-color': colour, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.2 }
	};
}

/**
 * Labels and symbols of the basemap's `reference` source: physical regions, first-level
 * divisions, airports, and the gazetteer's facilities (air bases ringed like military
 * airfields, other facilities as small brown rings), which articles name.
 */
export function referenceLayers(): LayerSpecification[] {
	return [
		{
			id: 'region-labels',
			type: 'symbol',
			source: 'reference',
			filter: [
				'all',
				ofKind('region'),
				rankVisibleAtZoom([
					[3, 3],
					[5, 5],
					[10, 6.5]
				])
			],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': waterFont,
				'text-size': 11,
				'text-letter-spacing': 0.1,
				'text-max-width': 7,
				'text-optional': true
			},
			paint: {
				'text-color': palette.regionLabel,
				'text-halo-color': palette.labelHalo,
				'text-halo-width': 1
			}
		},
		{
			id: 'division-labels',
			type: 'symbol',
			source: 'reference',
			filter: [
				'all',
				ofKind('division'),
				rankVisibleAtZoom([
					[4, 5],
					[6, 6],
					[10, 7]
				])
			],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': labelFont,
				'text-size': 10.5,
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.08,
				'text-max-width': 7,
				'text-optional': true
			},
			paint: {
				'text-color': [
					'case',
					['in', ['get', 'country'], ['literal', [...focusCountries]]],
					palette.divisionLabelFocus,
					palette.divisionLabel
				],
				'text-halo-color': palette.labelHalo,
				'text-halo-width': 1.2
			}
		},
		{
			id: 'airports',
			type: 'circle',
			source: 'reference',
			minzoom: 6,
			filter: ofKind('airport'),
			paint: {
				'circle-radius': 3.5,
				'circle-color': ['case', ['get', 'military'], palette.airport, palette.labelHalo],
				'circle-stroke-color': palette.airport,
				'circle-stroke-width': 1.5
			}
		},
		pointLabels('airport-labels', 'airport', palette.airport),
		{
			id: 'facilities',
			type: 'circle',
			source: 'reference',
			minzoom: 6,
			filter: ofKind('facility'),
			paint: {
				'circle-radius': ['case', ['get', 'airfield'], 3.5, 3],
				'circle-color': ['case', ['get', 'airfield'], palette.airport, palette.labelHalo],
				'circle-stroke-color': ['case', ['get', 'airfield'], palette.labelHalo, palette.facility],
				'circle-stroke-width': ['case', ['get', 'airfield'], 2, 1.5]
			}
		},
		pointLabels('facility-labels', 'facility', [
			'case',
			['get', 'airfield'],
			palette.airport,
			palette.facility
		])
	];
}
