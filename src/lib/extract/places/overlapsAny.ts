import type { Span } from '../types';
import { firstAtLeast } from '../firstAtLeast';

/** Whether the range from `start` to `end` shares a character with any of the spans. */
export function overlapsAny(spans: Span[], start: number, end: number): boolean {
	return spans.some((s) => start < s.end && end > s.start);
}

/**
 * overlapsAny for many ranges against the same spans (a long text's thousands of names): the
 * spans sorted by start, with the furthest end reached so far, then a binary search per range.
 */
export function overlapTest(spans: Span[]): (start: number, end: number) => boolean {
	const sorted = [...spans].sort((a, b) => a.start - b.start);
	const starts = sorted.map((s) => s.start);
	const furthestEnds: number[] = [];
	sorted.forEach((s, i) => furthestEnds.push(Math.max(s.end, furthestEnds[i - 1] ?? -Infinity)));
	return (start, end) => {
		const before = firstAtLeast(starts, end);
		return before > 0 && furthestEnds[before - 1] > start;
	};
}
