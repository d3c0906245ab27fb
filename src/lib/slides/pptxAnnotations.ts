import type PptxGenJS from 'pptxgenjs';
import { xmlAllowedText as text } from '$lib/io/xmlText';
import {
	annotationStyle,
	labelBox,
	labelHeightPt,
	type SlideAnnotation,
	type XY
} from './slideAnnotations';

const inches = (points: number) => points / 72;
const colour = annotationStyle.colour.slice(1).toUpperCase();
const halo = annotationStyle.halo.slice(1).toUpperCase();
/** Arial bold's mean advance, in ems, for a label box wide enough for its text without wrapping. */
const boldAdvanceEm = 0.57;

/** A shape pptxgenjs adds to a slide: its type and options (positions in inches). */
export type PptxShape =
	| { kind: 'shape'; type: 'line' | 'custGeom'; options: PptxGenJS.ShapeProps }
	| { kind: 'text'; text: string; options: PptxGenJS.TextPropsOptions };

function boundsOf(points: readonly XY[]) {
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	const x = Math.min(...xs);
	const y = Math.min(...ys);
	return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function arrowShape([tail, head]: readonly XY[]): PptxShape {
	const box = boundsOf([tail, head]);
	return {
		kind: 'shape',
		type: 'line',
		options: {
			x: inches(box.x),
			y: inches(box.y),
			w: inches(box.width),
			h: inches(box.height),
			// A line runs from its box's top left to its bottom right unless flipped.
			flipH: head[0] < tail[0],
			flipV: head[1] < tail[1],
			line: { color: colour, width: annotationStyle.lineWidthPt, endArrowType: 'triangle' }
		}
	};
}

function areaShape(corners: readonly XY[]): PptxShape {
	const box = boundsOf(corners);
	return {
		kind: 'shape',
		type: 'custGeom',
		options: {
			x: inches(box.x),
			y: inches(box.y),
			w: inches(box.width),
			h: inches(box.height),
			points: [
				...corners.map(([x, y]) => ({ x: inches(x - box.x), y: inches(y - box.y) })),
				{ close: true as const }
			],
			fill: { color: colour, transparency: 92 },
			line: { color: colour, width: annotationStyle.lineWidthPt }
		}
	};
}

function labelShape(anchor: XY, words: string): PptxShape {
	const size = annotationStyle.labelSizePt;
	const box = labelBox(anchor, words.length * size * boldAdvanceEm);
	return {
		kind: 'text',
		text: text(words),
		options: {
			x: inches(box.x),
			y: inches(box.y),
			w: inches(box.width),
			h: inches(labelHeightPt),
			margin: annotationStyle.labelPaddingPt,
			fontFace: 'Arial',
			fontSize: size,
			bold: true,
			color: colour,
			fill: { color: halo },
			line: { color: colour, width: 1.5 },
			valign: 'middle',
			wrap: false
		}
	};
}

/**
 * The annotations of a slide as native PowerPoint shapes, over the map picture at their slide
 * positions: arrows as lines with an arrow head, labels as text boxes, areas as freeforms.
 */
export function annotationShapes(annotations: readonly SlideAnnotation[]): PptxShape[] {
	return annotations.map(({ kind, points, text: words }) =>
		kind === 'arrow'
			? arrowShape(points)
			: kind === 'area'
				? areaShape(points)
				: labelShape(points[0], words)
	);
}

export function addAnnotationShapes(
	slide: PptxGenJS.Slide,
	annotations: readonly SlideAnnotation[]
): void {
	for (const shape of annotationShapes(annotations)) {
		if (shape.kind === 'text') slide.addText(shape.text, shape.options);
		// pptxgenjs 4.0.1 writes custom geometry but leaves 'custGeom' out of its SHAPE_NAME type.
		else slide.addShape(shape.type as PptxGenJS.SHAPE_NAME, shape.options);
	}
}
