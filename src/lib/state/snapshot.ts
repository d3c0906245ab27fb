import type { AnalysisLayerId } from '$lib/analysis/layers.svelte';
import type { LngLat } from '$lib/analysis/analysisProtocol';
import type { LineItem, PlaceRef, RingItem } from '$lib/analysis/layerTypes';
import { namedAnalysis, type AnalysisOnSlide } from '$lib/analysis/namedAnalysis';
import { analysisLayerLegend } from '$lib/analysis/layerLegend';
import type { MapEvent } from '$lib/events/eventTable';
import type { ExplorerEvent } from '$lib/events/explorerEvents';
import { regionKeyOf } from '$lib/events/regionEvents';
import type { ArticleMeta } from '$lib/extract';
import { importedKeyParts } from '$lib/io/importedLayer';
import { eventColours, palette } from '$lib/colours/palette';
import { precisionFill } from '$lib/events/eventDrawing';
import type { LegendEntry, SnapshotContent, SourceCitation } from '$lib/slides/slide';
import { legendSideFor, type SlidePlacer } from '$lib/slides/slideLayout';
// Loaded with the deck, for the session to tell what a slide shows without loading it first.
export { openMapTest } from '$lib/slides/slideLayout';
import { slideWords, type InFrame } from '$lib/slides/slideWords';
import { formatDay, formatDayRange } from '$lib/time/format';
import { dayFromIso } from '$lib/time/days';
import type { DayInterval } from '$lib/time/interval';
import type { PermalinkState } from '$lib/permalink/permalink';
import type { FeatureCollection } from 'geojson';

export interface SnapshotInputs {
	permalinkState: PermalinkState;
	window: DayInterval | null;
	/** The selected article event, if any, with its article's text and metadata. */
	selected: { event: ExplorerEvent; text: string; meta: ArticleMeta } | null;
	/** The events drawn in the window, for the legend's kinds and the places in the frame. */
	visibleEvents: readonly (MapEvent | ExplorerEvent)[];
	inFrame: InFrame;
	/** Where an event falls on the slide, to keep the legend off as many as it can. */
	placeOnSlide: SlidePlacer;
	visibleLayers: Readonly<Record<AnalysisLayerId, boolean>>;
	articles: readonly { id: string; meta: ArticleMeta }[];
	/** The user's imported layers, cited when the frame shows one of their events. */
	importedLayers: readonly { id: string; name: string }[];
	/** The Belarus–Ukraine border the map always draws; null while the basemap is loading. */
	border: FeatureCollection | null;
	dataSources: readonly { id: string; text: string; licence: string; url: string }[];
	attribution: string;
	/** The rings, distances and measurement on the map, in words named by place (namedAnalysis). */
	analysis: readonly string[];
}

/** Whether a vertex of the features lies inside the frame. */
function hasPointIn(features: FeatureCollection, inFrame: InFrame): boolean {
	const hasIn = (coordinates: unknown): boolean =>
		Array.isArray(coordinates) &&
		(typeof coordinates[0] === 'number'
			? inFrame(coordinates[0], coordinates[1] as number)
			: coordinates.some(hasIn));
	return features.features.some(
		(feature) =>
			feature.geometry && 'coordinates' in feature.geometry && hasIn(feature.geometry.coordinates)
	);
}

function citationOf(meta: ArticleMeta): string {
	let year = '';
	try {
		year = `, ${formatDay(dayFromIso(meta.published))}`;
	} catch {
		// an article without a readable date is cited without one
	}
	return [meta.author, `“${meta.title}”`, meta.publisher].filter(Boolean).join(', ') + year;
}

/** The fills the map gives events by date precision (`precisionFill`), in words. */
const precisionKey = [
	{ label: 'dated to the day', fill: precisionFill.day },
	{ label: 'dated to the month', fill: precisionFill.month },
	{ label: 'a season, year or range', fill: precisionFill.year }
];

/**
 * A slide's legend: the border when the frame shows it, the kinds of the events drawn in the frame,
 * the analysis layers that are on, then the key to the events' symbols that occur (disc at a
 * place, diamond at a region or country; solid, pale or hollow by how precisely the date is
 * known), as the map draws them.
 */
export function slideLegend(
	visibleEvents: readonly (MapEvent | ExplorerEvent)[],
	visibleLayers: Readonly<Record<AnalysisLayerId, boolean>>,
	borderInFrame = true
): LegendEntry[] {
	// Events placed only at a country or region are drawn as its highlight, not as symbols.
	const events = visibleEvents.filter(
		(event) => !('place' in event) || regionKeyOf(event) === null
	);
	const inRegions = visibleEvents.length > events.length;
	const kinds = new Set(events.map((event) => event.kind));
	const fills = new Set(events.map((event) => precisionFill[event.precision]));
	const atPoints = events.some((event) => event.scope === 'point');
	const atAreas = events.some((event) => event.scope !== 'point');
	const symbol = palette.focusLine;
	return [
		...(borderInFrame
			? [{ label: 'Belarus–Ukraine border', colour: palette.border, shape: 'line' as const }]
			: []),
		...Object.entries(eventColours)
			.filter(([kind]) => kinds.has(kind as MapEvent['kind']))
			.map(([kind, colour]) => ({ label: `${kind} event`, colour, shape: 'disc' as const })),
		...(inRegions
			? [
					{
						label: 'events placed only at a country or region (count)',
						colour: palette.regionEvents,
						shape: 'square' as const
					}
				]
			: []),
		...analysisLayerLegend
			.filter((layer) => visibleLayers[layer.id] && layer.id !== 'border')
			.map((layer) => ({ label: layer.name, colour: layer.swatch, shape: 'square' as const })),
		...(atPoints ? [{ label: 'event at a place', colour: symbol, shape: 'disc' as const }] : []),
		...(atAreas
			? [{ label: 'event in a region or country', colour: symbol, shape: 'diamond' as const }]
			: []),
		...precisionKey
			.filter((key) => fills.has(key.fill))
			.map((key) => ({ label: key.label, colour: symbol, shape: 'disc' as const, fill: key.fill }))
	];
}

