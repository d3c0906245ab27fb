import { describe, expect, it } from 'vitest';
import {
	bandFractions,
	captureFrame,
	coverCrop,
	legendBox,
	legendSideFor,
	slidePoints,
	slideRegions,
	slideType,
	type Rect
} from './slideLayout';

describe('coverCrop and captureFrame', () => {
	it('coverCrop(width, height) is the largest centred 16:9 part of a source', () => {
		expect(coverCrop(1000, 1000)).toEqual({ x: 0, y: 218.75, width: 1000, height: 562.5 });
		expect(coverCrop(1920, 720)).toEqual({ x: 320, y: 0, width: 1280, height: 720 });
	});

	it('captureFrame(width, height) keeps 24 px from the edges of a tall map', () => {
		expect(captureFrame(1048, 700)).toEqual({ x: 24, y: 68.75, width: 1000, height: 562.5 });
	});

	it('captureFrame(width, height) keeps 24 px from the edges of a wide map, centred', () => {
		expect(captureFrame(1328, 768)).toEqual({ x: 24, y: 24, width: 1280, height: 720 });
		expect(captureFrame(2000, 768)).toEqual({ x: 360, y: 24, width: 1280, height: 720 });
	});

	it('captureFrame(width, height) is empty on a map smaller than its margins', () => {
		expect(captureFrame(40, 40)).toMatchObject({ width: 0, height: 0 });
	});
});

describe('slideRegions', () => {
	const inside = (inner: Rect, outer: Rect) =>
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.width <= outer.x + outer.width &&
		inner.y + inner.height <= outer.y + outer.height;
	const overlap = (a: Rect, b: Rect) =>
		Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) &&
		Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);
	const r = slideRegions;

	it('sets the title and time window in the title band, the caption and attribution in the caption band', () => {
		expect(inside(r.title, r.titleBand) && inside(r.timeWindow, r.titleBand)).toBe(true);
		expect(inside(r.caption, r.captionBand) && inside(r.attribution, r.captionBand)).toBe(true);
		expect(overlap(r.title, r.timeWindow) || overlap(r.caption, r.attribution)).toBe(false);
	});

	it('keeps the legend, locator, scale bar and north arrow on the open map, apart', () => {
		const onMap = [r.legend, r.locator, r.scaleBar, r.northArrow];
		for (const region of onMap) expect(inside(region, r.openMap)).toBe(true);
		onMap.forEach((a, i) => onMap.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
	});

	it('leaves the map the whole width and the bands the whole height that is not open map', () => {
		expect(r.openMap.width).toBe(slidePoints.width);
		expect(r.titleBand.height + r.openMap.height + r.captionBand.height).toBe(slidePoints.height);
		expect(bandFractions().top).toBeCloseTo(r.titleBand.height / 540);
	});

	it('holds two title lines and two caption lines at projection sizes, nothing under 12 pt', () => {
		expect(r.title.height).toBe(2 * slideType.title.leading);
		expect(r.caption.height).toBe(2 * slideType.caption.leading);
		expect(slideType.title.size).toBeGreaterThanOrEqual(28);
		expect(slideType.caption.size).toBeGreaterThanOrEqual(18);
		expect(Math.min(...Object.values(slideType).map((type) => type.size))).toBeGreaterThanOrEqual(
			12
		);
	});
});

describe('legendSideFor', () => {
	const right = legendBox('right', 120, 60);
	const left = legendBox('left', 120, 60);
	const inside = (box: Rect) => ({ x: box.x + 5, y: box.y + 5 });

	it('puts the legend at the right unless the left hides fewer events', () => {
		const labels = ['Military event', 'Political event'];
		expect(legendSideFor(labels, [])).toBe('right');
		expect(legendSideFor(labels, [inside(right)])).toBe('left');
		expect(legendSideFor(labels, [inside(right), inside(left)])).toBe('right');
		expect(legendSideFor(labels, [inside(left)])).toBe('right');
		expect(legendSideFor([], [inside(right)])).toBe('right');
	});

	it('measures the legend by its rows and its longest label', () => {
		const belowOneRow = { x: right.x + right.width - 5, y: right.y + 50 };
		expect(legendSideFor(['Military'], [belowOneRow])).toBe('right');
		const labels = ['Military', 'Political', 'Humanitarian', 'Economic'];
		expect(legendSideFor(labels, [belowOneRow])).toBe('left');
		const farLeftOfShort = { x: slideRegions.legend.x + 10, y: right.y + 5 };
		expect(legendSideFor(['Military'], [farLeftOfShort])).toBe('right');
		expect(
			legendSideFor(
				['An event label of seventy characters, as wide as half the slide'.padEnd(70, '.')],
				[farLeftOfShort]
			)
		).toBe('left');
	});

	it('keeps both legend boxes inside the open map, mirrored', () => {
		expect(left.x).toBe(slidePoints.width - right.x - right.width);
		expect(right.x + right.width).toBeLessThanOrEqual(slidePoints.width);
		for (const box of [left, right]) {
			expect(box.y).toBeGreaterThanOrEqual(slideRegions.openMap.y);
		}
	});
});
