/** Slide images are 16:9; at 1× they are 1280×720 pixels, at 2× 2560×1440. */
export const slideSize = { width: 1280, height: 720 } as const;

export type SlideScale = 1 | 2;

/** A rectangle: in pixels, or in points for the slide's regions. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The largest centred part of a `width`×`height` source with the slide's 16:9 shape, so the map
 * fills the slide without being stretched.
 *
 * @example coverCrop(1000, 1000) // { x: 0, y: 218.75, width: 1000, height: 562.5 }
 */
export function coverCrop(width: number, height: number): Rect {
	const aspect = slideSize.width / slideSize.height;
	if (width / height > aspect) {
		const cropWidth = height * aspect;
		return { x: (width - cropWidth) / 2, y: 0, width: cropWidth, height };
	}
	const cropHeight = width / aspect;
	return { x: 0, y: (height - cropHeight) / 2, width, height: cropHeight };
}

/** Room between the capture frame and the map's edges, CSS pixels, so that the frame shows. */
export const captureFrameInsetPx = 24;

/**
 * The capture frame of a `width`×`height` map (CSS pixels): the largest centred 16:9 part of it
 * that keeps `captureFrameInsetPx` from every edge. The map shows it while the slides are open,
 * and a capture holds exactly this part, so every format shows what the frame showed.
 *
 * @example captureFrame(1048, 700) // { x: 24, y: 68.75, width: 1000, height: 562.5 }
 */
export function captureFrame(width: number, height: number): Rect {
	const inset = captureFrameInsetPx;
	const inner = coverCrop(Math.max(0, width - 2 * inset), Math.max(0, height - 2 * inset));
	return { ...inner, x: inner.x + inset, y: inner.y + inset };
}

/**
 * Every slide format (PNG, thumbnails, Present, PDF, PPTX) is laid out in points on PowerPoint's
 * widescreen slide, 13.333 × 7.5 in; the slide image has `pixelsPerPoint` pixels per point at 1×.
 */
export const slidePoints = { width: 960, height: 540 } as const;
export const pixelsPerPoint = slideSize.width / slidePoints.width;

/**
 * Type sizes and line spacing in points, for projection: PowerPoint's defaults say titles ≥ 28 pt,
 * body ≥ 18 pt and nothing under about 12 pt (16 px on a 1920-wide screen at 1080p). Lines are
 * 1.37 em apart, the height of Noto Sans from ascender to descender (Arial's is 1.3 em), so that
 * no line's box, as a PDF reader measures it, reaches into the next.
 */
export const slideType = {
	title: { size: 28, leading: 39, maxLines: 2 },
	timeWindow: { size: 18, leading: 25, maxLines: 1 },
	caption: { size: 18, leading: 25, maxLines: 2 },
	/** The attribution, the legend and the scale bar. */
	small: { size: 12, leading: 17, maxLines: 1 }
} as const;

const marginPt = 27;
const gapPt = 10;
const bandPaddingPt = 8;
const textWidthPt = slidePoints.width - 2 * marginPt;
const titleHeightPt = slideType.title.maxLines * slideType.title.leading;
const captionHeightPt = slideType.caption.maxLines * slideType.caption.leading;
const titleBandPt = bandPaddingPt + titleHeightPt + slideType.timeWindow.leading + bandPaddingPt;
const captionBandPt = bandPaddingPt + captionHeightPt + slideType.small.leading + bandPaddingPt;
const mapTopPt = titleBandPt;
const mapBottomPt = slidePoints.height - captionBandPt;
const locatorPt = { width: 144, height: 96 };
const northArrowPt = 52;

/**
 * Where everything sits on a slide, in points from its top left corner. The map fills the whole
 * slide; the opaque title and caption bands are the same height whatever the words, so the
 * capture frame can mark what they will cover. A one-line title sits at the bottom of its box,
 * just above the time window. The legend grows down from `legend` (right-aligned, at most its
 * height); the scale bar stands on `scaleBar`'s bottom edge.
 */
export const slideRegions = {
	titleBand: { x: 0, y: 0, width: slidePoints.width, height: titleBandPt },
	title: { x: marginPt, y: bandPaddingPt, width: textWidthPt, height: titleHeightPt },
	timeWindow: {
		x: marginPt,
		y: bandPaddingPt + titleHeightPt,
		width: textWidthPt,
		height: slideType.timeWindow.leading
	},
	captionBand: { x: 0, y: mapBottomPt, width: slidePoints.width, height: captionBandPt },
	caption: {
		x: marginPt,
		y: mapBottomPt + bandPaddingPt,
		width: textWidthPt,
		height: captionHeightPt
	},
	attribution: {
		x: marginPt,
		y: mapBottomPt + bandPaddingPt + captionHeightPt,
		width: textWidthPt,
		height: slideType.small.leading
	},
	/** The part of the map no band covers. */
	openMap: { x: 0, y: mapTopPt, width: slidePoints.width, height: mapBottomPt - mapTopPt },
	locator: {
		x: slidePoints.width - gapPt - locatorPt.width,
		y: mapBottomPt - gapPt - locatorPt.height,
		...locatorPt
	},
	legend: {
		x: slidePoints.width / 2,
		y: mapTopPt + gapPt,
		width: slidePoints.width / 2 - gapPt,
		height: mapBottomPt - mapTopPt - 3 * gapPt - locatorPt.height
	},
	/** Where the legend goes instead when it would cover more events at the right. */
	legendAtLeft: {
		x: gapPt,
		y: mapTopPt + gapPt,
		width: slidePoints.width / 2 - 2 * gapPt,
		height: mapBottomPt - mapTopPt - 3 * gapPt - 36
	},
	scaleBar: { x: gapPt, y: mapBottomPt - gapPt - 36, width: 260, height: 36 },
	northArrow: { x: gapPt, y: mapTopPt + gapPt, width: northArrowPt, height: northArrowPt },
	/** The north arrow's place when the legend is at the left. */
	northArrowAtRight: {
		x: slidePoints.width - gapPt - northArrowPt,
		y: mapTopPt + gapPt,
		width: northArrowPt,
		height: northArrowPt
	}
} as const satisfies Record<string, Rect>;