/** What a slide captures at this moment: title, caption, legend and the sources it cites. */
export function snapshotContent(inputs: SnapshotInputs): SnapshotContent {
	const { selected, window } = inputs;
	const timeWindowText = window ? formatDayRange(window.start, window.end) : 'All dates';
	const eventsInFrame = inputs.visibleEvents.filter((event) =>
		inputs.inFrame(event.lon, event.lat)
	);
	const words = slideWords({
		selected: selected && {
			key: selected.event.key,
			label: selected.event.event.label,
			caption: `“${selected.text.slice(selected.event.event.quoteStart, selected.event.event.quoteEnd).trim()}” — ${citationOf(selected.meta)}`
		},
		timeWindowText,
		eventsInFrame: eventsInFrame.map((event) => ({
			key: event.key,
			placeName: ('place' in event && event.place?.name) || null
		})),
		analysis: inputs.analysis
	});
	const borderInFrame = inputs.border !== null && hasPointIn(inputs.border, inputs.inFrame);
	const legend = slideLegend(eventsInFrame, inputs.visibleLayers, borderInFrame);
	const legendSide = legendSideFor(
		legend.map((entry) => entry.label),
		eventsInFrame.map((event) => inputs.placeOnSlide(event.lon, event.lat))
	);
	// An article or an imported layer is cited when the slide shows one of its events (or quotes it).
	const shownArticles = new Set(
		eventsInFrame.flatMap((event) => ('docId' in event ? [event.docId] : []))
	);
	if (selected) shownArticles.add(selected.event.docId);
	const shownLayers = new Set(
		eventsInFrame
			.filter((event) => event.origin === 'imported')
			.map((event) => importedKeyParts(event.key).layerId)
	);
	const sources: SourceCitation[] = [
		...inputs.articles
			.filter((article) => shownArticles.has(article.id))
			.map((article) => ({
				id: article.id,
				kind: 'article' as const,
				text: citationOf(article.meta),
				url: article.meta.url ?? undefined
			})),
		...inputs.importedLayers
			.filter((layer) => shownLayers.has(layer.id))
			.map((layer) => ({
				id: layer.id,
				kind: 'data' as const,
				text: `${layer.name} (data imported by the user)`
			})),
		...inputs.dataSources.map((source) => ({
			id: source.id,
			kind: 'data' as const,
			// Some sources name their licence already (“GeoNames (CC BY 4.0)”): say it once.
			text: source.text.includes(source.licence)
				? source.text
				: `${source.text} (${source.licence})`,
			url: source.url
		}))
	];
	return {
		permalinkState: inputs.permalinkState,
		title: words.title,
		caption: words.caption,
		timeWindowText,
		legend,
		legendSide,
		attribution: inputs.attribution,
		sources
	};
}

/** The analysis layers as far as a slide names them. */
export interface NamedLayers {
	visible: Readonly<Record<AnalysisLayerId, boolean>>;
	rings: readonly RingItem[];
	distances: readonly LineItem[];
	measure: AnalysisOnSlide['measure'];
	/** Presets and cities the analysis panel offers. */
	places: readonly PlaceRef[];
}

/**
 * The rings, distances and measurement a slide of the frame shows, named by place: a ring whose
 * centre is in the frame, a distance with an end in it, the measurement being made. Known places
 * are the events' places and the analysis panel's.
 */
export function analysisInFrame(
	layers: NamedLayers,
	inFrame: InFrame,
	events: readonly (MapEvent | ExplorerEvent)[]
): string[] {
	const shown = ([lon, lat]: number[]) => inFrame(lon, lat);
	const eventPlaces = events.flatMap((event) =>
		'place' in event && event.place
			? [{ name: event.place.name, position: [event.lon, event.lat] as LngLat }]
			: []
	);
	return namedAnalysis({
		rings: layers.visible.rings
			? layers.rings.filter((ring) => shown(ring.feature.properties.center))
			: [],
		distances: layers.visible.distances
			? layers.distances.filter(({ feature }) => feature.geometry.coordinates.some(shown))
			: [],
		measure: layers.measure,
		places: [
			...eventPlaces,
			...layers.places.map((place) => ({ name: place.label, position: place.position }))
		]
	});
}
