import { composeSlideImage, overlayOfSlide } from './composeSlideImage';
import type { Slide } from './slide';
import { slideSize } from './slideLayout';

/**
 * Draws a slide into an on-screen canvas of any 16:9 size (a thumbnail, the present view),
 * composing at 1× or 2×, whichever is closest above the canvas's own resolution.
 */
export function paintSlide(
	canvas: HTMLCanvasElement,
	slide: Slide,
	picture: CanvasImageSource,
	options: { textBands: boolean }
): void {
	const scale = canvas.width > slideSize.width && slide.image.width > slideSize.width ? 2 : 1;
	const image = composeSlideImage(picture, overlayOfSlide(slide), {
		scale,
		textBands: options.textBands
	});
	const context = canvas.getContext('2d');
	if (!context) return;
	context.imageSmoothingQuality = 'high';
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
}
