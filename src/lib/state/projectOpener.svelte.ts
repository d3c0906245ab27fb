import type { OpeningConflicts } from '$lib/io/openingConflicts';
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

/** The code that compares, plans and makes an opening, fetched with the first file opened. */
const openingCode = () => import('./openProject');

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

	/**
	 * Opens a project file, or, when it differs here under the same ids, asks first. Rejects,
	 * changing nothing, when the code that plans the opening cannot be fetched.
	 */
	async open(project: Project, fileName: string) {
		// Compared with the stored layers too, not only those shown yet.
		await this.#parts.workspace.layersRestored;
		const { conflictsHere, openProject } = await openingCode();
		const conflicts = conflictsHere(project, this.#parts);
		if (conflicts.articles.length || conflicts.layers.length)
			this.#asking = { project, fileName, conflicts };
		else await openProject(project, fileName, 'keep-both', this.#parts);
	}

	/** Opens the file that was asked about as `choice` says; with null (cancel), changes nothing. */
	async choose(choice: OpeningChoice | null) {
		const asked = this.#asking;
		this.#asking = null;
		if (!asked || !choice) return;
		const { openProject } = await openingCode();
		await openProject(asked.project, asked.fileName, choice, this.#parts);
	}
}
