import type { LocalWork, OpeningConflicts } from '$lib/io/openingConflicts';
import type { Project } from '$lib/io/projectFile';
import type { OpeningChoice, ProjectOpening } from '$lib/io/projectOpening';
import type { ExplorerState } from './explorer.svelte';
import type { Workspace } from './workspace.svelte';

/** A project file waiting for the user to say what to do with what it holds that differs here. */
export interface AskedOpening {
	project: Project;
	fileName: string;
	conflicts: OpeningConflicts;
}

export interface ProjectOpenerParts {
	explorer: ExplorerState;
	workspace: Workspace;
	/** Articles the app always has (the bundled samples). */
	alwaysAvailableArticleIds: readonly string[];
	/** The time stamp of articles opened now. */
	now: () => string;
	/** Told once a file's work is in, to add its slides and restore its view. */
	onOpened: (project: Project, opening: ProjectOpening) => void;
}

/** The code that compares and plans an opening, fetched with the first file opened. */
const openingPlanner = () =>
	Promise.all([import('$lib/io/openingConflicts'), import('$lib/io/projectOpening')]);

/**
 * Opens project files into the workspace. A file whose articles or layers differ from the local
 * ones of the same ids waits for the user's choice (replace, keep both or merge) or cancel; one
 * that does not opens at once. Either way the opening is one step that the workspace can undo.
 */
export class ProjectOpener {
	#asking = $state.raw<AskedOpening | null>(null);
	#parts: ProjectOpenerParts;

	constructor(parts: ProjectOpenerParts) {
		this.#parts = parts;
	}

	/** The file waiting for the user's choice, with what of it differs here; null when none is. */
	get asking(): AskedOpening | null {
		return this.#asking;
	}

	/** The work here, as planProjectOpening sees it. */
	#localWork(): LocalWork {
		const { explorer, workspace } = this.#parts;
		const titles = Object.fromEntries(
			explorer.articles.flatMap((article) =>
				article.status === 'ready' ? [[article.id, article.extraction.doc.meta.title]] : []
			)
		);
		return {
			articles: [...workspace.userArticles.values()].map((article) => article.input),
			alwaysAvailable: this.#parts.alwaysAvailableArticleIds,
			layers: explorer.importedLayers,
			edits: explorer.edits,
			titles
		};
	}

	/**
	 * Opens a project file, or, when it differs here under the same ids, asks first. Rejects,
	 * changing nothing, when the code that plans the opening cannot be fetched.
	 */
	async open(project: Project, fileName: string) {
		const [{ openingConflicts }] = await openingPlanner();
		const conflicts = openingConflicts(project, this.#localWork());
		if (conflicts.articles.length || conflicts.layers.length)
			this.#asking = { project, fileName, conflicts };
		else await this.#open(project, fileName, 'keep-both');
	}

	/** Opens the file that was asked about as `choice` says; with null (cancel), changes nothing. */
	async choose(choice: OpeningChoice | null) {
		const asked = this.#asking;
		this.#asking = null;
		if (asked && choice) await this.#open(asked.project, asked.fileName, choice);
	}

	async #open(project: Project, fileName: string, choice: OpeningChoice) {
		const [, { prepareOpening, planProjectOpening, reversalOf }] = await openingPlanner();
		// Before planning: the plan and its change are made in one task, on the work as it is.
		const mergedBefore = await prepareOpening(project, this.#localWork(), choice);
		const local = this.#localWork();
		const opening = planProjectOpening(project, local, choice, mergedBefore);
		this.#parts.workspace.changeUndoably(
			opening,
			reversalOf(opening, local),
			`Opened “${fileName}”.`,
			this.#parts.now()
		);
		this.#parts.onOpened(project, opening);
	}
}
