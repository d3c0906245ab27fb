import { describe, expect, it } from 'vitest';
import { findCoordinates } from './findCoordinates';

describe('findCoordinates', () => {
	it('reads decimal degrees with a comma or with hemisphere letters', () => {
		const text = 'The dam at 46.78 N 33.37 E and the depot at 50.45, 30.52.';
		expect(findCoordinates(text, []).map(({ text, lat, lon }) => ({ text, lat, lon }))).toEqual([
			{ text: '46.78 N 33.37 E', lat: 46.78, lon: 33.37 },
			{ text: '50.45, 30.52', lat: 50.45, lon: 30.52 }
		]);
	});

	it('reads degrees, minutes and seconds, south and west negative', () => {
		const [c] = findCoordinates('Found at 33°52′S 151°12′30″W.', []);
		expect(c.lat).toBeCloseTo(-(33 + 52 / 60), 6);
		expect(c.lon).toBeCloseTo(-(151 + 12 / 60 + 30 / 3600), 6);
	});

	it('finds nothing in two bare decimals, out-of-range pairs or skipped spans', () => {
		expect(findCoordinates('Versions 2.50 3.75 shipped.', [])).toEqual([]);
		expect(findCoordinates('Readings of 95.00, 30.00 were logged.', [])).toEqual([]);
		expect(findCoordinates('At 50.45, 30.52.', [{ start: 0, end: 10 }])).toEqual([]);
	});
});
