import { emptyEditHistory, mergeEditHistories, type EditHistory } from '$lib/review/editHistory';
import { saveMergedEdits } from '$lib/storage/workspaceStore';
import type { ExplorerState } from './explorer.svelte';

/**
 * Keeps the explorer's review edits in step with storage: saves the histories that changed since
 * they were last stored, merged with what another tab stored meanwhile, and takes in another
 * tab's stored histories.
 */
export class EditSync {
	/** The edit histories as last read from or written to storage. */
	#stored: Record<string, EditHistory> = {};
	#explorer: ExplorerState;
	#save: (write: Promise<unknown>) => void;
	#onMergedElsewhere: () => void;

	/**
	 * @param save runs a write and reports its failure
	 * @param onMergedElsewhere told when a save brought in edits another tab had stored
	 */
	constructor(
		explorer: ExplorerState,
		save: (write: Promise<unknown>) => void,
		onMergedElsewhere: () => void
	) {
		this.#explorer = explorer;
		this.#save = save;
		this.#onMergedElsewhere = onMergedElsewhere;
	}

	/** Takes the histories stored by an earlier visit; edits made before they were read are saved. */
	restore(stored: Record<string, EditHistory>) {
		this.#stored = { ...stored };
		this.#explorer.replaceEdits({ ...stored, ...this.#explorer.edits });
		this.saveChanged();
	}

	/** Stores the histories that changed since they were last stored. */
	saveChanged() {
		const explorer = this.#explorer;
		for (const [articleId, history] of Object.entries(explorer.edits)) {
			const base = this.#stored[articleId];
			if (base === history) continue;
			this.#stored[articleId] = history;
			const saved = saveMergedEdits(articleId, base?.edits ?? [], history).then((stored) => {
				if (stored === history || explorer.edits[articleId] !== history) return;
				this.#stored[articleId] = stored;
				explorer.replaceEdits({ ...explorer.edits, [articleId]: stored });
				this.#onMergedElsewhere();
			});
			this.#save(saved);
		}
	}

	/**
	 * Merges the histories another tab stored with this tab's (see mergeEditHistories); merged
	 * histories that differ from the stored ones are saved back.
	 */
	mergeStored(theirs: Record<string, EditHistory>) {
		const merged = { ...this.#explorer.edits };
		for (const [id, their] of Object.entries(theirs)) {
			const ours = merged[id] ?? emptyEditHistory;
			const base = this.#stored[id];
			merged[id] = mergeEditHistories(base?.edits ?? [], ours, their.edits);
			// With nothing unsaved here, the merge holds just the stored edits: no save back.
			// This tab keeps its own undo stack, never the other tab's.
			this.#stored[id] = ours === (base ?? emptyEditHistory) ? merged[id] : their;
		}
		this.#explorer.replaceEdits(merged);
		this.saveChanged();
	}
}
