import type { PptxSlideInput } from './pptxDeck';
import type { SourceCitation } from './slide';

/** Sent to the PPTX worker: the deck with each figure as JPEG bytes (transferred, not copied). */
export interface PptxWorkerRequest {
	title: string;
	slides: (Omit<PptxSlideInput, 'figure'> & { figureJpeg: ArrayBuffer })[];
	sources: SourceCitation[];
}

export type PptxWorkerReply =
	{ ok: true; pptx: ArrayBuffer; buildMs: number } | { ok: false; message: string };