/** A point on a slide, in points from its top left corner. */
export interface SlidePoint {
	x: number;
	y: number;
}

/** Where a place would fall on a slide captured now. */
export type SlidePlacer = (lon: number, lat: number) => SlidePoint;

/** Whether a point of the slide shows the map: inside it and under neither band. */
export function inOpenMap({ x, y }: SlidePoint): boolean {
	const open = slideRegions.openMap;
	return x >= open.x && x <= open.x + open.width && y >= open.y && y <= open.y + open.height;
}

/** Whether a place would show on a slide captured now, not under a band (see inOpenMap). */
export function openMapTest(place: SlidePlacer): (lon: number, lat: number) => boolean {
	return (lon, lat) => inOpenMap(place(lon, lat));
}

/** The legend hugs the right edge of its region, or at the left the left edge. */
export type LegendSide = 'right' | 'left';

/** The legend's box: `width` × `height` points at the top of the `side` region, within it. */
export function legendBox(side: LegendSide, width: number, height: number): Rect {
	const region = side === 'right' ? slideRegions.legend : slideRegions.legendAtLeft;
	const fitted = { width: Math.min(width, region.width), height: Math.min(height, region.height) };
	const x = side === 'right' ? region.x + region.width - fitted.width : region.x;
	return { x, y: region.y, ...fitted };
}

/** Legend rows, padding and swatches, in points, as the slide image draws them (Noto Sans at 12 pt). */
export const legendRowPt = slideType.small.leading;
export const legendPaddingPt = 6;
export const legendSwatchPt = 10;
const averageCharPt = 0.55 * slideType.small.size;

/**
 * Where a legend of these labels covers fewer of the events at `eventPoints`: at the right as
 * ever, or at the left when that hides fewer. Label widths are estimated from their length.
 *
 * @example legendSideFor(['Military'], [{ x: 900, y: 120 }]) // 'left'
 */
export function legendSideFor(
	labels: readonly string[],
	eventPoints: readonly SlidePoint[]
): LegendSide {
	if (labels.length === 0) return 'right';
	const longest = Math.max(...labels.map((label) => label.length));
	const width = 3 * legendPaddingPt + legendSwatchPt + longest * averageCharPt;
	const height = labels.length * legendRowPt + 2 * legendPaddingPt;
	const covered = (side: LegendSide) => {
		const box = legendBox(side, width, height);
		return eventPoints.filter(
			({ x, y }) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height
		).length;
	};
	return covered('left') < covered('right') ? 'left' : 'right';
}

/** A rectangle in points scaled to slide-image pixels at 1×. */
export function pixelRect(rect: Rect): Rect {
	return {
		x: rect.x * pixelsPerPoint,
		y: rect.y * pixelsPerPoint,
		width: rect.width * pixelsPerPoint,
		height: rect.height * pixelsPerPoint
	};
}

/**
 * The bands' share of the slide's height, top and bottom, to mark them on the capture frame.
 *
 * @example bandFractions() // { top: ≈0.196, bottom: ≈0.144 }
 */
export function bandFractions(): { top: number; bottom: number } {
	return {
		top: slideRegions.titleBand.height / slidePoints.height,
		bottom: slideRegions.captionBand.height / slidePoints.height
	};
}

/**
 * Breaks text into lines no wider than `maxWidth` as measured by `measure`, at spaces, keeping at
 * most `maxLines` and ending a cut text with “…”. A single word wider than a line is kept whole.
 */
export function wrapText(
	text: string,
	measure: (text: string) => number,
	options: { maxWidth: number; maxLines: number }
): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (!line || measure(candidate) <= options.maxWidth) {
			line = candidate;
			continue;
		}
		lines.push(line);
		line = word;
	}
	if (line) lines.push(line);
	if (lines.length <= options.maxLines) return lines;
	const kept = lines.slice(0, options.maxLines);
	let last = kept[kept.length - 1];
	while (last.includes(' ') && measure(`${last}…`) > options.maxWidth) {
		last = last.slice(0, last.lastIndexOf(' '));
	}
	kept[kept.length - 1] = `${last}…`;
	return kept;
}
