import type { Mark } from './segments';
import { firstAtLeast } from '$lib/extract/firstAtLeast';

/** A paragraph, or a part of one too long to be laid out at once. */
export interface TextPiece {
	start: number;
	end: number;
	/** Continues the paragraph of the piece before it. */
	continued: boolean;
}

/** Consecutive pieces the reading pane puts in, or leaves out, together as the reader scrolls. */
export interface TextPage {
	start: number;
	end: number;
	pieces: TextPiece[];
}

/**
 * Characters on a page. A page of 20,000 took 60-90 ms of the page's thread to put in (its
 * marks are buttons), each time the reader scrolled to one.
 */
export const pageChars = 5_000;

/** An article up to this long is always all there, for the browser's find: the samples (14k) are. */
export const wholeArticleChars = 20_000;

/** JavaScript's `\s` at `text[i]` (false past the ends), ASCII by its code: it is asked near every page's end. */
function isSpaceAt(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(text[i]));
}
const closers = new Set(['"', "'", '”', '’', ')', ']']);
const sentenceStops = new Set(['.', '!', '?']);

/**
 * An article's marks sorted by start (the longer first at one start), with the furthest end
 * reached so far, to find a page's marks and tell whether a cut splits one without a pass over
 * all. In typed arrays: a long article has some 50,000 marks, made when its text is first shown.
 */
export interface MarkIndex {
	starts: Int32Array;
	ends: Int32Array;
	reachedEnd: Int32Array;
	/** A place's index, or an event's index plus `placeCount`. */
	sources: Int32Array;
	placeCount: number;
}

/** The marks of the places (`start`, `end`) and of the events' dates (`dateStart`, `dateEnd`). */
export function indexMarks(
	places: readonly { start: number; end: number }[],
	dates: readonly { dateStart: number; dateEnd: number }[]
): MarkIndex {
	const count = places.length + dates.length;
	const startOf = new Int32Array(count);
	const endOf = new Int32Array(count);
	places.forEach((place, i) => {
		startOf[i] = place.start;
		endOf[i] = place.end;
	});
	dates.forEach((date, i) => {
		startOf[places.length + i] = date.dateStart;
		endOf[places.length + i] = date.dateEnd;
	});
	// Sorted as small integers, which cost the collector nothing; places and dates each come
	// mostly in order (the reviewer's additions at the end), runs that the sort merges.
	const order = Array.from({ length: count }, (_, i) => i).sort(
		(a, b) => startOf[a] - startOf[b] || endOf[b] - endOf[a]
	);
	const index: MarkIndex = {
		starts: new Int32Array(count),
		ends: new Int32Array(count),
		reachedEnd: new Int32Array(count),
		sources: Int32Array.from(order),
		placeCount: places.length
	};
	let reached = -1;
	order.forEach((source, i) => {
		index.starts[i] = startOf[source];
		index.ends[i] = endOf[source];
		index.reachedEnd[i] = reached = Math.max(reached, endOf[source]);
	});
	return index;
}

/** The marks that start between `start` and `end`, in order, found without a pass over all. */
export function marksBetween(index: MarkIndex, start: number, end: number): Mark[] {
	const marks: Mark[] = [];
	for (let i = firstAtLeast(index.starts, start); i < index.starts.length; i++) {
		if (index.starts[i] >= end) break;
		const source = index.sources[i];
		const isPlace = source < index.placeCount;
		marks.push({
			start: index.starts[i],
			end: index.ends[i],
			kind: isPlace ? 'place' : 'date',
			ref: isPlace ? source : source - index.placeCount
		});
	}
	return marks;
}

function splitsMark(index: MarkIndex, cut: number): boolean {
	const before = firstAtLeast(index.starts, cut) - 1;
	return before >= 0 && index.reachedEnd[before] > cut;
}

/**
 * The last sentence end in the text from `low` to `high` for which `usable` holds: the end of a
 * run of spaces after a stop and any closing quotes or brackets. Searched backwards from `high`.
 */
