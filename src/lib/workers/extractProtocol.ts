import type { ArticleInput, Extraction } from '$lib/extract';

export interface ExtractRequest {
	requestId: number;
	input: ArticleInput;
}

export type ExtractResponse =
	| { requestId: number; type: 'progress'; fraction: number }
	| { requestId: number; type: 'done'; result: Extraction }
	| { requestId: number; type: 'error'; message: string };
