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
	/** Inside the highlighted passage. */
	highlighted: boolean;
}

export interface SegmentOptions {
	/** A passage to highlight; segments are cut at its edges. */
	highlight?: { start: number; end: number } | null;
}

/**
 * Cuts the text between `start` and `end` into plain and marked segments. Marks that overlap
 * an earlier mark are dropped, so the text is always shown once and in order.
 */
export function segmentText(
	text: string,
	start: number,
	end: number,
	marks: Mark[],
	options: SegmentOptions = {}
): Segment[] {
	const highlight = options.highlight ?? null;
	const cuts = highlight ? [highlight.start, highlight.end] : [];
	const isHighlighted = (from: number) =>
		highlight !== null && from >= highlight.start && from < highlight.end;
	const segments: Segment[] = [];
	const push = (from: number, to: number, mark?: Mark) => {
		const inner = cuts.filter((cut) => cut > from && cut < to && !mark);
		for (const [index, pieceStart] of [from, ...inner].entries()) {
			const pieceEnd = inner[index] ?? to;
			segments.push({
				start: pieceStart,
				end: pieceEnd,
				text: text.slice(pieceStart, pieceEnd),
				mark,
				highlighted: isHighlighted(pieceStart)
			});
		}
	};
	const inside = marks
		.filter((mark) => mark.start >= start && mark.end <= end && mark.end > mark.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	let cursor = start;
	for (const mark of inside) {
		if (mark.start < cursor) continue;
		if (mark.start > cursor) push(cursor, mark.start);
		push(mark.start, mark.end, mark);
		cursor = mark.end;
	}
	if (cursor < end) push(cursor, end);
	return segments;
}
