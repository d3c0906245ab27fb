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
	/**
	 * The punctuation that touches a mark, shown with it so that no line starts or ends between
	 * them (a mark is a button, which the browser breaks around): “(” or a quote before, “,”,
	 * “.” or “)” after.
	 */
	before?: Segment;
	after?: Segment;
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
	return withPunctuationGlued(segments);
}

const openingPunctuation = /[([{“‘«"']+$/u;
const closingPunctuation = /^[,.;:!?)\]}”’»"'%…]+/u;

/** The part of a plain segment from `from` to `to`, characters from its start. */
function pieceOf(segment: Segment, from: number, to = segment.text.length): Segment {
	return {
		start: segment.start + from,
		end: segment.start + to,
		text: segment.text.slice(from, to),
		highlighted: segment.highlighted
	};
}

/** Moves the punctuation touching each mark into the mark's `before` and `after`. */
function withPunctuationGlued(segments: Segment[]): Segment[] {
	const glued: Segment[] = [];
	for (let index = 0; index < segments.length; index++) {
		const segment = segments[index];
		if (!segment.mark) {
			glued.push(segment);
			continue;
		}
		const marked = { ...segment };
		const previous = glued.at(-1);
		const head = previous && !previous.mark && openingPunctuation.exec(previous.text)?.[0];
		if (previous && head) {
			const cut = previous.text.length - head.length;
			marked.before = pieceOf(previous, cut);
			if (cut > 0) glued[glued.length - 1] = pieceOf(previous, 0, cut);
			else glued.pop();
		}
		glued.push(marked);
		const next = segments[index + 1];
		const tail = next && !next.mark && closingPunctuation.exec(next.text)?.[0];
		if (next && tail) {
			marked.after = pieceOf(next, 0, tail.length);
			if (tail.length < next.text.length) segments[index + 1] = pieceOf(next, tail.length);
			else index++;
		}
	}
	return glued;
}
