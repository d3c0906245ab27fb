import { drawAnnotations } from './drawAnnotations';
import type { LegendEntry, MapViewFacts, Slide } from './slide';
import type { SlideAnnotation, XY } from './slideAnnotations';
import {
	legendBox,
	legendPaddingPt,
	legendRowPt,
	legendSwatchPt,
	pixelRect,
	pixelsPerPoint,
	slideRegions,
	slideSize,
	slideType,
	wrapText,
	type LegendSide,
	type Rect,
	type SlideScale
} from './slideLayout';

/** Everything drawn over the map picture. */
export interface SlideOverlay {
	title: string;
	timeWindowText: string;
	caption: string;
	legend: readonly LegendEntry[];
	legendSide: LegendSide;
	attribution: string;
	view: MapViewFacts;
	annotations: readonly SlideAnnotation[];
}

export function overlayOfSlide(slide: Slide): SlideOverlay {
	const { title, timeWindowText, caption, legend, attribution, view, annotations } = slide;
	const legendSide = slide.legendSide ?? 'right';
	return { title, timeWindowText, caption, legend, legendSide, attribution, view, annotations };
}

export interface ComposeOptions {
	scale: SlideScale;
	/**
	 * With text bands, the title, time window, caption and attribution are drawn on their opaque
	 * bands (PNG, thumbnails, Present). Without, the figure leaves the bands to a format that sets
	 * its words as text itself (PDF, PPTX), at the same `slideRegions`.
	 */
	textBands: boolean;
	/** Leaves the annotations out, for a format that draws them as shapes itself (PPTX). */
	annotationsAsShapes?: boolean;
}

type Context = OffscreenCanvasRenderingContext2D;

const fontFamily = "'Noto Sans', 'Liberation Sans', Arial, sans-serif";
const ink = '#22221f';
const muted = '#55554f';
const panel = 'rgb(255 255 255 / 0.92)';
const band = '#ffffff';
const rule = '#cfcdc4';
const px = pixelsPerPoint;
const regions = Object.fromEntries(
	Object.entries(slideRegions).map(([name, rect]) => [name, pixelRect(rect)])
) as Record<keyof typeof slideRegions, Rect>;

function font(context: Context, sizePt: number, weight = 400): void {
	context.font = `${weight} ${sizePt * px}px ${fontFamily}`;
}

function lines(context: Context, text: string, maxWidth: number, maxLines: number): string[] {
	return wrapText(text, (candidate) => context.measureText(candidate).width, {
		maxWidth,
		maxLines
	});
}

/**
 * The title and caption cut to the lines the slide image gives them, joined by line breaks, for
 * a format that sets them as text itself in a font no wider than the image's (Arial in PPTX).
 */
export function slideTextLines(overlay: Pick<SlideOverlay, 'title' | 'caption'>) {
	const context = new OffscreenCanvas(1, 1).getContext('2d');
	if (!context) return { title: overlay.title, caption: overlay.caption };
	font(context, slideType.title.size, 700);
	const title = lines(context, overlay.title, regions.title.width, slideType.title.maxLines);
	font(context, slideType.caption.size);
	const caption = lines(
		context,
		overlay.caption,
		regions.caption.width,
		slideType.caption.maxLines
	);
	return { title: title.join('\n'), caption: caption.join('\n') };
}

/** Sets lines of one type in a region, from its top, or from its bottom if `fromBottom`. */
function drawLines(
	context: Context,
	text: string,
	region: Rect,
	type: { size: number; leading: number; maxLines: number },
	options: { weight?: number; colour?: string; fromBottom?: boolean } = {}
): void {
	font(context, type.size, options.weight);
	const textLines = lines(context, text, region.width, type.maxLines);
	const leading = type.leading * px;
	const top = options.fromBottom ? region.y + region.height - textLines.length * leading : region.y;
	context.fillStyle = options.colour ?? ink;
	context.textBaseline = 'middle';
	textLines.forEach((line, index) =>
		context.fillText(line, region.x, top + (index + 0.5) * leading)
	);
}

function drawBand(context: Context, region: Rect, ruleY: number): void {
	context.fillStyle = band;
	context.fillRect(region.x, region.y, region.width, region.height);
	context.fillStyle = rule;
	context.fillRect(region.x, ruleY, region.width, 1);
}

function drawTextBands(context: Context, overlay: SlideOverlay): void {
	drawBand(context, regions.titleBand, regions.titleBand.height - 1);
	drawLines(context, overlay.title, regions.title, slideType.title, {
		weight: 700,
		fromBottom: true
	});
	drawLines(context, overlay.timeWindowText, regions.timeWindow, slideType.timeWindow, {
		colour: muted
	});
	drawBand(context, regions.captionBand, regions.captionBand.y);
	drawLines(context, overlay.caption, regions.caption, slideType.caption);
	drawLines(context, overlay.attribution, regions.attribution, slideType.small, { colour: muted });
}

