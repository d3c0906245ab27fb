import type PptxGenJS from 'pptxgenjs';
import { isSafeLink } from '$lib/io/webLink';
import { xmlAllowedText as text } from '$lib/io/xmlText';
import type { SourceCitation } from './slide';

/** One slide of the presentation: the map figure as a PNG, with its words as native text. */
export interface PptxSlideInput {
	title: string;
	timeWindowText: string;
	caption: string;
	notes: string;
	/** The 16:9 figure: map, legend, scale bar, north arrow and attribution. */
	figure: { type: 'image/jpeg' | 'image/png'; base64: string };
}

export interface PptxDeckInput {
	title: string;
	slides: PptxSlideInput[];
	sources: SourceCitation[];
}

// Positions in inches on PowerPoint's 13.333 × 7.5 in widescreen slide.
const slideWidthIn = 13.333;
const marginIn = 0.5;
const textWidthIn = slideWidthIn - 2 * marginIn;
const figureHeightIn = 5.0;
const figureWidthIn = (figureHeightIn * 16) / 9;
const font = 'Arial';

function addSnapshotSlide(deck: PptxGenJS, input: PptxSlideInput): void {
	const slide = deck.addSlide();
	slide.addText(text(input.title) || 'Untitled', {
		x: marginIn,
		y: 0.2,
		w: textWidthIn,
		h: 0.65,
		fontFace: font,
		fontSize: 26,
		bold: true,
		color: '22221F'
	});
	slide.addText(text(input.timeWindowText), {
		x: marginIn,
		y: 0.82,
		w: textWidthIn,
		h: 0.35,
		fontFace: font,
		fontSize: 14,
		color: '55554F'
	});
	slide.addImage({
		data: `${input.figure.type};base64,${input.figure.base64}`,
		x: (slideWidthIn - figureWidthIn) / 2,
		y: 1.25,
		w: figureWidthIn,
		h: figureHeightIn,
		altText: text(input.title)
	});
	if (input.caption) {
		slide.addText(text(input.caption), {
			x: marginIn,
			y: 6.35,
			w: textWidthIn,
			h: 0.95,
			fontFace: font,
			fontSize: 13,
			color: '33332F',
			valign: 'top'
		});
	}
	if (input.notes) slide.addNotes(text(input.notes));
}

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
		color: '22221F'
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
		color: '22221F',
		valign: 'top'
	});
}

/**
 * Builds a .pptx: one slide per snapshot (title, time window, figure, caption, speaker notes) and
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
