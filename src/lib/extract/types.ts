import type { DatePrecision } from '$lib/time/datePrecision';
import type { EventKind } from './eventKind';

export type { DatePrecision, EventKind };

/** Character range into the ingested text: 0-based, end-exclusive UTF-16 offsets. */
export interface Span {
	start: number;
	end: number;
}

export interface BoilerplateSpan extends Span {
	reason: 'teaser' | 'dateline' | 'byline' | 'header' | 'caption' | 'trailer';
}

export interface Paragraph extends Span {
	boilerplate: boolean;
}

export interface Sentence extends Span {
	paragraph: number;
}

export type PlaceKind =
	'country' | 'city' | 'region' | 'water' | 'facility' | 'border' | 'continent' | 'coordinates';

export interface Place {
	name: string;
	lat: number;
	lon: number;
	kind: PlaceKind;
	countryIso2: string | null;
	geonameid?: number;
}

export interface PlaceCandidate extends Place {
	score: number;
}

export interface Toponym extends Place, Span {
	text: string;
	/** false when a capital stands for its government ("Kyiv insists"). */
	literal: boolean;
	confidence: number;
	candidates?: PlaceCandidate[];
}

export type DateModifier = 'since' | 'before' | 'after';

/** A closed interval of calendar days, both ends ISO YYYY-MM-DD. */
export interface DateInterval {
	start: string;
	end: string;
	precision: DatePrecision;
	mod?: DateModifier;
	/** Days either bound may be off by, for fuzzy values ("early 2022", "the late 1980s"). */
	toleranceDays?: number;
}

export interface TemporalExpression extends Span {
	text: string;
	interval: DateInterval;
	/** Name of the rule that read it, for debugging and tests. */
	rule: string;
	confidence: number;
	/**
	 * The date was inferred from a period's length ("his 26-year reign", "26 years of rule"): it
	 * dates that period but should not decide the span of a timeline.
	 */
	fromDuration?: true;
}

/**
 * How the text holds an event: it did not happen ("has never taken place"), might happen ("may",
 * "could") or is only planned ("is planned", "will"). Absent for an event the text says happened.
 */
export type EventModality = 'negated' | 'hypothetical' | 'planned';

export interface EventLocation {
	lat: number;
	lon: number;
	toponymIndex: number;
	scope: 'point' | 'region' | 'country';
}

export interface ExtractedEvent {
	id: string;
	docId: string;
	interval: DateInterval;
	dateText: string;
	dateStart: number;
	dateEnd: number;
	quoteStart: number;
	quoteEnd: number;
	label: string;
	kind: EventKind;
	kindRule: string;
	/** Indexes into Extraction.toponyms, most specific first. */
	placeRefs: number[];
	location: EventLocation | null;
	confidence: number;
	/** See EventModality; absent when the event is told as having happened. */
	modality?: EventModality;
	/** See TemporalExpression.fromDuration. */
	fromDuration?: true;
}

export interface ArticleMeta {
	title: string;
	author: string;
	publisher: string;
	/** YYYY-MM-DD */
	published: string;
	url: string | null;
}

export interface ArticleInput {
	id: string;
	text: string;
	format?: 'text' | 'markdown' | 'html';
	meta?: Partial<ArticleMeta>;
}

export interface ExtractedDoc {
	id: string;
	meta: ArticleMeta;
	text: string;
	paragraphs: Paragraph[];
	boilerplate: BoilerplateSpan[];
	publishedDetected: boolean;
}

export interface Extraction {
	doc: ExtractedDoc;
	toponyms: Toponym[];
	events: ExtractedEvent[];
	warnings: string[];
}

export interface ExtractOptions {
	/** Called with 0..1 as stages finish. */
	onProgress?: (fraction: number) => void;
}
