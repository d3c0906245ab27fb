import type { ReviewEdit } from './edits';

/**
 * The edits in force for one article, oldest first, and the edits undone since the last new
 * one, most recently undone last. Undo and redo move edits between the two lists; the automatic
 * result is never touched, so applyEdits(extraction, history.edits) is the reviewed state.
 */
export interface EditHistory {
	edits: readonly ReviewEdit[];
	undone: readonly ReviewEdit[];
}

export const emptyEditHistory: EditHistory = { edits: [], undone: [] };

/** A history whose edits were loaded (from a project file); nothing to redo. */
export function editHistoryOf(edits: readonly ReviewEdit[]): EditHistory {
	return { edits, undone: [] };
}

/** Adds an edit; whatever was undone can no longer be redone. */
export function recordEdit(history: EditHistory, edit: ReviewEdit): EditHistory {
	return { edits: [...history.edits, edit], undone: [] };
}

/** Withdraws the newest edit; unchanged when there is none. */
export function undoEdit(history: EditHistory): EditHistory {
	const last = history.edits[history.edits.length - 1];
	if (!last) return history;
	return { edits: history.edits.slice(0, -1), undone: [...history.undone, last] };
}

/** Restores the most recently undone edit; unchanged when there is none. */
export function redoEdit(history: EditHistory): EditHistory {
	const last = history.undone[history.undone.length - 1];
	if (!last) return history;
	return { edits: [...history.edits, last], undone: history.undone.slice(0, -1) };
}
