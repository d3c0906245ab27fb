export interface Mark {
	start: number;
	end: number;
	kind: 'place' | 'date';
	/** Index of the toponym or event this mark stands for. */
	ref: number;
}

export interface Segment {
	start: number;
	end: number;
	text: string;
	mark?: Mark;
}

/**
 * Cuts the text between `start` and `end` into plain and marked segments. Marks that overlap
 * an earlier mark are dropped, so the text is always shown once and in order.
 */
export function segmentText(text: string, start: number, end: number, marks: Mark[]): Segment[] {
	const inside = marks
		.filter((mark) => mark.start >= start && mark.end <= end && mark.end > mark.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const segments: Segment[] = [];
	let cursor = start;
	for (const mark of inside) {
		if (mark.start < cursor) continue;
		if (mark.start > cursor) {
			segments.push({ start: cursor, end: mark.start, text: text.slice(cursor, mark.start) });
		}
		segments.push({
			start: mark.start,
			end: mark.end,
			text: text.slice(mark.start, mark.end),
			mark
		});
		cursor = mark.end;
	}
	if (cursor < end) segments.push({ start: cursor, end, text: text.slice(cursor, end) });
	return segments;
}
