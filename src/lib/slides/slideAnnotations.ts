import { isRecord } from '$lib/json/isRecord';
import type { Annotation, AnnotationKind, LngLat } from './annotations';
import { minimumPoints } from './annotations';
import { slidePoints, type Rect } from './slideLayout';

/** A point on a slide or on the screen: [x, y] from the top left corner. */
export type XY = [number, number];

/** An annotation as a slide keeps it: its points in slide points (960 × 540) from the top left. */
export interface SlideAnnotation {
	kind: AnnotationKind;
	points: XY[];
	text: string;
}

/**
 * How annotations look in every format, in points of the slide: a strong violet, apart from the
 * event kinds and the red border, on a white halo so that it reads over any map.
 */
export const annotationStyle = {
	colour: '#6a1b9a',
	halo: '#ffffff',
	lineWidthPt: 3,
	haloWidthPt: 2,
	arrowHeadPt: 14,
	labelSizePt: 18,
	labelPaddingPt: 4
} as const;

/** Height of a label's box, in points. */
export const labelHeightPt = annotationStyle.labelSizePt * 1.4;

/**
 * The box a label's text sits in, in the units of `anchor` (`ptPx` of them per point): its text
 * starts at the anchor, vertically centred on it.
 */
export function labelBox(anchor: XY, textWidth: number, ptPx = 1): Rect {
	const padding = annotationStyle.labelPaddingPt * ptPx;
	const height = labelHeightPt * ptPx;
	return {
		x: anchor[0] - padding,
		y: anchor[1] - height / 2,
		width: textWidth + 2 * padding,
		height
	};
}

const round = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

/**
 * The annotations a capture frame holds, in slide points: each point is projected to the screen
 * (`project`, CSS pixels) and scaled from `frame` to the slide. An annotation with no point on
 * the slide is left out; the points of one that crosses the slide's edge are brought onto it, so
 * that every format keeps it inside the slide.
 *
 * @example slideAnnotationsOf(annotations, (p) => map.project(p).toArray(), frameOf(map))
 */
export function slideAnnotationsOf(
	annotations: readonly Annotation[],
	project: (position: LngLat) => XY,
	frame: Rect
): SlideAnnotation[] {
	const scale = slidePoints.width / frame.width;
	const toSlide = (position: LngLat): XY => {
		const [x, y] = project(position);
		return [(x - frame.x) * scale, (y - frame.y) * scale];
	};
	const onSlide = ([x, y]: XY) =>
		x >= 0 && x <= slidePoints.width && y >= 0 && y <= slidePoints.height;
	return annotations.flatMap((annotation) => {
		const points = annotation.points.map(toSlide);
		if (!points.some(onSlide)) return [];
		return [
			{
				kind: annotation.kind,
				points: points.map(([x, y]): XY => [
					round(clamp(x, slidePoints.width)),
					round(clamp(y, slidePoints.height))
				]),
				text: annotation.text
			}
		];
	});
}

const isNumber = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);

/** Whether a value read from storage or a file is a slide annotation. */
export function isSlideAnnotation(value: unknown): value is SlideAnnotation {
	return (
		isRecord(value) &&
		(value.kind === 'arrow' || value.kind === 'label' || value.kind === 'area') &&
		typeof value.text === 'string' &&
		Array.isArray(value.points) &&
		value.points.length >= minimumPoints[value.kind] &&
		value.points.every(
			(point) => Array.isArray(point) && point.length === 2 && point.every(isNumber)
		)
	);
}

function distanceToSegment([x, y]: XY, [ax, ay]: XY, [bx, by]: XY): number {
	const dx = bx - ax;
	const dy = by - ay;
	const lengthSquared = dx * dx + dy * dy;
	const t = lengthSquared ? clamp(((x - ax) * dx + (y - ay) * dy) / lengthSquared, 1) : 0;
	return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function insidePolygon([x, y]: XY, corners: readonly XY[]): boolean {
	let inside = false;
	for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
		const [xi, yi] = corners[i];
		const [xj, yj] = corners[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** An annotation's shape on the screen, with the width of a label's text. */
export interface ScreenAnnotation {
	kind: AnnotationKind;
	points: readonly XY[];
	textWidth: number;
}

/**
 * The index of the topmost annotation at `point` (screen pixels), or -1: within `tolerance` of
 * an arrow's line or an area's outline, inside an area or a label's box. `ptPx` is pixels per
 * slide point, the scale labels are drawn at.
 */
export function annotationAt(
	annotations: readonly ScreenAnnotation[],
	point: XY,
	options: { tolerance: number; ptPx: number }
): number {
	for (let index = annotations.length - 1; index >= 0; index--) {
		const { kind, points, textWidth } = annotations[index];
		if (kind === 'label') {
			const box = labelBox(points[0], textWidth, options.ptPx);
			const [x, y] = point;
			if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) {
				return index;
			}
			continue;
		}
		const closed = kind === 'area' ? [...points, points[0]] : points;
		const nearLine = closed
			.slice(1)
			.some((end, i) => distanceToSegment(point, closed[i], end) <= options.tolerance);
		if (nearLine || (kind === 'area' && insidePolygon(point, points))) return index;
	}
	return -1;
}
