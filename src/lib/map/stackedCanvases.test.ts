import { describe, expect, it } from 'vitest';
import { stackPosition } from './stackedCanvases';

describe('stackPosition', () => {
	it('puts the first canvas on top of nothing', () => {
		expect(stackPosition([], 'measure')).toBe(0);
	});

	it('puts what a user works with above the event points, whatever was added first', () => {
		expect(stackPosition(['event-points'], 'analysis')).toBe(1);
		expect(stackPosition(['analysis', 'measure'], 'event-points')).toBe(0);
		expect(stackPosition(['reviewed-places', 'measure'], 'place-highlight')).toBe(1);
	});

	it('puts a canvas replacing one of the same layer (a drawer started again) above it', () => {
		expect(stackPosition(['event-points', 'event-place-names'], 'event-points')).toBe(1);
	});
});
