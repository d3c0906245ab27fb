import type { Slide } from './slide';

/** An edit of the deck. Every edit can be undone. */
export type DeckEdit =
	| { type: 'add'; slide: Slide }
	/** Slides from elsewhere (a project file), added at the end as one step; `from` names it. */
	| { type: 'append'; slides: Slide[]; from: string }
	| { type: 'move'; id: string; toIndex: number }
	| { type: 'retitle'; id: string; title: string }
	| { type: 'caption'; id: string; caption: string }
	| { type: 'notes'; id: string; notes: string }
	| { type: 'duplicate'; id: string; newId: string }
	| { type: 'delete'; id: string };

interface UndoEntry {
	/** What undoing restores, in words: “Deleted “Minsk, 2022””. */
	label: string;
	slides: readonly Slide[];
	/** Text edits of one field of one slide share a key, so typing a word is one undo step. */
	coalesceKey: string | null;
}

/** The slides in order and how they were before each edit, newest last. */
export interface DeckHistory {
	slides: readonly Slide[];
	undoStack: readonly UndoEntry[];
}

/** Undo steps kept; older ones are dropped. */
export const maxUndoSteps = 50;

export const emptyDeckHistory: DeckHistory = { slides: [], undoStack: [] };

export function deckHistoryOf(slides: readonly Slide[]): DeckHistory {
	return { slides, undoStack: [] };
}

function indexOfSlide(slides: readonly Slide[], id: string): number {
	const index = slides.findIndex((slide) => slide.id === id);
	if (index === -1) throw new Error(`There is no slide “${id}” in the deck.`);
	return index;
}

function replaceSlide(slides: readonly Slide[], id: string, change: Partial<Slide>): Slide[] {
	const index = indexOfSlide(slides, id);
	return slides.map((slide, at) => (at === index ? { ...slide, ...change } : slide));
}

function slidesAfter(slides: readonly Slide[], edit: DeckEdit): Slide[] {
	switch (edit.type) {
		case 'add':
			return [...slides, edit.slide];
		case 'append':
			return [...slides, ...edit.slides];
		case 'move': {
			const from = indexOfSlide(slides, edit.id);
			const to = Math.max(0, Math.min(slides.length - 1, edit.toIndex));
			const moved = slides.filter((_, at) => at !== from);
			moved.splice(to, 0, slides[from]);
			return moved;
		}
		case 'retitle':
			return replaceSlide(slides, edit.id, { title: edit.title });
		case 'caption':
			return replaceSlide(slides, edit.id, { caption: edit.caption });
		case 'notes':
			return replaceSlide(slides, edit.id, { notes: edit.notes });
		case 'duplicate': {
			const index = indexOfSlide(slides, edit.id);
			const copy = { ...slides[index], id: edit.newId };
			return [...slides.slice(0, index + 1), copy, ...slides.slice(index + 1)];
		}
		case 'delete': {
			indexOfSlide(slides, edit.id);
			return slides.filter((slide) => slide.id !== edit.id);
		}
	}
}

function quoted(slides: readonly Slide[], id: string): string {
	return `“${slides[indexOfSlide(slides, id)].title || 'Untitled'}”`;
}

/** The undo label of an edit, in words, for a toast: “Deleted “Minsk, 2022””. */
function labelOf(slides: readonly Slide[], edit: DeckEdit): string {
	switch (edit.type) {
		case 'add':
			return `Added “${edit.slide.title || 'Untitled'}”`;
		case 'append':
			return `Added ${edit.slides.length === 1 ? 'a slide' : `${edit.slides.length} slides`} from ${edit.from}`;
		case 'move':
			return `Moved ${quoted(slides, edit.id)}`;
		case 'retitle':
			return `Retitled ${quoted(slides, edit.id)}`;
		case 'caption':
			return `Edited the caption of ${quoted(slides, edit.id)}`;
		case 'notes':
			return `Edited the notes of ${quoted(slides, edit.id)}`;
		case 'duplicate':
			return `Duplicated ${quoted(slides, edit.id)}`;
		case 'delete':
			return `Deleted ${quoted(slides, edit.id)}`;
	}
}

function coalesceKeyOf(edit: DeckEdit): string | null {
	return edit.type === 'retitle' || edit.type === 'caption' || edit.type === 'notes'
		? `${edit.type}:${edit.id}`
		: null;
}

/**
 * Applies an edit and records how to undo it. Consecutive text edits of the same field of the
 * same slide make one undo step. Throws when the edit names a slide the deck does not hold.
 *
 * @example applyDeckEdit(history, { type: 'delete', id: 'slide-2' })
 */
export function applyDeckEdit(history: DeckHistory, edit: DeckEdit): DeckHistory {
	const slides = slidesAfter(history.slides, edit);
	const coalesceKey = coalesceKeyOf(edit);
	const last = history.undoStack.at(-1);
	if (coalesceKey && last?.coalesceKey === coalesceKey) return { ...history, slides };
	const entry: UndoEntry = {
		label: labelOf(history.slides, edit),
		slides: history.slides,
		coalesceKey
	};
	return { slides, undoStack: [...history.undoStack, entry].slice(-maxUndoSteps) };
}

/** The label of the edit `undoDeckEdit` would undo, or null when there is none. */
export function lastEditLabel(history: DeckHistory): string | null {
	return history.undoStack.at(-1)?.label ?? null;
}

/** Restores the slides as they were before the last edit; a no-op when nothing can be undone. */
export function undoDeckEdit(history: DeckHistory): DeckHistory {
	const last = history.undoStack.at(-1);
	if (!last) return history;
	return { slides: last.slides, undoStack: history.undoStack.slice(0, -1) };
}

/** Ids of every image the deck or its undo steps still refer to; other images can be freed. */
export function referencedImageIds(history: DeckHistory): Set<string> {
	const ids = new Set(history.slides.map((slide) => slide.image.id));
	for (const entry of history.undoStack) for (const slide of entry.slides) ids.add(slide.image.id);
	return ids;
}
