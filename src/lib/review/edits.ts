import type {
	EventLocation,
	ExtractedEvent,
	Extraction,
	Place,
	Span,
	Toponym
} from '$lib/extract/types';
import type {
	EventReviewStatus,
	ReviewEdit,
	ReviewedEvent,
	ReviewedExtraction,
	ReviewedToponym,
	ToponymReviewStatus
} from './reviewEdit';

export type * from './reviewEdit';

/** Toponyms with these statuses do not place events. */
const unplacedStatuses: ReadonlySet<ToponymReviewStatus> = new Set(['notPlace', 'unlocated']);

/** The review status of a toponym or an event: 'automatic' when no edit has touched it. */
export function reviewStatusOf(item: ReviewedToponym): ToponymReviewStatus;
export function reviewStatusOf(item: ReviewedEvent): EventReviewStatus;
export function reviewStatusOf(item: object): string;
export function reviewStatusOf(item: object): string {
	return (item as { review?: { status: string } }).review?.status ?? 'automatic';
}

/** Whether a reviewed toponym should be drawn and can place events. */
export function isPlaced(toponym: ReviewedToponym): boolean {
	return !unplacedStatuses.has(reviewStatusOf(toponym));
}

/** As the extractor scopes an event by the kind of its place (06-events.ts). */
function scopeOf(kind: Place['kind']): EventLocation['scope'] {
	if (kind === 'country') return 'country';
	return kind === 'city' || kind === 'facility' || kind === 'coordinates' ? 'point' : 'region';
}

function sameSpan(a: Span, b: Span): boolean {
	return a.start === b.start && a.end === b.end;
}

/** Working state of one toponym while edits are applied. */
interface ToponymDraft {
	toponym: Toponym;
	automatic: Toponym | null;
	decision: 'none' | 'accepted' | 'notPlace' | 'unlocated';
	changed: boolean;
	editedAt: string | null;
}

interface EventDraft {
	event: ExtractedEvent;
	automatic: ExtractedEvent | null;
	decision: 'none' | 'accepted' | 'notEvent';
	changed: boolean;
	editedAt: string | null;
}

function toponymStatus(draft: ToponymDraft): ToponymReviewStatus {
	if (draft.decision === 'notPlace' || draft.decision === 'unlocated') {
		return draft.decision;
	}
	if (!draft.automatic) return 'added';
	if (draft.changed) return 'corrected';
	return draft.decision === 'accepted' ? 'accepted' : 'automatic';
}

function eventStatus(draft: EventDraft): EventReviewStatus {
	if (draft.decision === 'notEvent') return 'notEvent';
	if (!draft.automatic) return 'added';
	if (draft.changed) return 'corrected';
	return draft.decision === 'accepted' ? 'accepted' : 'automatic';
}

/** Where an event is placed: at its first place that is still a located place, as the extractor does. */
function locate(event: ExtractedEvent, toponyms: ReviewedToponym[]): EventLocation | null {
	const index = event.placeRefs.find((ref) => toponyms[ref] && isPlaced(toponyms[ref]));
	if (index === undefined) return null;
	const toponym = toponyms[index];
	return { lat: toponym.lat, lon: toponym.lon, toponymIndex: index, scope: scopeOf(toponym.kind) };
}

function isSpanIn(text: string, span: Span): boolean {
	return (
		Number.isInteger(span.start) &&
		Number.isInteger(span.end) &&
		span.start >= 0 &&
		span.start < span.end &&
		span.end <= text.length
	);
}

/**
 * Applies review edits, in order, to an automatic extraction and returns a new extraction in
 * which every toponym and event carries its review status and the automatic value it replaces.
 * The input is never changed, so the automatic result stays reproducible. Events are placed
 * again from their places, so rejecting or moving a place moves its events. A place added inside
 * an event's quote becomes one of that event's places. Edits that name no toponym or event of
 * this extraction are returned in `unmatchedEdits`, not thrown.
 */
