// What a review edit is, and the extraction as reviewed: the types edits.ts applies.
import type {
	DateInterval,
	EventKind,
	ExtractedEvent,
	Extraction,
	Place,
	Span,
	Toponym
} from '$lib/extract/types';

/** A new event the reader marks in the text: its date is the edit's target span. */
export interface AddedEventValue {
	interval: DateInterval;
	kind: EventKind;
	label: string;
	quoteStart: number;
	quoteEnd: number;
	/** Spans of the places it happened at, most specific first (toponyms, added ones included). */
	places: Span[];
}

/**
 * One correction of the automatic result. Toponyms are targeted by the span of their name and
 * events by the span of their date text, both offsets into `doc.text`, so edits stay attached
 * when the extractor is re-run on the same text. `at` is an ISO time stamp given by the caller.
 */
export type ReviewEdit =
	| { type: 'toponym.accept'; target: Span; at: string }
	| { type: 'toponym.rematch'; target: Span; value: Place; at: string }
	| { type: 'toponym.move'; target: Span; value: { lon: number; lat: number }; at: string }
	| { type: 'toponym.notPlace'; target: Span; at: string }
	| { type: 'toponym.unknown'; target: Span; at: string }
	| { type: 'toponym.add'; target: Span; value: Place; at: string }
	| { type: 'event.accept'; target: Span; at: string }
	| { type: 'event.notEvent'; target: Span; at: string }
	| { type: 'event.add'; target: Span; value: AddedEventValue; at: string }
	| { type: 'event.editDate'; target: Span; value: DateInterval; at: string }
	| { type: 'event.editKind'; target: Span; value: EventKind; at: string };

/**
 * - automatic: no edit touches it; accepted: confirmed as it is; corrected: changed by an edit;
 * - added: made by an edit; notPlace / notEvent: rejected, not to be drawn;
 * - unlocated: a place, but where is unknown; not to be drawn.
 */
export type ToponymReviewStatus =
	'automatic' | 'accepted' | 'corrected' | 'added' | 'notPlace' | 'unlocated';
export type EventReviewStatus = 'automatic' | 'accepted' | 'corrected' | 'added' | 'notEvent';

/** A toponym as reviewed; no `review` when no edit touched it (status 'automatic'). */
export interface ReviewedToponym extends Toponym {
	review?: {
		status: ToponymReviewStatus;
		/** The extractor's toponym, unchanged; null for an added one. */
		automatic: Toponym | null;
		/** Time stamp of the last edit that touched it. */
		editedAt: string | null;
	};
}

/** An event as reviewed; no `review` when no edit touched it or its places (status 'automatic'). */
export interface ReviewedEvent extends ExtractedEvent {
	review?: {
		status: EventReviewStatus;
		automatic: ExtractedEvent | null;
		editedAt: string | null;
	};
}

export interface ReviewedExtraction extends Extraction {
	/** The automatic toponyms in their order, then the added ones in the order of their edits. */
	toponyms: ReviewedToponym[];
	events: ReviewedEvent[];
	/** Edits whose target is not in this extraction (the text changed, or the edit conflicts). */
	unmatchedEdits: ReviewEdit[];
}