/** A legend swatch centred at (x, y), `size` pixels across, drawn as the map draws it. */
function drawSwatch(
	context: Context,
	entry: LegendEntry,
	x: number,
	y: number,
	size: number
): void {
	const half = size / 2;
	context.fillStyle = entry.colour;
	context.strokeStyle = entry.colour;
	context.lineWidth = 1.5;
	context.beginPath();
	switch (entry.shape) {
		case 'disc':
			context.arc(x, y, half - 1, 0, 2 * Math.PI);
			break;
		case 'diamond':
			context.moveTo(x, y - half);
			context.lineTo(x + half, y);
			context.lineTo(x, y + half);
			context.lineTo(x - half, y);
			context.closePath();
			break;
		case 'line':
			context.rect(x - half, y - 2, size, 4);
			break;
		case 'square':
			context.rect(x - half + 1, y - half + 1, size - 2, size - 2);
			break;
	}
	context.globalAlpha = entry.fill ?? 1;
	context.fill();
	context.globalAlpha = 1;
	if (entry.shape !== 'line') context.stroke();
}

/**
 * The legend at the top of the open map, at its `side`: one row per entry, in as many columns as
 * its region needs.
 */
function drawLegend(context: Context, legend: readonly LegendEntry[], side: LegendSide): void {
	if (legend.length === 0) return;
	const region = pixelRect(legendBox(side, Infinity, Infinity));
	const leading = legendRowPt * px;
	const padding = legendPaddingPt * px;
	const swatch = legendSwatchPt * px;
	font(context, slideType.small.size);
	const rowsPerColumn = Math.max(1, Math.floor((region.height - 2 * padding) / leading));
	const columns = Math.ceil(legend.length / rowsPerColumn);
	const rows = Math.ceil(legend.length / columns);
	const labelWidth = Math.max(...legend.map((entry) => context.measureText(entry.label).width));
	const columnWidth = Math.min(
		(region.width - 2 * padding) / columns,
		swatch + padding + labelWidth + padding
	);
	const box = pixelRect(
		legendBox(side, (columns * columnWidth + padding) / px, (rows * leading + 2 * padding) / px)
	);
	context.fillStyle = panel;
	context.fillRect(box.x, box.y, box.width, box.height);
	context.strokeStyle = rule;
	context.lineWidth = 1;
	context.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
	context.textBaseline = 'middle';
	legend.forEach((entry, index) => {
		const x = box.x + padding + Math.floor(index / rows) * columnWidth;
		const y = box.y + padding + ((index % rows) + 0.5) * leading;
		drawSwatch(context, entry, x + swatch / 2, y, swatch);
		context.fillStyle = ink;
		context.fillText(entry.label, x + swatch + padding, y, columnWidth - swatch - 2 * padding);
	});
}

/** The scale bar on a panel at the bottom left of the open map. */
function drawScaleBar(context: Context, view: MapViewFacts): void {
	if (!view.scaleBar) return;
	const { label, widthPx } = view.scaleBar;
	const region = regions.scaleBar;
	const bottom = region.y + region.height;
	font(context, slideType.small.size);
	const boxWidth = Math.max(widthPx, context.measureText(label).width) + 20;
	context.fillStyle = panel;
	context.fillRect(region.x, region.y, boxWidth, region.height);
	context.fillStyle = ink;
	context.fillRect(region.x + 10, bottom - 12, widthPx, 3);
	context.fillRect(region.x + 10, bottom - 18, 2, 9);
	context.fillRect(region.x + 8 + widthPx, bottom - 18, 2, 9);
	context.textBaseline = 'alphabetic';
	context.fillText(label, region.x + 10, bottom - 22);
}

/** A north arrow, drawn only when the map is rotated, in the top corner the legend leaves. */
function drawNorthArrow(context: Context, bearingDeg: number, legendSide: LegendSide): void {
	if (Math.abs(bearingDeg) < 0.5) return;
	const region = legendSide === 'left' ? regions.northArrowAtRight : regions.northArrow;
	const x = region.x + region.width / 2;
	const y = region.y + region.height / 2;
	context.fillStyle = panel;
	context.beginPath();
	context.arc(x, y, region.width / 2, 0, 2 * Math.PI);
	context.fill();
	context.save();
	context.translate(x, y);
	context.rotate((-bearingDeg * Math.PI) / 180);
	context.fillStyle = '#b3261e';
	context.beginPath();
	context.moveTo(0, -26);
	context.lineTo(10, 4);
	context.lineTo(-10, 4);
	context.closePath();
	context.fill();
	context.fillStyle = ink;
	font(context, slideType.small.size, 700);
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	context.fillText('N', 0, 16);
	context.restore();
}

/**
 * Draws a 16:9 slide image (1280×720 at 1×, 2560×1440 at 2×): the map picture over the whole
 * slide; with text bands the title, time window, caption and attribution; the legend, the scale
 * bar and a north arrow where the map is rotated, each in its `slideRegions` place; then the
 * annotations over all of them.
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
	if (options.textBands) drawTextBands(context, overlay);
	drawLegend(context, overlay.legend, overlay.legendSide);
	drawScaleBar(context, overlay.view);
	drawNorthArrow(context, overlay.view.bearingDeg, overlay.legendSide);
	// Last, as PPTX lays its annotation shapes over the picture: what the user drew is never hidden.
	if (!options.annotationsAsShapes) {
		const inPixels = overlay.annotations.map((annotation) => ({
			...annotation,
			points: annotation.points.map(([x, y]): XY => [x * px, y * px])
		}));
		drawAnnotations(context, inPixels, px);
	}
	return canvas;
}
