import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { bandFractions, captureFrame, openMapTest, slidePoints } from '$lib/slides/slideLayout';
import { slidePlacer } from './captureMap';

// A map whose projection is the identity: a place's longitude and latitude are its pixels.
const map = {
	getContainer: () => ({ clientWidth: 1280, clientHeight: 720 }),
	project: ([x, y]: [number, number]) => ({ x, y })
} as unknown as MapLibreMap;

describe('slidePlacer', () => {
	it('places the capture frame’s corners at the slide’s', () => {
		const frame = captureFrame(1280, 720);
		const place = slidePlacer(map);
		expect(place(frame.x, frame.y)).toEqual({ x: 0, y: 0 });
		const corner = place(frame.x + frame.width, frame.y + frame.height);
		expect(corner.x).toBeCloseTo(slidePoints.width);
		expect(corner.y).toBeCloseTo(slidePoints.height);
	});

	it('holds what the frame shows between the bands, not what the title or caption band covers', () => {
		const frame = captureFrame(1280, 720);
		const bands = bandFractions();
		const inFrame = openMapTest(slidePlacer(map));
		const middle = frame.x + frame.width / 2;
		const underTitle = frame.y + (frame.height * bands.top) / 2;
		const underCaption = frame.y + frame.height * (1 - bands.bottom / 2);
		expect(inFrame(middle, frame.y + frame.height / 2)).toBe(true);
		expect(inFrame(middle, underTitle)).toBe(false);
		expect(inFrame(middle, underCaption)).toBe(false);
		expect(inFrame(frame.x - 1, frame.y + frame.height / 2)).toBe(false);
	});
});
