import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { SourceCitation } from './slide';
import { slidePoints, slideRegions, slideType, wrapText, type Rect } from './slideLayout';

/** The words of one slide, set as text on its page. */
export interface PdfSlide {
	title: string;
	timeWindowText: string;
	caption: string;
	notes: string;
	attribution: string;
}

export interface PdfDeck {
	title: string;
	subject: string;
	slides: readonly PdfSlide[];
	sources: readonly SourceCitation[];
	/** TrueType fonts with the glyphs of any title (Latin, Cyrillic…), embedded whole. */
	fonts: { regular: Uint8Array; bold: Uint8Array };
	/** A slide's map figure as a JPEG, without its text bands (`composeSlideImage`). */
	figure(index: number): Promise<Uint8Array>;
}

/** Pages are the slide's size in points (13.33 × 7.5 in). */
export const pdfPage = slidePoints;
const margin = 36;
const ink = rgb(0.133, 0.133, 0.122);
const muted = rgb(0.333, 0.333, 0.31);
const link = rgb(0.106, 0.357, 0.6);
const rule = rgb(0.81, 0.8, 0.77);
/** Sizes in points of the notes and sources pages. */
const type = {
	title: { size: 28, leading: 34 },
	subtitle: { size: 16, leading: 22 },
	small: { size: 12, leading: 16 }
} as const;

interface Fonts {
	regular: PDFFont;
	bold: PDFFont;
}

function linesOf(text: string, font: PDFFont, size: number, maxLines: number, width: number) {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (!clean) return [];
	return wrapText(clean, (line) => font.widthOfTextAtSize(line, size), {
		maxWidth: width,
		maxLines
	});
}

function drawLines(
	page: PDFPage,
	lines: readonly string[],
	options: { font: PDFFont; size: number; leading: number; top: number; colour?: typeof ink }
) {
	lines.forEach((line, index) =>
		page.drawText(line, {
			x: margin,
			y: options.top - options.size - index * options.leading,
			size: options.size,
			font: options.font,
			color: options.colour ?? ink
		})
	);
	return options.top - lines.length * options.leading;
}

/**
 * Sets text in one of the slide's regions (points from the top), a line per `leading`, each
 * centred on its line as the slide image does; from the region's bottom if `fromBottom`.
 */
function setInRegion(
	page: PDFPage,
	text: string,
	region: Rect,
	type: { size: number; leading: number; maxLines: number },
	options: { font: PDFFont; colour?: typeof ink; fromBottom?: boolean }
) {
	const lines = linesOf(text, options.font, type.size, type.maxLines, region.width);
	const top = options.fromBottom
		? region.y + region.height - lines.length * type.leading
		: region.y;
	lines.forEach((line, index) => {
		const middle = top + (index + 0.5) * type.leading;
		page.drawText(line, {
			x: region.x,
			y: pdfPage.height - middle - 0.35 * type.size,
			size: type.size,
			font: options.font,
			color: options.colour ?? ink
		});
	});
}

function drawBand(page: PDFPage, region: Rect, ruleAt: number) {
	const y = pdfPage.height - region.y - region.height;
	page.drawRectangle({ x: 0, y, width: region.width, height: region.height, color: rgb(1, 1, 1) });
	const ruleY = pdfPage.height - ruleAt;
	page.drawLine({ start: { x: 0, y: ruleY }, end: { x: region.width, y: ruleY }, color: rule });
}

async function addSlidePage(doc: PDFDocument, deck: PdfDeck, index: number, fonts: Fonts) {
	const slide = deck.slides[index];
	const regions = slideRegions;
	const figure = await doc.embedJpg(await deck.figure(index));
	const page = doc.addPage([pdfPage.width, pdfPage.height]);
	page.drawImage(figure, { x: 0, y: 0, width: pdfPage.width, height: pdfPage.height });
	drawBand(page, regions.titleBand, regions.titleBand.height);
	setInRegion(page, slide.title, regions.title, slideType.title, {
		font: fonts.bold,
		fromBottom: true
	});
	setInRegion(page, slide.timeWindowText, regions.timeWindow, slideType.timeWindow, {
		font: fonts.regular,
		colour: muted
	});
	drawBand(page, regions.captionBand, regions.captionBand.y);
	setInRegion(page, slide.caption, regions.caption, slideType.caption, { font: fonts.regular });
	setInRegion(page, slide.attribution, regions.attribution, slideType.small, {
		font: fonts.regular,
		colour: muted
	});
}

