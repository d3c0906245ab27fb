import type { PdfSlide } from './pdfDocument';
import type { SourceCitation } from './slide';

/** Sent to the PDF worker: first the deck's words, then each figure it asks for. */
export type PdfWorkerRequest =
	| {
			type: 'start';
			title: string;
			subject: string;
			slides: PdfSlide[];
			sources: SourceCitation[];
			/** Absolute URLs of the regular and bold TrueType fonts. */
			fontUrls: { regular: string; bold: string };
	  }
	| { type: 'figure'; index: number; jpeg: ArrayBuffer };

export type PdfWorkerReply =
	| { type: 'figure'; index: number }
	| { type: 'done'; pdf: ArrayBuffer }
	| { type: 'failed'; message: string };
