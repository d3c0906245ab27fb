import { candidateRanges, shownCount, type EventDrawing } from '$lib/events/eventDrawing';
import type { DayInterval } from '$lib/time/interval';
import type { EventPointsFrame } from './eventPointsProtocol';

/**
 * Up to this many events in a window are drawn full size; beyond, imported data points shrink
 * with density (article events never do).
 */
const fullSizeUpTo = 2_000;
/** Above this many events in a window, the points are drawn at half resolution. */
const halfResolutionFrom = 20_000;
/** Days beyond this are clamped, so that an open window reaches the shader as finite numbers. */
const farthestDay = 1e7;

/** What one frame of the event points is made from. */
export interface EventPointsView {
	version: number;
	eventsId: number;
	drawing: EventDrawing | undefined;
	window: DayInterval | null;
	/** Table indices of the selected and hovered events (-1 for none). */
	selected: number;
	hovered: number;
	/** The map's camera: Web Mercator (0..1) to clip space. */
	matrix: Float32Array;
	/** The map canvas's size in device pixels, and its width in CSS pixels (0 if not laid out). */
	mapCanvas: { width: number; height: number; clientWidth: number };
}

/** The camera and canvas size a frame was drawn for. */
export interface SentCamera {
	matrix: Float32Array;
	width: number;
	height: number;
}

/**
 * Whether the map's camera (`matrix`) and canvas size are those of the frame last sent, so that
 * its picture still fits the map.
 */
export function cameraUnchanged(
	sent: SentCamera | undefined,
	matrix: ArrayLike<number>,
	canvas: { width: number; height: number }
): boolean {
	return (
		sent !== undefined &&
		sent.width === canvas.width &&
		sent.height === canvas.height &&
		sent.matrix.every((value, i) => value === Math.fround(matrix[i]))
	);
}

/**
 * The frame a drawer paints for this view. Per window change this does a few binary searches
 * per duration class, never per-event work.
 * @example eventPointsFrame({ version: 1, eventsId: 1, drawing, window: { start: 19_000, end: 19_090 }, selected: -1, hovered: -1, matrix, mapCanvas: { width: 1280, height: 720, clientWidth: 1280 } })
 */
export function eventPointsFrame(view: EventPointsView): EventPointsFrame {
	const { drawing, window } = view;
	const shownEvents = drawing ? shownCount(drawing, window) : 0;
	// Tens of thousands of points make a density cloud: half the resolution draws it as well
	// and quarters the cost of reading the canvas back.
	const resolution = shownEvents > halfResolutionFrom ? 0.5 : 1;
	const widthPx = Math.round(view.mapCanvas.width * resolution);
	const clampDay = (day: number) => Math.max(-farthestDay, Math.min(farthestDay, day));
	const emphasised = drawing
		? [view.hovered, view.selected]
				.filter((index) => index >= 0 && index < drawing.count)
				.map((index) => drawing.drawPositionOf[index])
		: [];
	return {
		version: view.version,
		eventsId: view.eventsId,
		widthPx,
		heightPx: Math.round(view.mapCanvas.height * resolution),
		// The map may draw at a lower ratio than asked for (its canvas size limit).
		pixelRatio: widthPx / (view.mapCanvas.clientWidth || view.mapCanvas.width),
		matrix: view.matrix,
		window: [clampDay(window?.start ?? -Infinity), clampDay(window?.end ?? Infinity)],
		ranges: drawing ? candidateRanges(drawing, window) : [],
		pointScale: Math.min(1, Math.sqrt(fullSizeUpTo / Math.max(1, shownEvents))),
		selected: view.selected,
		hovered: view.hovered,
		emphasised
	};
}
