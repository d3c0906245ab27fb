import type { Slide } from './slide';

const same = (a: Slide, b: Slide) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges the deck of this tab (`mine`) with the deck another tab stored (`theirs`), both changed
 * from `base`, the deck as this tab last read or wrote it. Per slide: a change wins over no change
 * (this tab's if both changed), an addition is kept, a deletion holds unless the other side
 * changed that slide since. Order: this tab's, then slides added elsewhere in their order.
 *
 * @example mergeDecks(lastSynced, session.slides, storedSlides)
 */
export function mergeDecks(
	base: readonly Slide[],
	mine: readonly Slide[],
	theirs: readonly Slide[]
): Slide[] {
	const baseById = new Map(base.map((slide) => [slide.id, slide]));
	const theirsById = new Map(theirs.map((slide) => [slide.id, slide]));
	const mineIds = new Set(mine.map((slide) => slide.id));
	const changedFromBase = (slide: Slide) => {
		const before = baseById.get(slide.id);
		return !before || !same(before, slide);
	};
	const kept = mine.flatMap((slide) => {
		const other = theirsById.get(slide.id);
		if (!other) return baseById.has(slide.id) && !changedFromBase(slide) ? [] : [slide];
		return [changedFromBase(slide) || !changedFromBase(other) ? slide : other];
	});
	const addedElsewhere = theirs.filter(
		(slide) => !mineIds.has(slide.id) && (!baseById.has(slide.id) || changedFromBase(slide))
	);
	return [...kept, ...addedElsewhere];
}
