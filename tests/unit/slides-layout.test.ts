import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBarFor } from '$lib/slides/scaleBar';
import { coverCrop, wrapText } from '$lib/slides/slideLayout';

/** A monospace measure: every character is 10 px wide. */
const measure = (text: string) => text.length * 10;

describe('metresPerPixel', () => {
	it('is 78,271.5 m at the equator at zoom 0 and halves with each zoom level', () => {
		expect(metresPerPixel({ lat: 0, zoom: 0 })).toBeCloseTo(78_271.52, 1);
		expect(metresPerPixel({ lat: 0, zoom: 1 })).toBeCloseTo(39_135.76, 1);
	});

	it('shrinks with the cosine of the latitude', () => {
		expect(metresPerPixel({ lat: 60, zoom: 5 })).toBeCloseTo(78_271.52 / 2 / 32, 1);
	});
});

describe('scaleBarFor', () => {
	it.each([
		[1000, 150, '100 km', 100],
		[1000, 250, '200 km', 200],
		[1000, 600, '500 km', 500],
		[3, 150, '200 m', 66.7],
		[12_345, 140, '1000 km', 81]
	])('at %d m/px within %d px is %s wide %d px', (metres, maxWidthPx, label, widthPx) => {
		expect(scaleBarFor(metres, { maxWidthPx })).toEqual({ label, widthPx });
	});

	it.each([0, -1, NaN, Infinity])('is null for %d m/px', (metres) => {
		expect(scaleBarFor(metres, { maxWidthPx: 100 })).toBeNull();
	});
});

describe('coverCrop', () => {
	it('trims the sides of a wide source', () => {
		expect(coverCrop(2000, 720)).toEqual({ x: 360, y: 0, width: 1280, height: 720 });
	});

	it('trims the top and bottom of a tall source', () => {
		expect(coverCrop(1000, 1000)).toEqual({ x: 0, y: 218.75, width: 1000, height: 562.5 });
	});

	it('keeps a 16:9 source whole', () => {
		expect(coverCrop(2560, 1440)).toEqual({ x: 0, y: 0, width: 2560, height: 1440 });
	});
});

describe('wrapText', () => {
	it('breaks at spaces within the width', () => {
		expect(wrapText('one two three four', measure, { maxWidth: 90, maxLines: 5 })).toEqual([
			'one two',
			'three',
			'four'
		]);
	});

	it('ends a text cut at maxLines with an ellipsis that fits', () => {
		expect(wrapText('one two three four five', measure, { maxWidth: 90, maxLines: 2 })).toEqual([
			'one two',
			'three…'
		]);
	});

	it('keeps a word longer than a line whole', () => {
		expect(wrapText('Machulishchy airbase', measure, { maxWidth: 50, maxLines: 3 })).toEqual([
			'Machulishchy',
			'airbase'
		]);
	});

	it('gives no lines for an empty text', () => {
		expect(wrapText('  ', measure, { maxWidth: 50, maxLines: 3 })).toEqual([]);
	});
});
