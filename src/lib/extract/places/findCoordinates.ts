import type { Span } from '../types';
import { overlapsAny } from './overlapsAny';

export interface CoordinateMention extends Span {
	text: string;
	lat: number;
	lon: number;
}

const DECIMAL_COORDINATES =
	/(-?\d{1,2}\.\d{2,6})°?\s?([NS])?(?:,\s?|\s)\s?(-?\d{1,3}\.\d{2,6})°?\s?([EW])?(?!\d|\.\d)/g;
const DMS_COORDINATES =
	/(\d{1,2})°\s*(\d{1,2})['′]\s*(?:(\d{1,2}(?:\.\d+)?)["″]\s*)?([NS])[,;\s]+(\d{1,3})°\s*(\d{1,2})['′]\s*(?:(\d{1,2}(?:\.\d+)?)["″]\s*)?([EW])/g;

/** "50.45, 30.52", "50°27′N 30°31′E": coordinates written in the text, outside the skipped spans. */
export function findCoordinates(text: string, skip: Span[]): CoordinateMention[] {
	const found: CoordinateMention[] = [];
	const push = (start: number, end: number, lat: number, lon: number) => {
		if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !overlapsAny(skip, start, end)) {
			found.push({ start, end, text: text.slice(start, end), lat, lon });
		}
	};
	for (const m of text.matchAll(DECIMAL_COORDINATES)) {
		const hemispheres = m[2] && m[4];
		if (!hemispheres && !/,/.test(m[0])) continue;
		const lat = +m[1] * (m[2] === 'S' ? -1 : 1);
		const lon = +m[3] * (m[4] === 'W' ? -1 : 1);
		push(m.index, m.index + m[0].length, lat, lon);
	}
	for (const m of text.matchAll(DMS_COORDINATES)) {
		const lat = (+m[1] + +m[2] / 60 + +(m[3] ?? 0) / 3600) * (m[4] === 'S' ? -1 : 1);
		const lon = (+m[5] + +m[6] / 60 + +(m[7] ?? 0) / 3600) * (m[8] === 'W' ? -1 : 1);
		push(m.index, m.index + m[0].length, lat, lon);
	}
	return found;
}
