import type { ArticleInput, Extraction, Span } from '$lib/extract';
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
	| {
			requestId: number;
			type: 'done';
			result: Extraction;
			serialized: ArrayBuffer;
			digest: string;
	  }
	| { requestId: number; type: 'places'; places: PlaceMatch[] }
	| { requestId: number; type: 'draft'; draft: EventDraft }
	| { requestId: number; type: 'error'; message: string };
