import { describe, expect, it } from 'vitest';
import { locatorExtent } from './locatorInset';

const degrees = Math.PI / 180;
const frame = (west: number, south: number, east: number, north: number) => [
	[west, north],
	[east, north],
	[east, south],
	[west, south]
];

describe('locatorExtent', () => {
	it('locatorExtent(corners, aspect) shows a city-sized frame inside 24° of its region, centred', () => {
		const extent = locatorExtent(frame(27, 53.5, 28, 54), 1.5);
		expect(extent.width).toBeCloseTo(24 * degrees);
		expect(extent.height).toBeCloseTo((24 * degrees) / 1.5);
		expect(extent.x + extent.width / 2).toBeCloseTo(27.5 * degrees);
	});

	it('locatorExtent(corners, aspect) is five frames wide around a country-sized frame', () => {
		const extent = locatorExtent(frame(20, 49, 40, 51), 1.5);
		expect(extent.width / degrees).toBeCloseTo(100);
		expect(extent.x / degrees).toBeCloseTo(-20);
	});

	it('locatorExtent(corners, aspect) keeps a tall frame inside the inset', () => {
		const corners = frame(30, 40, 31, 60);
		const extent = locatorExtent(corners, 1.5);
		const northY = Math.log(Math.tan(Math.PI / 4 + (60 * degrees) / 2));
		const southY = Math.log(Math.tan(Math.PI / 4 + (40 * degrees) / 2));
		expect(extent.y).toBeGreaterThan(northY);
		expect(extent.y - extent.height).toBeLessThan(southY);
	});
});
