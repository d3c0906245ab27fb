import type { Span } from '../types';

/** Whether the range from `start` to `end` shares a character with any of the spans. */
export function overlapsAny(spans: Span[], start: number, end: number): boolean {
	return spans.some((s) => start < s.end && end > s.start);
}
