import type { Feature, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { StackedCanvas2D } from './stackedCanvases';

export interface MeasureStyle {
	color: string;
	fillOpacity: number;
	lineWidthPx: number;
	pointRadiusPx: number;
	pointStrokeWidthPx: number;
}

/**
 * Paints the measurement the user is making (its area, its path and the points clicked) above
 * the event points, which have a canvas of their own over the map's: drawn as a map layer it
 * would lie under them. It is painted after each of the map's frames on a 2D canvas stacked on
 * top, so a slide capture copies it with the frame.
 */
export class MeasureCanvas extends StackedCanvas2D {
	#style: MeasureStyle;
	#features: Feature[] = [];

	constructor(map: MapLibreMap, style: MeasureStyle) {
		super(map, 'measure');
		this.#style = style;
	}

	/** Points, lines and polygons to paint, in [lng, lat]. */
	setFeatures(features: Feature[]): void {
		this.#features = features;
		this.map.triggerRepaint();
	}

	protected paint(context: CanvasRenderingContext2D): void {
		const map = this.map;
		const { color, fillOpacity, lineWidthPx, pointRadiusPx, pointStrokeWidthPx } = this.#style;
		const trace = (line: Position[], close: boolean) => {
			context.beginPath();
			line.forEach(([lng, lat], i) => {
				const { x, y } = map.project([lng, lat]);
				if (i === 0) context.moveTo(x, y);
				else context.lineTo(x, y);
			});
			if (close) context.closePath();
		};
		context.strokeStyle = color;
		context.fillStyle = color;
		context.lineJoin = 'round';
		for (const { geometry } of this.#features) {
			if (geometry.type === 'Polygon') {
				trace(geometry.coordinates[0], true);
				context.globalAlpha = fillOpacity;
				context.fill();
				context.globalAlpha = 1;
				context.lineWidth = lineWidthPx;
				context.stroke();
			} else if (geometry.type === 'LineString') {
				trace(geometry.coordinates, false);
				context.lineWidth = lineWidthPx;
				context.stroke();
			}
		}
		context.fillStyle = '#fff';
		context.lineWidth = pointStrokeWidthPx;
		for (const { geometry } of this.#features) {
			if (geometry.type !== 'Point') continue;
			const { x, y } = map.project(geometry.coordinates as [number, number]);
			context.beginPath();
			context.arc(x, y, pointRadiusPx, 0, 2 * Math.PI);
			context.fill();
			context.stroke();
		}
	}
}
