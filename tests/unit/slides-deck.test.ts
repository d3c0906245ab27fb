import { describe, expect, it } from 'vitest';
import {
	applyDeckEdit,
	deckHistoryOf,
	emptyDeckHistory,
	lastEditLabel,
	maxUndoSteps,
	referencedImageIds,
	undoDeckEdit,
	type DeckHistory
} from '$lib/slides/deckHistory';
import { base64FromBytes, bytesFromBase64 } from '$lib/slides/base64';
import { parsePortableDeck, serializeDeck } from '$lib/slides/deckRecord';
import { fixtureSlide } from './slides-fixture';

const threeSlides = deckHistoryOf([fixtureSlide('a'), fixtureSlide('b'), fixtureSlide('c')]);
const ids = (history: DeckHistory) => history.slides.map((slide) => slide.id);

describe('deck edits', () => {
	it('adds a slide at the end', () => {
		const history = applyDeckEdit(emptyDeckHistory, { type: 'add', slide: fixtureSlide('a') });
		expect(ids(history)).toEqual(['a']);
		expect(lastEditLabel(history)).toBe('Added “Slide a”');
	});

	it('appends slides from a project file as one undo step', () => {
		const history = applyDeckEdit(threeSlides, {
			type: 'append',
			slides: [fixtureSlide('x'), fixtureSlide('y')],
			from: 'the project file'
		});
		expect(ids(history)).toEqual(['a', 'b', 'c', 'x', 'y']);
		expect(lastEditLabel(history)).toBe('Added 2 slides from the project file');
		expect(ids(undoDeckEdit(history))).toEqual(['a', 'b', 'c']);
	});

	it('moves a slide to an index, clamped to the deck', () => {
		expect(ids(applyDeckEdit(threeSlides, { type: 'move', id: 'a', toIndex: 2 }))).toEqual([
			'b',
			'c',
			'a'
		]);
		expect(ids(applyDeckEdit(threeSlides, { type: 'move', id: 'c', toIndex: -4 }))).toEqual([
			'c',
			'a',
			'b'
		]);
	});

	it('retitles, captions and annotates one slide without touching the others', () => {
		let history = applyDeckEdit(threeSlides, { type: 'retitle', id: 'b', title: 'Border' });
		history = applyDeckEdit(history, { type: 'caption', id: 'b', caption: 'A quote' });
		history = applyDeckEdit(history, { type: 'notes', id: 'b', notes: 'Say this' });
		expect(history.slides[1]).toMatchObject({
			title: 'Border',
			caption: 'A quote',
			notes: 'Say this'
		});
		expect(history.slides[0]).toBe(threeSlides.slides[0]);
	});

	it('duplicates a slide right after itself, sharing its image', () => {
		const history = applyDeckEdit(threeSlides, { type: 'duplicate', id: 'a', newId: 'a2' });
		expect(ids(history)).toEqual(['a', 'a2', 'b', 'c']);
		expect(history.slides[1].image).toEqual(history.slides[0].image);
	});

	it('deletes a slide and undo brings it back in its place', () => {
		const deleted = applyDeckEdit(threeSlides, { type: 'delete', id: 'b' });
		expect(ids(deleted)).toEqual(['a', 'c']);
		expect(lastEditLabel(deleted)).toBe('Deleted “Slide b”');
		expect(ids(undoDeckEdit(deleted))).toEqual(['a', 'b', 'c']);
	});

	it('never mutates the history it is given', () => {
		const before = structuredClone(threeSlides);
		applyDeckEdit(threeSlides, { type: 'move', id: 'a', toIndex: 1 });
		applyDeckEdit(threeSlides, { type: 'retitle', id: 'a', title: 'x' });
		expect(threeSlides).toEqual(before);
	});

	it('throws a clear message for a slide the deck does not hold', () => {
		expect(() => applyDeckEdit(threeSlides, { type: 'delete', id: 'zz' })).toThrow(
			'There is no slide “zz” in the deck.'
		);
	});
});

describe('undo', () => {
	it('makes typing into one field one undo step', () => {
		let history = threeSlides;
		for (const title of ['B', 'Bo', 'Bor', 'Border']) {
			history = applyDeckEdit(history, { type: 'retitle', id: 'b', title });
		}
		expect(history.undoStack).toHaveLength(1);
		expect(undoDeckEdit(history).slides[1].title).toBe('Slide b');
	});

	it('keeps separate steps for different fields or slides', () => {
		let history = applyDeckEdit(threeSlides, { type: 'retitle', id: 'b', title: 'x' });
		history = applyDeckEdit(history, { type: 'notes', id: 'b', notes: 'y' });
		history = applyDeckEdit(history, { type: 'retitle', id: 'b', title: 'z' });
		expect(history.undoStack).toHaveLength(3);
	});

	it('undoes edits newest first and is a no-op with nothing left', () => {
		let history = applyDeckEdit(threeSlides, { type: 'delete', id: 'a' });
		history = applyDeckEdit(history, { type: 'move', id: 'c', toIndex: 0 });
		history = undoDeckEdit(history);
		expect(ids(history)).toEqual(['b', 'c']);
		history = undoDeckEdit(history);
		expect(ids(history)).toEqual(['a', 'b', 'c']);
		expect(undoDeckEdit(history)).toBe(history);
	});

	it(`keeps at most ${maxUndoSteps} steps`, () => {
		let history = threeSlides;
		for (let i = 0; i < maxUndoSteps + 10; i++) {
			history = applyDeckEdit(history, { type: 'move', id: 'a', toIndex: i % 3 });
		}
		expect(history.undoStack).toHaveLength(maxUndoSteps);
	});

	it('keeps the images of deleted slides while an undo can restore them', () => {
		const history = applyDeckEdit(threeSlides, { type: 'delete', id: 'a' });
		expect([...referencedImageIds(history)].sort()).toEqual(['image-a', 'image-b', 'image-c']);
		expect([...referencedImageIds(deckHistoryOf(history.slides))].sort()).toEqual([
			'image-b',
			'image-c'
		]);
	});
});

describe('portable decks', () => {
	it('round-trips slides with their pictures and leaves out a slide without one', () => {
		const slides = [fixtureSlide('a'), fixtureSlide('b')];
		const png = new Uint8Array([137, 80, 78, 71, 0, 255, 1]);
		const portable = {
			record: serializeDeck(slides),
			images: { [slides[0].image.id]: base64FromBytes(png) }
		};
		const read = parsePortableDeck(JSON.parse(JSON.stringify(portable)));
		expect(read.slides.map(({ slide }) => slide)).toEqual([slides[0]]);
		expect(bytesFromBase64(read.slides[0].pngBase64)).toEqual(png);
		expect(read.problems).toEqual(['1 slide(s) had no picture']);
	});

	it('says so when the value is not a deck', () => {
		for (const value of [null, 'slides', { record: serializeDeck([]) }, []]) {
			expect(parsePortableDeck(value).problems).toEqual([
				'the slides are not in a form geobrief can read'
			]);
		}
	});
});
