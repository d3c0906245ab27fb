import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Annotation, AnnotationKind, LngLat } from '$lib/slides/annotations';
import { drawAnnotations, labelTextWidth } from '$lib/slides/drawAnnotations';
import { annotationStyle, type ScreenAnnotation, type XY } from '$lib/slides/slideAnnotations';
import { slidePoints } from '$lib/slides/slideLayout';
import { frameOf } from './captureMap';
import { StackedCanvas2D } from './stackedCanvases';

/** What the annotation canvas shows: the annotations, the one being drawn and the selected one. */
export interface AnnotationScene {
	annotations: readonly Annotation[];
	/** The kind being drawn and its points so far, followed by the pointer while drawing. */
	draft: { kind: AnnotationKind; points: readonly LngLat[] } | null;
	selectedId: string | null;
}

const handleRadiusPx = 5;

/**
 * Paints the slide annotations on a canvas stacked above everything else on the map, at the
 * size the capture frame will give them on the slide, so that what the user draws is what the
 * slide shows. A capture leaves this canvas out: each format draws the annotations itself.
 */
export class AnnotationCanvas extends StackedCanvas2D {
	#scene: AnnotationScene = { annotations: [], draft: null, selectedId: null };
	#pointer: XY | null = null;
	/** Pixels the selected annotation is dragged by, until the drag ends. */
	#dragBy: XY | null = null;
	readonly #measure = new OffscreenCanvas(1, 1).getContext('2d')!;

	constructor(map: MapLibreMap) {
		super(map, 'annotations');
	}

	setScene(scene: AnnotationScene): void {
		this.#scene = scene;
		this.map.triggerRepaint();
	}

	setPointer(pointer: XY | null): void {
		this.#pointer = pointer;
		if (this.#scene.draft) this.map.triggerRepaint();
	}

	setDrag(by: XY | null): void {
		this.#dragBy = by;
		this.map.triggerRepaint();
	}

	/** Pixels on screen per point of the slide, at the capture frame's size now. */
	ptPx(): number {
		return frameOf(this.map).width / slidePoints.width || 1;
	}

	project(position: LngLat): XY {
		const { x, y } = this.map.project(position);
		return [x, y];
	}

	/** The annotations as drawn on screen, for finding the one under the pointer. */
	screenAnnotations(): ScreenAnnotation[] {
		const ptPx = this.ptPx();
		return this.#scene.annotations.map(({ kind, points, text }) => ({
			kind,
			points: points.map((point) => this.project(point)),
			textWidth: kind === 'label' ? labelTextWidth(this.#measure, text, ptPx) : 0
		}));
	}

	protected paint(context: CanvasRenderingContext2D): void {
		const ptPx = this.ptPx();
		const { annotations, draft, selectedId } = this.#scene;
		const shown = annotations.map((annotation) => {
			const offset = annotation.id === selectedId && this.#dragBy ? this.#dragBy : [0, 0];
			return {
				kind: annotation.kind,
				text: annotation.text,
				points: annotation.points.map((point): XY => {
					const [x, y] = this.project(point);
					return [x + offset[0], y + offset[1]];
				})
			};
		});
		drawAnnotations(context, shown, ptPx);
		const selected = shown[annotations.findIndex((annotation) => annotation.id === selectedId)];
		if (selected) this.#paintHandles(context, selected.points);
		if (draft) this.#paintDraft(context, draft, ptPx);
	}

	#paintHandles(context: CanvasRenderingContext2D, points: readonly XY[]): void {
		context.fillStyle = annotationStyle.halo;
		context.strokeStyle = annotationStyle.colour;
		context.lineWidth = 2;
		for (const [x, y] of points) {
			context.beginPath();
			context.arc(x, y, handleRadiusPx, 0, 2 * Math.PI);
			context.fill();
			context.stroke();
		}
	}

	#paintDraft(
		context: CanvasRenderingContext2D,
		draft: NonNullable<AnnotationScene['draft']>,
		ptPx: number
	): void {
		const points = draft.points.map((point) => this.project(point));
		if (this.#pointer && draft.kind !== 'label') points.push(this.#pointer);
		if (draft.kind === 'arrow' && points.length === 2) {
			drawAnnotations(context, [{ kind: 'arrow', points, text: '' }], ptPx);
		} else if (points.length > 1) {
			context.save();
			context.setLineDash([6, 4]);
			context.strokeStyle = annotationStyle.colour;
			context.lineWidth = annotationStyle.lineWidthPt * ptPx;
			context.beginPath();
			points.forEach((point, index) =>
				index ? context.lineTo(...point) : context.moveTo(...point)
			);
			context.stroke();
			context.restore();
		}
		this.#paintHandles(context, points.slice(0, draft.points.length));
	}
}
