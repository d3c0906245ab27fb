import type { ReviewEdit } from '$lib/review/edits';
import type { Project } from './projectFile';

/**
 * Keeps only the review edits whose article the project holds or the app always has (the
 * bundled sample articles); `leftOut` names the articles whose edits were dropped. Used when a
 * project file is written, so that it always opens again, and when one is opened.
 */
export function withoutDanglingEdits(
	project: Project,
	alwaysAvailable: readonly string[]
): { project: Project; leftOut: string[] } {
	const held = new Set([...project.articles.map((article) => article.id), ...alwaysAvailable]);
	const edits: Record<string, ReviewEdit[]> = {};
	const leftOut: string[] = [];
	for (const [id, list] of Object.entries(project.edits)) {
		if (held.has(id)) edits[id] = list;
		else if (list.length) leftOut.push(id);
	}
	return { project: { ...project, edits }, leftOut };
}
