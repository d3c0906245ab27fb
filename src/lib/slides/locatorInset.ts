import type { FeatureCollection, Position } from 'geojson';
import type { Rect } from './slideLayout';

/** A point in Web Mercator units: x from −π to π eastwards, y growing northwards. */
interface Mercator {
	x: number;
	y: number;
}

const radians = Math.PI / 180;
const maxLatDeg = 85;
/** The locator shows this many frame widths around the frame… */
const framesAcross = 5;
/** …but never less than this width of the world (≈ 24° of longitude), so a city view shows its region. */
const minWidth = 24 * radians;

function mercator([lon, lat]: Position): Mercator {
	const clamped = Math.max(-maxLatDeg, Math.min(maxLatDeg, lat)) * radians;
	return { x: lon * radians, y: Math.log(Math.tan(Math.PI / 4 + clamped / 2)) };
}

/**
 * The part of the world a locator inset of `aspect` (width / height) shows around a slide's
 * frame, given by its corners `[lng, lat]`: centred on the frame, `framesAcross` frames wide and
 * at least `minWidth`, in Web Mercator units.
 *
 * @example locatorExtent([[27, 53], [29, 53], [29, 52], [27, 52]], 1.5).width // ≈ 0.419 (24°)
 */
export function locatorExtent(corners: readonly Position[], aspect: number) {
	const points = corners.map(mercator);
	const xs = points.map((point) => point.x);
	const ys = points.map((point) => point.y);
	const frameWidth = Math.max(...xs) - Math.min(...xs);
	const frameHeight = Math.max(...ys) - Math.min(...ys);
	const width = Math.max(minWidth, framesAcross * frameWidth, framesAcross * frameHeight * aspect);
	const centre = {
		x: (Math.max(...xs) + Math.min(...xs)) / 2,
		y: (Math.max(...ys) + Math.min(...ys)) / 2
	};
	return {
		x: centre.x - width / 2,
		y: centre.y + width / aspect / 2,
		width,
		height: width / aspect
	};
}

function ringsOf(geometry: FeatureCollection['features'][number]['geometry']): Position[][] {
	if (geometry.type === 'Polygon') return geometry.coordinates;
	if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
	return [];
}

/** CSS colours of a locator inset: the basemap's, and one for the slide's frame. */
export interface LocatorColours {
	sea: string;
	land: string;
	countryLine: string;
	frame: string;
	edge: string;
}

/**
 * Draws a locator inset into `rect` (pixels) of a slide picture: the countries around the view,
 * from the app's own country outlines, and the slide's frame outlined on them.
 */
export function drawLocatorInset(
	context: OffscreenCanvasRenderingContext2D,
	rect: Rect,
	map: { countries: FeatureCollection; frameCorners: readonly Position[] },
	colours: LocatorColours
): void {
	const { countries, frameCorners } = map;
	const extent = locatorExtent(frameCorners, rect.width / rect.height);
	const scale = rect.width / extent.width;
	const toPixel = (position: Position) => {
		const point = mercator(position);
		return [rect.x + (point.x - extent.x) * scale, rect.y + (extent.y - point.y) * scale] as const;
	};
	const trace = (ring: readonly Position[]) =>
		ring.forEach((position, index) => {
			const [x, y] = toPixel(position);
			if (index === 0) context.moveTo(x, y);
			else context.lineTo(x, y);
		});
	context.save();
	context.beginPath();
	context.rect(rect.x, rect.y, rect.width, rect.height);
	context.clip();
	context.fillStyle = colours.sea;
	context.fillRect(rect.x, rect.y, rect.width, rect.height);
	context.beginPath();
	for (const feature of countries.features) ringsOf(feature.geometry).forEach(trace);
	context.fillStyle = colours.land;
	context.fill('evenodd');
	context.strokeStyle = colours.countryLine;
	context.lineWidth = 0.75;
	context.stroke();
	context.beginPath();
	trace([...frameCorners, frameCorners[0]]);
	context.strokeStyle = colours.frame;
	context.lineWidth = 2.5;
	context.stroke();
	context.restore();
	context.strokeStyle = colours.edge;
	context.lineWidth = 1;
	context.strokeRect(rect.x + 0.5, rect.y + 0.5, rect.width - 1, rect.height - 1);
}
