// Pieces the basemap's style modules share: fonts and filter expressions.
import type { ExpressionSpecification } from 'maplibre-gl';

export const labelFont = ['Noto Sans Regular'];
export const waterFont = ['Noto Sans Italic'];

/** Natural Earth's scale rank (0 = most important) decides from which zoom a feature shows. */
export const rankVisibleAtZoom = (ranks: [number, number][]): ExpressionSpecification => [
	'any',
	...ranks.map(([rank, zoom]): ExpressionSpecification => [
		'all',
		['<=', ['get', 'rank'], rank],
		['>=', ['zoom'], zoom]
	])
];
export const ofKind = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