function lastSentenceEnd(
	text: string,
	low: number,
	high: number,
	usable: (cut: number) => boolean
): number | undefined {
	for (let cut = high; cut > low; cut--) {
		if (!isSpaceAt(text, cut - 1) || isSpaceAt(text, cut)) continue;
		let stop = cut - 1;
		while (stop > low && isSpaceAt(text, stop - 1)) stop--;
		stop--;
		while (stop >= low && closers.has(text[stop])) stop--;
		if (stop >= low && sentenceStops.has(text[stop]) && usable(cut)) return cut;
	}
	return undefined;
}

/**
 * Where to end a piece of a long paragraph that starts at `from`: after the last sentence end
 * within `limit` characters, else at the last space, else at the limit; never inside a mark.
 * Only the second half of the window is searched.
 */
function cutPoint(text: string, from: number, to: number, limit: number, index: MarkIndex): number {
	const half = from + limit / 2;
	const end = from + limit;
	const usable = (cut: number) => cut > half && cut < to && !splitsMark(index, cut);
	const afterSentence = lastSentenceEnd(text, Math.max(from, Math.floor(half) - 16), end, usable);
	if (afterSentence !== undefined) return afterSentence;
	for (let space = text.lastIndexOf(' ', end - 1); space >= half;) {
		// The end of a run of spaces, as the cut after it.
		if (text[space + 1] !== ' ' && usable(space + 1)) return space + 1;
		space = text.lastIndexOf(' ', space - 1);
	}
	if (usable(end)) return end;
	// Every cut falls inside a mark: end the piece where the mark over the limit ends.
	const before = firstAtLeast(index.starts, end) - 1;
	return Math.min(to, Math.max(end, before >= 0 ? index.reachedEnd[before] : 0));
}

/**
 * The article's paragraphs as pages of about `pageChars` characters, a paragraph longer than a
 * page cut into pieces at sentence ends (never inside a mark), so that no page is too big to lay
 * out at once however the text is shaped (one 5 MB line, or thousands of paragraphs).
 *
 * @example textPages(text, [{ start: 0, end: 30 }], indexMarks([], []), 20) // two pages, the second `continued`
 */
export function textPages(
	text: string,
	paragraphs: { start: number; end: number }[],
	index: MarkIndex,
	charsPerPage = pageChars
): TextPage[] {
	const pages: TextPage[] = [];
	let current: TextPiece[] = [];
	let currentChars = 0;
	const closePage = () => {
		if (!current.length) return;
		pages.push({ start: current[0].start, end: current.at(-1)!.end, pieces: current });
		current = [];
		currentChars = 0;
	};
	const addPiece = (piece: TextPiece) => {
		const chars = piece.end - piece.start;
		if (currentChars + chars > charsPerPage) closePage();
		current.push(piece);
		currentChars += chars;
	};
	for (const paragraph of paragraphs) {
		let from = paragraph.start;
		while (paragraph.end - from > charsPerPage) {
			const cut = cutPoint(text, from, paragraph.end, charsPerPage, index);
			addPiece({ start: from, end: cut, continued: from > paragraph.start });
			from = cut;
		}
		if (from < paragraph.end) {
			addPiece({ start: from, end: paragraph.end, continued: from > paragraph.start });
		}
	}
	closePage();
	return pages;
}

/** Consecutive pages the reading pane makes only once the reader comes near them. */
export interface TextChapter {
	start: number;
	end: number;
	pages: TextPage[];
}

/**
 * Pages in a chapter. A 5 MB article has a thousand pages: making every page's placeholder at once
 * took 140 ms of the page's thread, where fifty chapters take a few.
 */
export const chapterPages = 20;

export function textChapters(pages: TextPage[], pagesPerChapter = chapterPages): TextChapter[] {
	const chapters: TextChapter[] = [];
	for (let first = 0; first < pages.length; first += pagesPerChapter) {
		const inChapter = pages.slice(first, first + pagesPerChapter);
		chapters.push({ start: inChapter[0].start, end: inChapter.at(-1)!.end, pages: inChapter });
	}
	return chapters;
}
