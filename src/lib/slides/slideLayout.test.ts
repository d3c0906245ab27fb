import { describe, expect, it } from 'vitest';
import { captureFrame, coverCrop } from './slideLayout';

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
