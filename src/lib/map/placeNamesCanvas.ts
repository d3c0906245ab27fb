import type { Map as MapLibreMap } from 'maplibre-gl';
import { StackedCanvas2D } from './stackedCanvases';

export interface PlaceNameStyle {
	/** CSS font, in CSS pixels. */
	font: string;
	color: string;
	haloColor: string;
	haloWidthPx: number;
	/** Gap between the place and the top of its name, in CSS pixels. */
	offsetPx: number;
	/** Names wider than this wrap at spaces, as the map's own labels do. */
	maxWidthPx: number;
	lineHeightPx: number;
}

/**
 * Breaks a name that is wider than `maxWidth` into lines of about equal width, at spaces or
 * after dashes, as the map balances its own labels ("Belarus–" / "Ukraine border").
 */
export function wrapName(
	name: string,
	maxWidth: number,
	widthOf: (text: string) => number
): string[] {
	const pieces = name
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((word) => word.split(/(?<=[-–—])/).map((text, i) => ({ text, spaced: i === 0 })));
	const lineOf = (from: number, to: number) =>
		pieces
			.slice(from, to)
			.map((piece, i) => (i > 0 && piece.spaced ? ` ${piece.text}` : piece.text))
			.join('');
	if (pieces.length === 0) return [];
	const fullWidth = widthOf(lineOf(0, pieces.length));
	if (fullWidth <= maxWidth) return [lineOf(0, pieces.length)];
	const target = fullWidth / Math.ceil(fullWidth / maxWidth);
	// badness[i]: the least sum of squared distances from the target width over lines that
	// hold pieces 0..i-1; lineStart[i]: where the last of those lines starts.
	const badness = [0];
	const lineStart = [0];
	for (let end = 1; end <= pieces.length; end++) {
		badness[end] = Infinity;
		for (let start = 0; start < end; start++) {
			const cost = badness[start] + (widthOf(lineOf(start, end)) - target) ** 2;
			if (cost < badness[end]) {
				badness[end] = cost;
				lineStart[end] = start;
			}
		}
	}
	const lines: string[] = [];
	for (let end = pieces.length; end > 0; end = lineStart[end]) {
		lines.unshift(lineOf(lineStart[end], end));
	}
	return lines;
}

/**
 * Writes the names of event places above the event points, which have a canvas of their own
 * over the map's. Which names fit is still decided by the map: a symbol layer with transparent
 * text takes part in label placement among the basemap's labels, and this paints the names the
 * map placed, after each of its frames, on a 2D canvas stacked on top.
 */
export class PlaceNamesCanvas extends StackedCanvas2D {
	#layerId: string;
	#style: PlaceNameStyle;

	constructor(map: MapLibreMap, layerId: string, style: PlaceNameStyle) {
		super(map, 'event-place-names');
		this.#layerId = layerId;
		this.#style = style;
	}

	protected paint(context: CanvasRenderingContext2D): void {
		const map = this.map;
		if (!map.getLayer(this.#layerId)) return;
		const { font, color, haloColor, haloWidthPx, offsetPx, maxWidthPx, lineHeightPx } = this.#style;
		context.font = font;
		context.textAlign = 'center';
		context.textBaseline = 'top';
		context.lineJoin = 'round';
		context.lineWidth = haloWidthPx * 2;
		context.strokeStyle = haloColor;
		context.fillStyle = color;
		const painted = new Set<string>();
		for (const feature of map.queryRenderedFeatures({ layers: [this.#layerId] })) {
			const name = feature.properties?.name;
			if (typeof name !== 'string' || feature.geometry.type !== 'Point') continue;
			const [lon, lat] = feature.geometry.coordinates;
			const key = `${name}@${lon},${lat}`;
			if (painted.has(key)) continue;
			painted.add(key);
			const { x, y } = map.project([lon, lat]);
			const lines = wrapName(name, maxWidthPx, (text) => context.measureText(text).width);
			lines.forEach((line, row) => {
				context.strokeText(line, x, y + offsetPx + row * lineHeightPx);
				context.fillText(line, x, y + offsetPx + row * lineHeightPx);
			});
		}
	}
}
