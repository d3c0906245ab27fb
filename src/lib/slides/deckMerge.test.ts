import { describe, expect, it } from 'vitest';
import { mergeDecks } from './deckMerge';
import type { Slide } from './slide';

const slide = (id: string, title = id) => ({ id, title }) as Slide;
const ids = (slides: readonly Slide[]) => slides.map((one) => one.id);
const titles = (slides: readonly Slide[]) => slides.map((one) => one.title);

describe('mergeDecks', () => {
	const base = [slide('a'), slide('b'), slide('c')];

	it('keeps slides captured in either tab: this tab’s order, then the other tab’s additions', () => {
		const merged = mergeDecks(base, [...base, slide('mine')], [...base, slide('theirs')]);
		expect(ids(merged)).toEqual(['a', 'b', 'c', 'mine', 'theirs']);
	});

	it('a slide deleted in either tab stays deleted', () => {
		expect(ids(mergeDecks(base, [base[0], base[2]], base))).toEqual(['a', 'c']);
		expect(ids(mergeDecks(base, base, [base[0], base[1]]))).toEqual(['a', 'b']);
	});

	it('takes the side that changed a slide, this tab’s when both did', () => {
		const theirs = [slide('a', 'their a'), slide('b', 'their b'), base[2]];
		const mine = [base[0], slide('b', 'my b'), base[2]];
		expect(titles(mergeDecks(base, mine, theirs))).toEqual(['their a', 'my b', 'c']);
	});

	it('a slide edited in one tab and deleted in the other is kept with the edit', () => {
		expect(titles(mergeDecks(base, [slide('a', 'edited'), base[1]], [base[1], base[2]]))).toEqual([
			'edited',
			'b'
		]);
		expect(titles(mergeDecks(base, [base[1], base[2]], [slide('a', 'edited'), base[1]]))).toEqual([
			'b',
			'edited'
		]);
	});

	it('with nothing stored elsewhere since, returns this tab’s deck unchanged', () => {
		const mine = [base[2], slide('a', 'retitled'), slide('new')];
		expect(mergeDecks(base, mine, base)).toEqual(mine);
	});
});
