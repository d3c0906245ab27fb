import type { Feature, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { StackedCanvas2D, type StackedLayer } from './stackedCanvases';

/** How a FeatureCanvas paints one group of features, in CSS pixels. */
export interface FeatureStyle {
	color: string;
	/** Opacity of polygon fills; 0 paints outlines only. */
	fillOpacity: number;
	lineWidthPx: number;
	/** Dash and gap lengths of lines; solid when absent. */
	lineDashPx?: number[];
	/** Points are circles of this radius, outlined in `color`. */
	pointRadiusPx: number;
	pointFill: string;
	pointStrokeWidthPx: number;
}

/** Features painted alike. */
export interface FeatureGroup {
	features: readonly Feature[];
	style: FeatureStyle;
}

/**
 * Paints GeoJSON points, lines and polygons above the event points, which have a canvas of their
 * own over the map's: drawn as map layers they would lie under them. It is painted after each of
 * the map's frames on a 2D canvas stacked at its layer's place, so a slide capture copies it with
 * the frame. Groups are painted in order, each one's areas, then lines, then points.
 */
export class FeatureCanvas extends StackedCanvas2D {
	#groups: readonly FeatureGroup[] = [];

	constructor(map: MapLibreMap, layer: StackedLayer) {
		super(map, layer);
	}

	setGroups(groups: readonly FeatureGroup[]): void {
		this.#groups = groups;
		this.map.triggerRepaint();
	}

	protected paint(context: CanvasRenderingContext2D): void {
		context.lineJoin = 'round';
		context.lineCap = 'round';
		for (const { features, style } of this.#groups) {
			context.strokeStyle = style.color;
			context.setLineDash(style.lineDashPx ?? []);
			context.lineWidth = style.lineWidthPx;
			for (const { geometry } of features) {
				if (geometry.type === 'Polygon') {
					this.#trace(context, geometry.coordinates[0], true);
					if (style.fillOpacity > 0) {
						context.fillStyle = style.color;
						context.globalAlpha = style.fillOpacity;
						context.fill();
						context.globalAlpha = 1;
					}
					context.stroke();
				} else if (geometry.type === 'LineString') {
					this.#trace(context, geometry.coordinates, false);
					context.stroke();
				}
			}
			context.setLineDash([]);
			context.fillStyle = style.pointFill;
			context.lineWidth = style.pointStrokeWidthPx;
			for (const { geometry } of features) {
				if (geometry.type !== 'Point') continue;
				const { x, y } = this.map.project(geometry.coordinates as [number, number]);
				context.beginPath();
				context.arc(x, y, style.pointRadiusPx, 0, 2 * Math.PI);
				context.fill();
				context.stroke();
			}
		}
	}

	#trace(context: CanvasRenderingContext2D, line: Position[], close: boolean): void {
		context.beginPath();
		line.forEach(([lng, lat], i) => {
			const { x, y } = this.map.project([lng, lat]);
			if (i === 0) context.moveTo(x, y);
			else context.lineTo(x, y);
		});
		if (close) context.closePath();
	}
}
