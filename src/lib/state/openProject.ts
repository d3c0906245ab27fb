// What opening a project file does to the workspace, fetched with the first file opened
// (ProjectOpener holds only what the first view needs: whether a file waits for a choice).
import { openingConflicts, type LocalWork, type OpeningConflicts } from '$lib/io/openingConflicts';
import type { Project } from '$lib/io/projectFile';
import {
	planProjectOpening,
	prepareOpening,
	reversalOf,
	type OpeningChoice
} from '$lib/io/projectOpening';
import type { ProjectOpenerParts } from './projectOpener.svelte';

/** The work here, as planProjectOpening sees it. */
function localWork({
	explorer,
	workspace,
	alwaysAvailableArticleIds
}: ProjectOpenerParts): LocalWork {
	const titles = Object.fromEntries(
		explorer.articles.flatMap((article) =>
			article.status === 'ready' ? [[article.id, article.extraction.doc.meta.title]] : []
		)
	);
	return {
		articles: [...workspace.userArticles.values()].map((article) => article.input),
		alwaysAvailable: alwaysAvailableArticleIds,
		layers: explorer.importedLayers,
		edits: explorer.edits,
		titles
	};
}

/** What of `project` differs here under the same ids. */
export function conflictsHere(project: Project, parts: ProjectOpenerParts): OpeningConflicts {
	return openingConflicts(project, localWork(parts));
}

/** Opens `project` into the workspace as `choice` says, as one step the workspace can undo. */
export async function openProject(
	project: Project,
	fileName: string,
	choice: OpeningChoice,
	parts: ProjectOpenerParts
) {
	// Before planning: the plan and its change are made in one task, on the work as it is.
	const mergedBefore = await prepareOpening(project, localWork(parts), choice);
	const local = localWork(parts);
	const opening = planProjectOpening(project, local, choice, mergedBefore);
	const changesWork =
		opening.articles.length > 0 ||
		opening.layers.length > 0 ||
		Object.keys(opening.edits).length > 0 ||
		opening.removedArticleIds.length > 0 ||
		opening.removedLayerIds.length > 0;
	if (changesWork)
		parts.workspace.changeUndoably(
			opening,
			reversalOf(opening, local),
			`Opened “${fileName}”.`,
			parts.now()
		);
	// Its view, window and slides are still shown; there is just nothing to take back.
	else
		opening.notices.push(
			`Opened “${fileName}”: its articles, layers and review edits were all here already.`
		);
	parts.onOpened(project, opening);
}