export function applyEdits(
	extraction: Extraction,
	edits: readonly ReviewEdit[]
): ReviewedExtraction {
	if (edits.length === 0) return { ...extraction, unmatchedEdits: [] };
	const text = extraction.doc.text;
	const toponyms: ToponymDraft[] = extraction.toponyms.map((toponym) => ({
		toponym,
		automatic: toponym,
		decision: 'none',
		changed: false,
		editedAt: null
	}));
	const events: EventDraft[] = extraction.events.map((event) => ({
		event,
		automatic: event,
		decision: 'none',
		changed: false,
		editedAt: null
	}));
	const unmatchedEdits: ReviewEdit[] = [];
	const toponymAt = (span: Span) => toponyms.find((draft) => sameSpan(draft.toponym, span));
	const eventAt = (span: Span) =>
		events.find(
			(draft) => draft.event.dateStart === span.start && draft.event.dateEnd === span.end
		);

	for (const edit of edits) {
		if (!isSpanIn(text, edit.target)) {
			unmatchedEdits.push(edit);
			continue;
		}
		if (edit.type === 'toponym.add') {
			if (toponymAt(edit.target)) {
				unmatchedEdits.push(edit);
				continue;
			}
			const index = toponyms.length;
			toponyms.push({
				toponym: {
					...edit.value,
					...edit.target,
					text: text.slice(edit.target.start, edit.target.end),
					literal: true,
					confidence: 1
				},
				automatic: null,
				decision: 'none',
				changed: false,
				editedAt: edit.at
			});
			for (const draft of events) {
				if (
					draft.event.quoteStart <= edit.target.start &&
					edit.target.end <= draft.event.quoteEnd
				) {
					draft.event = { ...draft.event, placeRefs: [...draft.event.placeRefs, index] };
				}
			}
			continue;
		}
		if (edit.type === 'event.add') {
			if (eventAt(edit.target)) {
				unmatchedEdits.push(edit);
				continue;
			}
			const { places, ...value } = edit.value;
			const placeRefs = places.flatMap((span) => {
				const index = toponyms.findIndex((draft) => sameSpan(draft.toponym, span));
				return index < 0 ? [] : [index];
			});
			events.push({
				event: {
					...value,
					id: `${extraction.doc.id}:added:${edit.target.start}-${edit.target.end}`,
					docId: extraction.doc.id,
					dateText: text.slice(edit.target.start, edit.target.end),
					dateStart: edit.target.start,
					dateEnd: edit.target.end,
					kindRule: 'review',
					placeRefs,
					location: null,
					confidence: 1
				},
				automatic: null,
				decision: 'none',
				changed: false,
				editedAt: edit.at
			});
			continue;
		}
		if (edit.type.startsWith('toponym.')) {
			const draft = toponymAt(edit.target);
			if (!draft) {
				unmatchedEdits.push(edit);
				continue;
			}
			draft.editedAt = edit.at;
			switch (edit.type) {
				case 'toponym.accept':
					draft.decision = 'accepted';
					break;
				case 'toponym.notPlace':
					draft.decision = 'notPlace';
					break;
				case 'toponym.unknown':
					draft.decision = 'unlocated';
					break;
				case 'toponym.rematch':
					draft.toponym = { ...draft.toponym, ...edit.value, candidates: draft.toponym.candidates };
					draft.decision = 'none';
					draft.changed = true;
					break;
				case 'toponym.move':
					draft.toponym = { ...draft.toponym, lon: edit.value.lon, lat: edit.value.lat };
					draft.decision = 'none';
					draft.changed = true;
					break;
			}
			continue;
		}
		const draft = eventAt(edit.target);
		if (!draft) {
			unmatchedEdits.push(edit);
			continue;
		}
		draft.editedAt = edit.at;
		switch (edit.type) {
			case 'event.accept':
				draft.decision = 'accepted';
				break;
			case 'event.notEvent':
				draft.decision = 'notEvent';
				break;
			case 'event.editDate':
				// A date the reviewer set is no longer inferred from a duration.
				draft.event = { ...draft.event, interval: edit.value, fromDuration: undefined };
				draft.changed = true;
				break;
			case 'event.editKind':
				draft.event = { ...draft.event, kind: edit.value };
				draft.changed = true;
				break;
		}
	}

	// What no edit touched stays the extractor's own object: a long article's tens of thousands
	// of toponyms are not copied to say 'automatic'.
	const reviewedToponyms: ReviewedToponym[] = toponyms.map((draft) =>
		draft.editedAt === null && draft.toponym === draft.automatic
			? draft.toponym
			: {
					...draft.toponym,
					review: {
						status: toponymStatus(draft),
						automatic: draft.automatic,
						editedAt: draft.editedAt
					}
				}
	);
	// The extractor placed each event at its first place, so events keep their location until a
	// place is edited.
	const placesEdited = reviewedToponyms.some((toponym) => toponym.review);
	const reviewedEvents: ReviewedEvent[] = events.map((draft) =>
		!placesEdited && draft.editedAt === null && draft.event === draft.automatic
			? draft.event
			: {
					...draft.event,
					location: locate(draft.event, reviewedToponyms),
					review: {
						status: eventStatus(draft),
						automatic: draft.automatic,
						editedAt: draft.editedAt
					}
				}
	);
	return { ...extraction, toponyms: reviewedToponyms, events: reviewedEvents, unmatchedEdits };
}
