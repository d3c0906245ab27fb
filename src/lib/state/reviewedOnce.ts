import type { Extraction } from '$lib/extract';
import { applyEdits, type ReviewedExtraction, type ReviewEdit } from '$lib/review/edits';

/** Each extraction as reviewed, kept until its edits change: one upsert no longer re-reviews every article. */
const reviewed = new WeakMap<
	Extraction,
	{ edits: readonly ReviewEdit[]; result: ReviewedExtraction }
>();

/** The extraction with the reviewer's edits applied, computed once per extraction and edit list. */
export function reviewedOnce(
	extraction: Extraction,
	edits: readonly ReviewEdit[]
): ReviewedExtraction {
	const kept = reviewed.get(extraction);
	if (kept?.edits === edits) return kept.result;
	const result = applyEdits(extraction, edits);
	reviewed.set(extraction, { edits, result });
	return result;
}
