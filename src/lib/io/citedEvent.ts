import type { DatePrecision, EventKind, EventModality } from '$lib/extract/types';
import { reviewStatusOf, type EventReviewStatus, type ReviewedExtraction } from '$lib/review/edits';
import { importedEventKey, type ImportedLayer } from './importedLayer';
import { chunkEvents, packedChunkEvents } from './packedEvents';

/** An event with everything an export needs to cite where it came from. */
export interface CitedEvent {
	id: string;
	/** Null when the event has a date but no place. */
	lon: number | null;
	lat: number | null;
	/** ISO YYYY-MM-DD, both included. */
	start: string;
	end: string;
	precision: DatePrecision;
	kind: EventKind;
	label: string;
	place: string | null;
	/** The date as the text wrote it. */
	dateText: string;
	/** The sentence the event was read from (or an imported row's description). */
	quote: string;
	/** Offsets of the quote into the article's text (UTF-16, end excluded); null for imports. */
	quoteStart: number | null;
	quoteEnd: number | null;
	/** The article's title, or the imported layer's name. */
	sourceTitle: string;
	sourceUrl: string | null;
	/** The article's publication day, ISO YYYY-MM-DD; '' for imports. */
	published: string;
	review: EventReviewStatus | 'imported';
	/** Null for an event told as having happened; see EventModality. */
	modality: EventModality | null;
}

/**
 * The events of a reviewed article with their provenance, in text order of extraction; events
 * the reader rejected (notEvent) are left out.
 */
export function citedEventsOfArticle(article: ReviewedExtraction): CitedEvent[] {
	const { meta, text } = article.doc;
	return article.events
		.filter((event) => reviewStatusOf(event) !== 'notEvent')
		.map((event) => ({
			id: event.id,
			lon: event.location?.lon ?? null,
			lat: event.location?.lat ?? null,
			start: event.interval.start,
			end: event.interval.end,
			precision: event.interval.precision,
			kind: event.kind,
			label: event.label,
			place: event.location ? article.toponyms[event.location.toponymIndex].name : null,
			dateText: event.dateText,
			quote: text.slice(event.quoteStart, event.quoteEnd),
			quoteStart: event.quoteStart,
			quoteEnd: event.quoteEnd,
			sourceTitle: meta.title,
			sourceUrl: meta.url,
			published: meta.published,
			review: reviewStatusOf(event),
			modality: event.modality ?? null
		}));
}

/**
 * The events of one chunk of an imported layer (see PackedEvents), cited to the layer (usually
 * the file name).
 */
export function citedEventsOfLayerChunk(layer: ImportedLayer, chunk: number): CitedEvent[] {
	const first = chunk * packedChunkEvents;
	return chunkEvents(layer.events.chunks[chunk]).map((event, index) => ({
		id: importedEventKey(layer.id, first + index),
		lon: event.lon,
		lat: event.lat,
		start: event.start,
		end: event.end,
		precision: event.precision,
		kind: 'other',
		label: event.label,
		place: null,
		dateText: '',
		quote: event.description,
		quoteStart: null,
		quoteEnd: null,
		sourceTitle: layer.name,
		sourceUrl: null,
		published: '',
		review: 'imported',
		modality: null
	}));
}

/** Coordinates in exports: 6 decimals, about 0.1 m, so outputs are stable. */
export function roundedCoordinate(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

/** The field names of citationFields, in order. */
export const citationFieldNames = [
	'id',
	'label',
	'kind',
	'start',
	'end',
	'precision',
	'date_text',
	'place',
	'quote',
	'quote_start',
	'quote_end',
	'source_title',
	'source_url',
	'published',
	'review',
	'modality'
] as const;
export type CitationField = (typeof citationFieldNames)[number];

/**
 * The provenance of an event as flat, snake_case fields, in the order the exports write them:
 * GeoJSON properties, CSV columns and KML ExtendedData all use these names.
 */
export function citationFields(event: CitedEvent): Record<CitationField, string | number | null> {
	return {
		id: event.id,
		label: event.label,
		kind: event.kind,
		start: event.start,
		end: event.end,
		precision: event.precision,
		date_text: event.dateText,
		place: event.place,
		quote: event.quote,
		quote_start: event.quoteStart,
		quote_end: event.quoteEnd,
		source_title: event.sourceTitle,
		source_url: event.sourceUrl,
		published: event.published,
		review: event.review,
		modality: event.modality
	};
}

/**
 * An export format written a batch of events at a time: `head`, the text of every batch, and
 * `tail`, joined in order, are the file.
 */
export interface EventsText {
	head: string;
	/** The text of a batch of events; `first` for the first batch written. */
	batch: (events: readonly CitedEvent[], first: boolean) => string;
	tail: string;
}
