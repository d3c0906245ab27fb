// Turns the deck into files: PNG per slide, one PDF, one PPTX (built in a worker).
import { downloadFile } from '$lib/io/downloadFile';
import { citedSources } from './citedSources';
import { composeSlideImage, overlayOfSlide, slideTextLines } from './composeSlideImage';
import type { PdfWorkerReply, PdfWorkerRequest } from './pdfWorkerProtocol';
import type { PptxWorkerReply, PptxWorkerRequest } from './pptxWorkerProtocol';
import type { Slide } from './slide';
import { slideSize, type SlideScale } from './slideLayout';

/** Draws a slide's map picture; export functions take one so they need not know the session. */
export type PictureOf = (slide: Slide) => CanvasImageSource;

/** An export that cannot be made; its message is shown to the user as is. */
export class ExportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExportError';
	}
}

const jpegQuality = 0.92;

function scaleOf(slide: Slide): SlideScale {
	return slide.image.width > slideSize.width ? 2 : 1;
}

function requireSlides(slides: readonly Slide[]): void {
	if (slides.length === 0) {
		throw new ExportError('There are no slides to export yet: capture the map first (press S).');
	}
}

/** The full slide image (map, overlays, title, time window and caption) at its own scale. */
export function renderSlide(slide: Slide, picture: CanvasImageSource): OffscreenCanvas {
	return composeSlideImage(picture, overlayOfSlide(slide), {
		scale: scaleOf(slide),
		textBands: true
	});
}

/**
 * The map figure without the text bands, for layouts that set the words beside it; with
 * `annotationsAsShapes`, without the annotations too.
 */
export function renderFigure(
	slide: Slide,
	picture: CanvasImageSource,
	options: { annotationsAsShapes?: boolean } = {}
): OffscreenCanvas {
	return composeSlideImage(picture, overlayOfSlide(slide), {
		scale: scaleOf(slide),
		textBands: false,
		...options
	});
}

export function slidePng(slide: Slide, picture: CanvasImageSource): Promise<Blob> {
	return renderSlide(slide, picture).convertToBlob({ type: 'image/png' });
}

/**
 * One PDF page per slide, the map as a JPEG under its title and caption set as text, then the
 * notes and the sources. Written in a worker that loads pdf-lib and the fonts on first use; it
 * asks for each map figure in turn, drawn here.
 */
export async function exportPdf(
	slides: readonly Slide[],
	pictureOf: PictureOf,
	title: string
): Promise<Blob> {
	requireSlides(slides);
	const [regular, bold] = await Promise.all([
		import('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url'),
		import('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url')
	]);
	const worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
	const send = (request: PdfWorkerRequest, transfer: Transferable[] = []) =>
		worker.postMessage(request, transfer);
	const pdf = new Promise<ArrayBuffer>((resolve, reject) => {
		const fail = (message: string) =>
			reject(new ExportError(`The PDF could not be written: ${message}.`));
		worker.onerror = (event) => fail(event.message);
		worker.onmessage = async ({ data: reply }: MessageEvent<PdfWorkerReply>) => {
			if (reply.type === 'done') return resolve(reply.pdf);
			if (reply.type === 'failed') return fail(reply.message);
			const slide = slides[reply.index];
			const jpeg = await (
				await renderFigure(slide, pictureOf(slide)).convertToBlob({
					type: 'image/jpeg',
					quality: jpegQuality
				})
			).arrayBuffer();
			send({ type: 'figure', index: reply.index, jpeg }, [jpeg]);
		};
	});
	send({
		type: 'start',
		title,
		subject: slides.map((slide) => slide.title).join('; '),
		slides: slides.map(({ title, timeWindowText, caption, notes, attribution }) => ({
			title,
			timeWindowText,
			caption,
			notes,
			attribution
		})),
		sources: citedSources(slides),
		fontUrls: {
			regular: new URL(regular.default, location.href).href,
			bold: new URL(bold.default, location.href).href
		}
	});
	try {
		return new Blob([await pdf], { type: 'application/pdf' });
	} finally {
		worker.terminate();
	}
}

/** The request the PPTX worker needs: each slide's figure as JPEG, and its words. */
export async function pptxRequest(
	slides: readonly Slide[],
	pictureOf: PictureOf,
	title: string
): Promise<PptxWorkerRequest> {
	requireSlides(slides);
	const requestSlides = [];
	for (const slide of slides) {
		const jpeg = await renderFigure(slide, pictureOf(slide), {
			annotationsAsShapes: true
		}).convertToBlob({ type: 'image/jpeg', quality: jpegQuality });
		requestSlides.push({
			...slideTextLines(slide),
			annotations: slide.annotations,
			timeWindowText: slide.timeWindowText,
			attribution: slide.attribution,
			notes: slide.notes,
			figureJpeg: await jpeg.arrayBuffer()
		});
	}
	return { title, slides: requestSlides, sources: citedSources(slides) };
}

/** Builds the .pptx in a worker, so the main thread stays free while pptxgenjs zips. */
export function buildPptxInWorker(
	request: PptxWorkerRequest
): Promise<{ pptx: Blob; buildMs: number }> {
	const worker = new Worker(new URL('./pptx.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<{ pptx: Blob; buildMs: number }>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<PptxWorkerReply>) => {
			const reply = event.data;
			if (reply.ok) {
				const type = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
				resolve({ pptx: new Blob([reply.pptx], { type }), buildMs: reply.buildMs });
			} else reject(new ExportError(`The PowerPoint file could not be built: ${reply.message}.`));
		};
		worker.onerror = (event) =>
			reject(new ExportError(`The PowerPoint file could not be built: ${event.message}.`));
		worker.postMessage(
			request,
			request.slides.map((slide) => slide.figureJpeg)
		);
	}).finally(() => worker.terminate());
}

export async function exportPptx(
	slides: readonly Slide[],
	pictureOf: PictureOf,
	title: string
): Promise<Blob> {
	return (await buildPptxInWorker(await pptxRequest(slides, pictureOf, title))).pptx;
}

/** A file name from a title: “Minsk, 2020” → “minsk-2020.pdf”. */
export function fileNameOf(title: string, extension: string): string {
	const slug = title
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${slug || 'slide'}.${extension}`;
}

export const deckFormats = ['PPTX', 'PDF', 'PNG'] as const;
export type DeckFormat = (typeof deckFormats)[number];

/** Exports the deck and hands the file(s) to the browser's downloads: one PNG per slide. */
export async function downloadDeck(
	format: DeckFormat,
	slides: readonly Slide[],
	pictureOf: PictureOf,
	title: string
): Promise<void> {
	if (format === 'PPTX') {
		downloadFile(await exportPptx(slides, pictureOf, title), fileNameOf(title, 'pptx'));
	} else if (format === 'PDF') {
		downloadFile(await exportPdf(slides, pictureOf, title), fileNameOf(title, 'pdf'));
	} else {
		for (const [index, slide] of slides.entries()) {
			const name = `${String(index + 1).padStart(2, '0')}-${slide.title}`;
			downloadFile(await slidePng(slide, pictureOf(slide)), fileNameOf(name, 'png'));
		}
	}
}
