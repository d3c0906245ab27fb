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

/** Two edits are the same edit when every field is: time stamp, type, target and value. */
const editKey = (edit: ReviewEdit) => JSON.stringify(edit);

/** Whether `ours` holds an edit that `theirs` does not. */
export function hasEditsBeyond(
	ours: readonly ReviewEdit[],
	theirs: readonly ReviewEdit[]
): boolean {
	const theirKeys = new Set(theirs.map(editKey));
	return ours.some((edit) => !theirKeys.has(editKey(edit)));
}

/**
 * Merges the edits another tab stored for an article into this tab's: `base` is what this tab
 * last read or wrote, `ours` its history now, `theirs` what is stored now. An edit either side
 * made is kept; an edit either side withdrew (by undo) since `base` stays withdrawn. The result
 * is in time-stamp order (ours first on a tie), because later edits of a target win; it is
 * `ours` itself when the other tab brought nothing new.
 */
export function mergeEditHistories(
	base: readonly ReviewEdit[],
	ours: EditHistory,
	theirs: readonly ReviewEdit[]
): EditHistory {
	const baseKeys = new Set(base.map(editKey));
	const theirKeys = new Set(theirs.map(editKey));
	const ourKeys = new Set(ours.edits.map(editKey));
	const kept = ours.edits.filter((edit) => {
		const key = editKey(edit);
		return theirKeys.has(key) || !baseKeys.has(key);
	});
	const added = theirs.filter((edit) => {
		const key = editKey(edit);
		return !baseKeys.has(key) && !ourKeys.has(key);
	});
	if (!added.length && kept.length === ours.edits.length) return ours;
	const edits = [...kept, ...added].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
	const mergedKeys = new Set(edits.map(editKey));
	return { edits, undone: ours.undone.filter((edit) => !mergedKeys.has(editKey(edit))) };
}
