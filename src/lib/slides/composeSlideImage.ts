import type { LegendEntry, MapViewFacts, Slide } from './slide';
import { slideSize, wrapText, type SlideScale } from './slideLayout';

/** Everything drawn over the map picture. */
export interface SlideOverlay {
	title: string;
	timeWindowText: string;
	caption: string;
	legend: readonly LegendEntry[];
	attribution: string;
	view: MapViewFacts;
}

export function overlayOfSlide(slide: Slide): SlideOverlay {
	const { title, timeWindowText, caption, legend, attribution, view } = slide;
	return { title, timeWindowText, caption, legend, attribution, view };
}

export interface ComposeOptions {
	scale: SlideScale;
	/**
	 * With text bands, the title, time window and caption are drawn on the image (PNG, PDF,
	 * thumbnails). Without, the image is a figure whose words are set beside it (PPTX, present).
	 */
	textBands: boolean;
	/**
	 * Without text bands, room (in slide pixels) kept clear at the top and bottom for words that
	 * another format sets itself (the PDF's text); the attribution is then that format's too.
	 */
	reservedBands?: { top: number; bottom: number };
}

type Context = OffscreenCanvasRenderingContext2D;

const fontFamily = "'Noto Sans', 'Liberation Sans', Arial, sans-serif";
const ink = '#22221f';
const muted = '#55554f';
const panel = 'rgb(255 255 255 / 0.92)';
const rule = '#cfcdc4';
const pad = 28;

function font(context: Context, sizePx: number, weight = 400): void {
	context.font = `${weight} ${sizePx}px ${fontFamily}`;
}

function lines(context: Context, text: string, maxWidth: number, maxLines: number): string[] {
	return wrapText(text, (candidate) => context.measureText(candidate).width, {
		maxWidth,
		maxLines
	});
}

/** Draws the title band; returns its height. */
function drawTitleBand(context: Context, overlay: SlideOverlay): number {
	font(context, 34, 700);
	const titleLines = lines(context, overlay.title, slideSize.width - 2 * pad, 2);
	const height = 20 + titleLines.length * 42 + (overlay.timeWindowText ? 30 : 0) + 14;
	context.fillStyle = panel;
	context.fillRect(0, 0, slideSize.width, height);
	context.fillStyle = rule;
	context.fillRect(0, height - 1, slideSize.width, 1);
	context.fillStyle = ink;
	context.textBaseline = 'top';
	titleLines.forEach((line, index) => context.fillText(line, pad, 22 + index * 42));
	if (overlay.timeWindowText) {
		font(context, 20);
		context.fillStyle = muted;
		context.fillText(overlay.timeWindowText, pad, 22 + titleLines.length * 42 + 2);
	}
	return height;
}

/** Draws the caption band with the attribution as its last line; returns its height. */
function drawCaptionBand(context: Context, overlay: SlideOverlay): number {
	font(context, 20);
	const captionLines = lines(context, overlay.caption, slideSize.width - 2 * pad, 3);
	const height = 18 + captionLines.length * 27 + 26;
	const top = slideSize.height - height;
	context.fillStyle = panel;
	context.fillRect(0, top, slideSize.width, height);
	context.fillStyle = rule;
	context.fillRect(0, top, slideSize.width, 1);
	context.fillStyle = ink;
	context.textBaseline = 'top';
	captionLines.forEach((line, index) => context.fillText(line, pad, top + 14 + index * 27));
	drawAttribution(context, overlay.attribution, slideSize.height - 8, false);
	return height;
}

/** The attribution, right-aligned with its baseline at `bottom`, on a small panel if asked. */
function drawAttribution(context: Context, text: string, bottom: number, boxed: boolean): void {
	font(context, 12);
	context.textBaseline = 'alphabetic';
	context.textAlign = 'right';
	const right = slideSize.width - 10;
	if (boxed) {
		const width = context.measureText(text).width + 12;
		context.fillStyle = panel;
		context.fillRect(right + 6 - width, bottom - 14, width, 19);
	}
	context.fillStyle = muted;
	context.fillText(text, right, bottom);
	context.textAlign = 'left';
}

