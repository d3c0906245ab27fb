/** Slide images are 16:9; at 1× they are 1280×720 pixels, at 2× 2560×1440. */
export const slideSize = { width: 1280, height: 720 } as const;

export type SlideScale = 1 | 2;

/** A rectangle in pixels. */
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
