import type { ArticleInput, ExtractedEvent, Extraction, Span, Toponym } from '$lib/extract';
import type { EventDraft } from '$lib/extract/draftEvent';
import type { PlaceMatch } from '$lib/extract/gazetteerSearch';

export type ExtractTask =
	| { type: 'prepare' }
	| { type: 'digest'; input: ArticleInput }
	| { type: 'extract'; input: ArticleInput }
	| { type: 'searchPlaces'; query: string }
	| { type: 'draftEvent'; extraction: Extraction; span: Span };

export type ExtractRequest = ExtractTask & { requestId: number };

export type ExtractResponse =
	| { requestId: number; type: 'ready' }
	| { requestId: number; type: 'digest'; digest: string }
	| { requestId: number; type: 'progress'; fraction: number }
	| ({ requestId: number; type: 'rows'; offset: number } & ExtractionRows)
	| {
			requestId: number;
			type: 'done';
			/** The extraction but its toponyms and events, which came before in 'rows' replies. */
			rest: Omit<Extraction, 'toponyms' | 'events'>;
			serialized: ArrayBuffer;
			digest: string;
	  }
	| { requestId: number; type: 'places'; places: PlaceMatch[] }
	| { requestId: number; type: 'draft'; draft: EventDraft }
	| { requestId: number; type: 'error'; message: string };

/** A run of an extraction's toponyms or events, from `offset` on. */
export type ExtractionRows =
	{ of: 'toponyms'; rows: Toponym[] } | { of: 'events'; rows: ExtractedEvent[] };

/** `rows` in runs of at most `size`, each with the offset of its first row. */
export function* runsOf<Row>(
	rows: Row[],
	size: number
): Generator<{ offset: number; rows: Row[] }> {
	for (let offset = 0; offset < rows.length; offset += size) {
		yield { offset, rows: rows.slice(offset, offset + size) };
	}
}
