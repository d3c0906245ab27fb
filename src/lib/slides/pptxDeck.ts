import type PptxGenJS from 'pptxgenjs';
import { isSafeLink } from '$lib/io/webLink';
import { xmlAllowedText as text } from '$lib/io/xmlText';
import { addAnnotationShapes } from './pptxAnnotations';
import type { SourceCitation } from './slide';
import type { SlideAnnotation } from './slideAnnotations';
import { slidePoints, slideRegions, slideType, type Rect } from './slideLayout';

/** One slide of the presentation: the map figure as a PNG, with its words as native text. */
export interface PptxSlideInput {
	title: string;
	timeWindowText: string;
	caption: string;
	attribution: string;
	notes: string;
	/** Drawn as shapes over the figure, in slide points. */
	annotations: readonly SlideAnnotation[];
	/** The 16:9 figure under the bands: map, legend, scale bar and north arrow. */
	figure: { type: 'image/jpeg' | 'image/png'; base64: string };
}

export interface PptxDeckInput {
	title: string;
	slides: PptxSlideInput[];
	sources: SourceCitation[];
}

const font = 'Arial';
const ink = '22221F';
const muted = '55554F';
const inches = (points: number) => points / 72;

/** A region of `slideRegions` as pptxgenjs's position in inches. */
function placed(region: Rect) {
	return {
		x: inches(region.x),
		y: inches(region.y),
		w: inches(region.width),
		h: inches(region.height)
	};
}

/**
 * A text box that holds exactly its region: no inner margin, lines at the layout's spacing, and
 * LibreOffice or PowerPoint shrink the text rather than spill it over the next box.
 */
function textBox(region: Rect, type: { size: number; leading: number }) {
	return {
		...placed(region),
		margin: 0,
		fontFace: font,
		fontSize: type.size,
		lineSpacing: type.leading,
		fit: 'shrink' as const,
		valign: 'top' as const,
		color: ink
	};
}

function addBand(slide: PptxGenJS.Slide, region: Rect): void {
	slide.addShape('rect', {
		...placed(region),
		fill: { color: 'FFFFFF' },
		line: { color: 'CFCDC4', width: 0.75 }
	});
}

function addSnapshotSlide(deck: PptxGenJS, input: PptxSlideInput): void {
	const slide = deck.addSlide();
	const regions = slideRegions;
	slide.addImage({
		data: `${input.figure.type};base64,${input.figure.base64}`,
		...placed({ x: 0, y: 0, ...slidePoints }),
		altText: text(input.title)
	});
	addAnnotationShapes(slide, input.annotations);
	addBand(slide, regions.titleBand);
	addBand(slide, regions.captionBand);
	slide.addText(text(input.title) || 'Untitled', {
		...textBox(regions.title, slideType.title),
		bold: true,
		valign: 'bottom'
	});
	slide.addText(text(input.timeWindowText), {
		...textBox(regions.timeWindow, slideType.timeWindow),
		color: muted
	});
	if (input.caption)
		slide.addText(text(input.caption), textBox(regions.caption, slideType.caption));
	if (input.attribution) {
		slide.addText(text(input.attribution), {
			...textBox(regions.attribution, slideType.small),
			color: muted
		});
	}
	if (input.notes) slide.addNotes(text(input.notes));
}

// The sources slide, in inches on the same 13.333 × 7.5 in slide.
const marginIn = 0.5;
const textWidthIn = inches(slidePoints.width) - 2 * marginIn;

function addSourcesSlide(deck: PptxGenJS, sources: readonly SourceCitation[]): void {
	const slide = deck.addSlide();
	slide.addText('Sources', {
		x: marginIn,
		y: 0.2,
		w: textWidthIn,
		h: 0.65,
		fontFace: font,
		fontSize: 26,
		bold: true,
		color: ink
	});
	const heading = (title: string) => ({
		text: title,
		options: { bold: true, fontSize: 15, breakLine: true, paraSpaceBefore: 8 }
	});
	// A source's address is written as text whatever it is, but linked only when it is a web or mail address.
	const item = (source: SourceCitation) => ({
		text: text(source.url ? `${source.text} ${source.url}` : source.text),
		options: {
			bullet: true,
			breakLine: true,
			...(source.url && isSafeLink(source.url) ? { hyperlink: { url: source.url } } : {})
		}
	});
	const articles = sources.filter((source) => source.kind === 'article');
	const data = sources.filter((source) => source.kind === 'data');
	const runs = [
		...(articles.length ? [heading('Articles'), ...articles.map(item)] : []),
		...(data.length ? [heading('Data'), ...data.map(item)] : [])
	];
	slide.addText(runs.length ? runs : [{ text: 'No sources were cited.' }], {
		x: marginIn,
		y: 1.0,
		w: textWidthIn,
		h: 6.1,
		fontFace: font,
		fontSize: sources.length > 8 ? 11 : 13,
		color: ink,
		valign: 'top'
	});
}

/**
 * Builds a .pptx: one slide per snapshot (the figure full-bleed under opaque bands holding the
 * title, time window, caption and attribution as text, at `slideRegions`; speaker notes) and
 * a closing slide listing every cited source. The PptxGenJS class is passed in so that callers
 * load it only when exporting.
 */
export async function buildPptx(
	Pptx: typeof PptxGenJS,
	input: PptxDeckInput
): Promise<ArrayBuffer> {
	if (input.slides.length === 0) throw new Error('There are no slides to export.');
	const deck = new Pptx();
	deck.layout = 'LAYOUT_WIDE';
	deck.title = text(input.title);
	deck.company = 'geobrief';
	for (const slide of input.slides) addSnapshotSlide(deck, slide);
	addSourcesSlide(deck, input.sources);
	return (await deck.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
}
