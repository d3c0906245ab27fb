import { describe, expect, it } from 'vitest';
import { FrameCoalescer } from './frameCoalescer';

describe('FrameCoalescer', () => {
	it('applies only the last value pushed within a frame, once', () => {
		const frames: (() => void)[] = [];
		const applied: number[] = [];
		const coalescer = new FrameCoalescer<number>(
			(value) => applied.push(value),
			(callback) => frames.push(callback)
		);
		coalescer.push(1);
		coalescer.push(2);
		coalescer.push(3);
		expect(frames).toHaveLength(1);
		frames[0]();
		expect(applied).toEqual([3]);
		coalescer.push(4);
		expect(frames).toHaveLength(2);
		frames[1]();
		expect(applied).toEqual([3, 4]);
	});
});
