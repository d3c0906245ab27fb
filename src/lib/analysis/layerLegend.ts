import { analysisColours, palette } from '$lib/colours/palette';
import type { AnalysisLayerId } from './layers.svelte';

/** Names and swatches of the analysis layers, shared by the layer panel and slide legends. */
export const analysisLayerLegend = [
	{ id: 'border', name: 'Border length, measured', swatch: palette.border },
	{ id: 'zones', name: 'Border zones', swatch: analysisColours.zoneNear },
	{ id: 'distances', name: 'Distances', swatch: analysisColours.distance },
	{ id: 'rings', name: 'Range rings', swatch: analysisColours.ring },
	{ id: 'routes', name: 'Routes (great circles)', swatch: analysisColours.route },
	{ id: 'density', name: 'Event density (time window)', swatch: analysisColours.densityHigh }
] as const satisfies readonly { id: AnalysisLayerId; name: string; swatch: string }[];
