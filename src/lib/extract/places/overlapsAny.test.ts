import { describe, expect, it } from 'vitest';
import { overlapsAny, overlapTest } from './overlapsAny';

describe('overlapTest', () => {
	it('answers as overlapsAny does, for overlapping and nested spans in any order', () => {
		let seed = 11;
		// A fixed linear congruential sequence: the same spans on every run.
		const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		const spans = Array.from({ length: 300 }, () => {
			const start = Math.floor(random() * 5000);
			return { start, end: start + 1 + Math.floor(random() * 60) };
		});
		const overlaps = overlapTest(spans);
		for (let i = 0; i < 2000; i++) {
			const start = Math.floor(random() * 5100);
			const end = start + 1 + Math.floor(random() * 20);
			expect(overlaps(start, end)).toBe(overlapsAny(spans, start, end));
		}
	});

	it('finds a long span that began well before shorter ones', () => {
		const overlaps = overlapTest([
			{ start: 0, end: 100 },
			{ start: 10, end: 12 },
			{ start: 20, end: 22 }
		]);
		expect(overlaps(50, 51)).toBe(true);
		expect(overlaps(100, 101)).toBe(false);
		expect(overlapTest([])(0, 1)).toBe(false);
	});
});
