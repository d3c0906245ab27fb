import { annotationStyle, labelBox, type SlideAnnotation, type XY } from './slideAnnotations';

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const labelFont = (ptPx: number) =>
	`700 ${annotationStyle.labelSizePt * ptPx}px 'Noto Sans', 'Liberation Sans', Arial, sans-serif`;

/** The width of a label's text drawn at `ptPx` pixels per point, in pixels. */
export function labelTextWidth(context: Context, text: string, ptPx: number): number {
	context.font = labelFont(ptPx);
	return context.measureText(text).width;
}

/** Strokes the current path twice: a white halo under the annotation's colour. */
function strokeWithHalo(context: Context, ptPx: number): void {
	const { colour, halo, lineWidthPt, haloWidthPt } = annotationStyle;
	context.strokeStyle = halo;
	context.lineWidth = (lineWidthPt + 2 * haloWidthPt) * ptPx;
	context.stroke();
	context.strokeStyle = colour;
	context.lineWidth = lineWidthPt * ptPx;
	context.stroke();
}

function drawArrow(context: Context, [tail, head]: readonly XY[], ptPx: number): void {
	const angle = Math.atan2(head[1] - tail[1], head[0] - tail[0]);
	const headLength = annotationStyle.arrowHeadPt * ptPx;
	// The shaft stops inside the head, so that its square end does not poke through the tip.
	const shaftEnd: XY = [
		head[0] - Math.cos(angle) * headLength * 0.6,
		head[1] - Math.sin(angle) * headLength * 0.6
	];
	context.beginPath();
	context.moveTo(...tail);
	context.lineTo(...shaftEnd);
	strokeWithHalo(context, ptPx);
	const side = (turn: number): XY => [
		head[0] - headLength * Math.cos(angle + turn),
		head[1] - headLength * Math.sin(angle + turn)
	];
	context.beginPath();
	context.moveTo(...head);
	context.lineTo(...side(0.45));
	context.lineTo(...side(-0.45));
	context.closePath();
	context.lineWidth = 2 * annotationStyle.haloWidthPt * ptPx;
	context.strokeStyle = annotationStyle.halo;
	context.stroke();
	context.fillStyle = annotationStyle.colour;
	context.fill();
}

function drawArea(context: Context, corners: readonly XY[], ptPx: number): void {
	context.beginPath();
	corners.forEach((corner, index) =>
		index ? context.lineTo(...corner) : context.moveTo(...corner)
	);
	context.closePath();
	context.fillStyle = annotationStyle.colour;
	context.globalAlpha = 0.08;
	context.fill();
	context.globalAlpha = 1;
	strokeWithHalo(context, ptPx);
}

function drawLabel(context: Context, anchor: XY, text: string, ptPx: number): void {
	const box = labelBox(anchor, labelTextWidth(context, text, ptPx), ptPx);
	context.fillStyle = annotationStyle.halo;
	context.fillRect(box.x, box.y, box.width, box.height);
	context.strokeStyle = annotationStyle.colour;
	context.lineWidth = 1.5 * ptPx;
	context.strokeRect(box.x, box.y, box.width, box.height);
	context.fillStyle = annotationStyle.colour;
	context.textBaseline = 'middle';
	context.textAlign = 'left';
	context.fillText(text, anchor[0], anchor[1]);
}

/**
 * Draws annotations whose points are in pixels, `ptPx` pixels to a slide point: on a slide
 * image, and on the map at the scale the capture frame will give them.
 */
export function drawAnnotations(
	context: Context,
	annotations: readonly SlideAnnotation[],
	ptPx: number
): void {
	context.save();
	context.lineJoin = 'round';
	context.lineCap = 'round';
	context.setLineDash([]);
	for (const { kind, points, text } of annotations) {
		if (kind === 'arrow') drawArrow(context, points, ptPx);
		else if (kind === 'area') drawArea(context, points, ptPx);
		else drawLabel(context, points[0], text, ptPx);
	}
	context.restore();
}