/** A page (or more) of headed paragraphs: the speaker notes, the sources. */
function addTextPages(
	doc: PDFDocument,
	heading: string,
	entries: readonly { label?: string; text: string; url?: string }[],
	fonts: Fonts
) {
	const width = pdfPage.width - 2 * margin;
	let page = doc.addPage([pdfPage.width, pdfPage.height]);
	let top = drawLines(page, [heading], {
		font: fonts.bold,
		...type.title,
		top: pdfPage.height - margin
	});
	top -= 8;
	for (const entry of entries) {
		const label = entry.label ? linesOf(entry.label, fonts.bold, type.subtitle.size, 2, width) : [];
		const text = linesOf(entry.text, fonts.regular, type.subtitle.size, 40, width);
		const url = entry.url ? linesOf(entry.url, fonts.regular, type.small.size, 2, width) : [];
		const height =
			(label.length + text.length) * type.subtitle.leading + url.length * type.small.leading + 10;
		if (top - height < margin) {
			page = doc.addPage([pdfPage.width, pdfPage.height]);
			top = pdfPage.height - margin;
		}
		top = drawLines(page, label, { font: fonts.bold, ...type.subtitle, top });
		top = drawLines(page, text, { font: fonts.regular, ...type.subtitle, top });
		if (entry.url) {
			const linkTop = top;
			top = drawLines(page, url, { font: fonts.regular, ...type.small, top, colour: link });
			addLink(doc, page, entry.url, [margin, top, pdfPage.width - margin, linkTop]);
		}
		top -= 10;
	}
}

function addLink(doc: PDFDocument, page: PDFPage, url: string, rect: number[]) {
	const annotation = doc.context.register(
		doc.context.obj({
			Type: 'Annot',
			Subtype: 'Link',
			Rect: rect,
			Border: [0, 0, 0],
			A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) }
		})
	);
	const annotations = page.node.Annots();
	if (annotations) annotations.push(annotation);
	else page.node.set(PDFName.of('Annots'), doc.context.obj([annotation]));
}

/**
 * Writes the deck as a PDF whose words are text (selectable, searchable, read by screen readers):
 * one 16:9 page per slide with the map figure full-bleed under opaque title and caption bands,
 * then the speaker notes and the sources, with the document's title and subject.
 */
export async function writeSlidesPdf(deck: PdfDeck): Promise<Uint8Array> {
	if (deck.slides.length === 0) throw new Error('A PDF needs at least one slide.');
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	// Whole fonts (≈320 KB each, compressed): @pdf-lib/fontkit 1.1's TrueType subsets lose glyphs
	// (short `loca` offsets; the text extracts but draws blank). Tried with Noto Sans here.
	// https://github.com/Hopding/pdf-lib/issues/494, https://github.com/cantoo-scribe/pdf-lib/issues/144
	const fonts = {
		regular: await doc.embedFont(deck.fonts.regular),
		bold: await doc.embedFont(deck.fonts.bold)
	};
	for (let index = 0; index < deck.slides.length; index++) {
		await addSlidePage(doc, deck, index, fonts);
	}
	const notes = deck.slides.flatMap((slide, index) =>
		slide.notes.trim() ? [{ label: `${index + 1}. ${slide.title}`, text: slide.notes }] : []
	);
	if (notes.length) addTextPages(doc, 'Speaker notes', notes, fonts);
	addTextPages(
		doc,
		'Sources',
		deck.sources.length ? deck.sources : [{ text: 'No sources were cited.' }],
		fonts
	);
	doc.setTitle(deck.title, { showInWindowTitleBar: true });
	doc.setSubject(deck.subject);
	doc.setCreator('geobrief');
	doc.setProducer('geobrief (pdf-lib)');
	return doc.save();
}
