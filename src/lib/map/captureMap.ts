import type { Map as MapLibreMap } from 'maplibre-gl';
import { metresPerPixel, scaleBarFor } from '$lib/slides/scaleBar';
import type { CapturedView } from '$lib/slides/slide';
import type { Annotation } from '$lib/slides/annotations';
import { slideAnnotationsOf } from '$lib/slides/slideAnnotations';
import type { FeatureCollection } from 'geojson';
import { palette } from '$lib/colours/palette';
import { drawLocatorInset } from '$lib/slides/locatorInset';
import {
	captureFrame,
	pixelRect,
	slidePoints,
	slideRegions,
	slideSize,
	type Rect,
	type SlidePlacer,
	type SlideScale
} from '$lib/slides/slideLayout';
import { asyncOverlayOf } from './stackedCanvases';

/**
 * A map picture cropped to 16:9 at the slide's pixel size, what the view says about it, and the
 * annotations in the frame (drawn by each format, not into the picture).
 */
export interface CapturedMap extends CapturedView {
	picture: OffscreenCanvas;
}

/** A capture that failed; its message is shown to the user as is. */
export class MapCaptureError extends Error {
	constructor(reason: string) {
		super(`The map could not be captured: ${reason}. No slide was added.`);
		this.name = 'MapCaptureError';
	}
}

const frameTimeoutMs = 8_000;
const maxPixelRatio = 4;
const scaleBarMaxWidthPx = 160;

function withTimeout<T>(promise: Promise<T>, reason: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new MapCaptureError(reason)), frameTimeoutMs);
		promise.then(resolve, reject).finally(() => clearTimeout(timer));
	});
}

/** True when a picture is one flat colour (a cleared or lost WebGL buffer), sampled at 64×36. */
function isBlank(picture: OffscreenCanvas): boolean {
	const sample = new OffscreenCanvas(64, 36);
	const context = sample.getContext('2d', { willReadFrequently: true })!;
	context.drawImage(picture, 0, 0, 64, 36);
	const { data } = context.getImageData(0, 0, 64, 36);
	for (let i = 4; i < data.length; i += 4) {
		if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) return false;
	}
	return true;
}

/** The capture frame of the map as it is sized now, CSS pixels from its top left corner. */
export function frameOf(map: MapLibreMap): Rect {
	const container = map.getContainer();
	return captureFrame(container.clientWidth, container.clientHeight);
}

/** Where a place falls on a slide captured now, in slide points (see slidePoints). */
export function slidePlacer(map: MapLibreMap): SlidePlacer {
	const crop = frameOf(map);
	return (lon, lat) => {
		const { x, y } = map.project([lon, lat]);
		return {
			x: ((x - crop.x) / crop.width) * slidePoints.width,
			y: ((y - crop.y) / crop.height) * slidePoints.height
		};
	};
}

/**
 * Captures the map's capture frame (see captureFrame) as a slide picture. WebGL drawing buffers are only complete inside a render
 * callback (the map keeps preserveDrawingBuffer off), so this waits for the map to be idle,
 * raises the pixel ratio to the slide's resolution for one frame, and copies that frame from
 * within `map.once('render')`. With `countries`, the picture gets the slide's locator inset at its
 * `slideRegions` place, so every format shows it.
 */
export async function captureMap(
	map: MapLibreMap,
	options: { scale: SlideScale; countries?: FeatureCollection; annotations?: readonly Annotation[] }
): Promise<CapturedMap> {
	if (!map.loaded()) {
		await withTimeout(
			new Promise((resolve) => map.once('idle', resolve)),
			'it did not finish loading'
		);
	}
	const container = map.getContainer();
	const crop = frameOf(map);
	if (!(crop.width > 0 && crop.height > 0))
		throw new MapCaptureError('the map has no size on screen');
	const width = slideSize.width * options.scale;
	const height = slideSize.height * options.scale;
	const originalPixelRatio = map.getPixelRatio();
	const neededPixelRatio = Math.min(maxPixelRatio, width / crop.width);
	if (neededPixelRatio > originalPixelRatio) map.setPixelRatio(neededPixelRatio);

	const picture = new OffscreenCanvas(width, height);
	const context = picture.getContext('2d')!;
	const drawCropped = (source: CanvasImageSource & { width: number }) => {
		const pixelsPerCssPx = source.width / container.clientWidth;
		context.drawImage(
			source,
			crop.x * pixelsPerCssPx,
			crop.y * pixelsPerCssPx,
			crop.width * pixelsPerCssPx,
			crop.height * pixelsPerCssPx,
			0,
			0,
			width,
			height
		);
	};
	try {
		// The map's canvas and those stacked on it, bottom first, all from one frame of the map:
		// the map's is drawn and the others copied inside it; the event points, drawn by a
		// worker, send a picture of the same view.
		const layers = await withTimeout(
			new Promise<Promise<OffscreenCanvas | ImageBitmap | null>[]>((resolve, reject) => {
				map.once('render', () => {
					try {
						const canvases = [...map.getCanvasContainer().querySelectorAll('canvas')];
						resolve(
							canvases.map((canvas) => {
								// Annotations are kept as shapes with the slide, drawn by each format.
								if (canvas.dataset.stacked === 'annotations') return Promise.resolve(null);
								if (canvas === map.getCanvas()) {
									drawCropped(canvas);
									return Promise.resolve(null);
								}
								const overlay = asyncOverlayOf(map, canvas);
								if (overlay) return overlay.picture();
								const copy = new OffscreenCanvas(canvas.width, canvas.height);
								copy.getContext('2d')!.drawImage(canvas, 0, 0);
								return Promise.resolve(copy);
							})
						);
					} catch (error) {
						reject(error);
					}
				});
				map.triggerRepaint();
			}),
			'the map did not draw a frame'
		);
		for (const layer of layers) {
			const layerPicture = await withTimeout(layer, 'the event points did not draw a frame');
			if (!layerPicture) continue;
			drawCropped(layerPicture);
			if (layerPicture instanceof ImageBitmap) layerPicture.close();
		}
	} finally {
		if (map.getPixelRatio() !== originalPixelRatio) map.setPixelRatio(originalPixelRatio);
	}
	if (isBlank(picture)) throw new MapCaptureError('the captured frame was blank');

	const { lat } = map.getCenter();
	const slidePxPerCssPx = slideSize.width / crop.width;
	const right = crop.x + crop.width;
	const bottom = crop.y + crop.height;
	const cornersPx: [number, number][] = [
		[crop.x, crop.y],
		[right, crop.y],
		[right, bottom],
		[crop.x, bottom]
	];
	const frameCorners = cornersPx.map((point) => map.unproject(point).toArray());
	if (options.countries) {
		context.setTransform(options.scale, 0, 0, options.scale, 0, 0);
		drawLocatorInset(
			context,
			pixelRect(slideRegions.locator),
			{ countries: options.countries, frameCorners },
			{ ...palette, frame: palette.border, edge: palette.focusLine }
		);
	}
	return {
		picture,
		view: {
			scaleBar: scaleBarFor(metresPerPixel({ lat, zoom: map.getZoom() }) / slidePxPerCssPx, {
				maxWidthPx: scaleBarMaxWidthPx
			}),
			bearingDeg: map.getBearing()
		},
		annotations: slideAnnotationsOf(
			options.annotations ?? [],
			(position) => {
				const { x, y } = map.project(position);
				return [x, y];
			},
			crop
		)
	};
}
