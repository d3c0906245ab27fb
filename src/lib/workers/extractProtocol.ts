import type { ArticleInput, Extraction } from '$lib/extract';
import type { PlaceMatch } from '$lib/extract/gazetteerSearch';

export type ExtractTask =
	{ type: 'extract'; input: ArticleInput } | { type: 'searchPlaces'; query: string };

export type ExtractRequest = ExtractTask & { requestId: number };

export type ExtractResponse =
	| { requestId: number; type: 'progress'; fraction: number }
	| { requestId: number; type: 'done'; result: Extraction }
	| { requestId: number; type: 'places'; places: PlaceMatch[] }
	| { requestId: number; type: 'error'; message: string };
