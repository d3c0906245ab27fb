import { segmentSentences } from './02-segment';
import { findDates } from './05-dates';
import { buildEvents } from './06-events';
import type { DateInterval, EventKind, Extraction, Span, TemporalExpression } from './types';

/** What the extractor makes of a passage a reader marks as a missed event, for them to confirm. */
export interface EventDraft {
	/** The date the selected words name, or null when they name none the rules can read. */
	interval: DateInterval | null;
	kind: EventKind;
	label: string;
	quoteStart: number;
	quoteEnd: number;
	/** Toponym indexes of the places in or before its sentence, most specific first. */
	placeRefs: number[];
}

/** A date expression that is the selection, read by the rules over the whole text, then alone. */
function dateOf(
	extraction: Extraction,
	span: Span,
	anchors: Map<string, string>
): TemporalExpression | null {
	const { text, meta } = extraction.doc;
	const inText = findDates(text, meta.published, [], anchors).find(
		(date) => date.start < span.end && span.start < date.end
	);
	const selected = text.slice(span.start, span.end);
	const alone = inText ?? findDates(selected, meta.published, [], anchors)[0];
	if (!alone) return null;
	return { ...alone, ...span, text: selected, rule: 'review', confidence: 1 };
}

/**
 * The event the pipeline would build around words the reader selected: the sentence holding
 * them as quote, its places, its kind and label, and the date the words name. The reader
 * confirms or changes it before it is recorded as an added event.
 */
export function draftEvent(
	extraction: Extraction,
	span: Span,
	anchors: Map<string, string> = new Map()
): EventDraft {
	const { doc } = extraction;
	const date = dateOf(extraction, span, anchors);
	const sentences = segmentSentences(doc.text, doc.paragraphs);
	const placeholder: TemporalExpression = {
		...span,
		text: doc.text.slice(span.start, span.end),
		interval: { start: doc.meta.published, end: doc.meta.published, precision: 'day' },
		rule: 'review',
		confidence: 1
	};
	const [built] = buildEvents(doc.id, doc.text, sentences, extraction.toponyms, [
		date ?? placeholder
	]);
	return {
		interval: date?.interval ?? null,
		kind: built?.kind ?? 'other',
		label: built?.label ?? placeholder.text,
		quoteStart: built?.quoteStart ?? span.start,
		quoteEnd: built?.quoteEnd ?? span.end,
		placeRefs: built?.placeRefs ?? []
	};
}