function drawSwatch(context: Context, entry: LegendEntry, x: number, y: number): void {
	context.fillStyle = entry.colour;
	context.strokeStyle = entry.colour;
	context.beginPath();
	switch (entry.shape) {
		case 'disc':
			context.arc(x + 10, y, 7, 0, 2 * Math.PI);
			context.fill();
			break;
		case 'diamond':
			context.moveTo(x + 10, y - 8);
			context.lineTo(x + 18, y);
			context.lineTo(x + 10, y + 8);
			context.lineTo(x + 2, y);
			context.closePath();
			context.fill();
			break;
		case 'line':
			context.fillRect(x, y - 2, 20, 4);
			break;
		case 'square':
			context.fillRect(x + 2, y - 7, 16, 14);
			context.strokeStyle = '#5d5d58';
			context.lineWidth = 1;
			context.strokeRect(x + 2.5, y - 6.5, 15, 13);
			break;
	}
}

function drawLegend(context: Context, legend: readonly LegendEntry[], top: number): void {
	if (legend.length === 0) return;
	font(context, 16);
	const labelWidth = Math.max(...legend.map((entry) => context.measureText(entry.label).width));
	const width = Math.min(420, labelWidth + 54);
	const height = 16 + legend.length * 26;
	const left = slideSize.width - 16 - width;
	context.fillStyle = panel;
	context.fillRect(left, top, width, height);
	context.strokeStyle = rule;
	context.lineWidth = 1;
	context.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
	context.textBaseline = 'middle';
	legend.forEach((entry, index) => {
		const y = top + 21 + index * 26;
		drawSwatch(context, entry, left + 10, y);
		context.fillStyle = ink;
		context.fillText(entry.label, left + 38, y, width - 46);
	});
}

function drawScaleBar(context: Context, view: MapViewFacts, bottom: number): void {
	if (!view.scaleBar) return;
	const { label, widthPx } = view.scaleBar;
	const left = 16;
	font(context, 14);
	const boxWidth = Math.max(widthPx, context.measureText(label).width) + 20;
	context.fillStyle = panel;
	context.fillRect(left, bottom - 40, boxWidth, 36);
	context.fillStyle = ink;
	context.fillRect(left + 10, bottom - 14, widthPx, 3);
	context.fillRect(left + 10, bottom - 20, 2, 9);
	context.fillRect(left + 8 + widthPx, bottom - 20, 2, 9);
	context.textBaseline = 'alphabetic';
	context.fillText(label, left + 10, bottom - 24);
}

/** A north arrow, drawn only when the map is rotated. */
function drawNorthArrow(context: Context, bearingDeg: number, top: number): void {
	if (Math.abs(bearingDeg) < 0.5) return;
	const x = 44;
	const y = top + 40;
	context.fillStyle = panel;
	context.beginPath();
	context.arc(x, y, 26, 0, 2 * Math.PI);
	context.fill();
	context.save();
	context.translate(x, y);
	context.rotate((-bearingDeg * Math.PI) / 180);
	context.fillStyle = '#b3261e';
	context.beginPath();
	context.moveTo(0, -20);
	context.lineTo(8, 4);
	context.lineTo(-8, 4);
	context.closePath();
	context.fill();
	context.fillStyle = ink;
	font(context, 13, 700);
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	context.fillText('N', 0, 13);
	context.restore();
}

/**
 * Draws a 16:9 slide image (1280×720 at 1×, 2560×1440 at 2×): the map picture scaled to fill
 * it, then the legend, the scale bar, a north arrow where the map is rotated, the attribution and,
 * with text bands, the title, time window and caption.
 */
export function composeSlideImage(
	mapPicture: CanvasImageSource,
	overlay: SlideOverlay,
	options: ComposeOptions
): OffscreenCanvas {
	const canvas = new OffscreenCanvas(
		slideSize.width * options.scale,
		slideSize.height * options.scale
	);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('This browser cannot draw a 2D canvas for the slide image.');
	context.scale(options.scale, options.scale);
	context.drawImage(mapPicture, 0, 0, slideSize.width, slideSize.height);
	const reserved = options.reservedBands;
	const top = reserved
		? reserved.top
		: options.textBands && overlay.title
			? drawTitleBand(context, overlay)
			: 0;
	let bottom = slideSize.height;
	if (reserved) bottom -= reserved.bottom;
	else if (options.textBands && overlay.caption) bottom -= drawCaptionBand(context, overlay);
	else drawAttribution(context, overlay.attribution, bottom - 8, true);
	drawLegend(context, overlay.legend, top + 16);
	drawScaleBar(context, overlay.view, bottom - (bottom === slideSize.height ? 28 : 12));
	drawNorthArrow(context, overlay.view.bearingDeg, top + 6);
	return canvas;
}
