import { describe, expect, it } from 'vitest';
import { fixtureSlide } from '../../../tests/unit/slides-fixture';
import { mergeDecks } from './deckMerge';
import { parseDeckRecord, parsePortableDeck, serializeDeck } from './deckRecord';
import type { Slide } from './slide';
import type { SlideAnnotation } from './slideAnnotations';

const arrow: SlideAnnotation = {
	kind: 'arrow',
	points: [
		[100, 200],
		[300, 250]
	],
	text: ''
};
const label: SlideAnnotation = { kind: 'label', points: [[400, 300]], text: 'Machulishchy' };
const annotated = (id: string, annotations: SlideAnnotation[]): Slide => ({
	...fixtureSlide(id),
	annotations
});

describe('annotations kept with their slide', () => {
	it('are stored with the deck and read back, in a project file too', () => {
		const record = serializeDeck([annotated('s1', [arrow, label])]);
		const stored = JSON.parse(JSON.stringify(record));
		expect(parseDeckRecord(stored).slides[0].annotations).toEqual([arrow, label]);
		const portable = parsePortableDeck({ record: stored, images: { 'image-s1': 'iVBORw0=' } });
		expect(portable.problems).toEqual([]);
		expect(portable.slides[0].slide.annotations).toEqual([arrow, label]);
	});

	it('are none on a slide saved before annotations existed', () => {
		const older: Partial<Slide> = fixtureSlide('old');
		delete older.annotations;
		const parsed = parseDeckRecord({ version: 1, slides: [older] });
		expect(parsed.problems).toEqual([]);
		expect(parsed.slides[0].annotations).toEqual([]);
	});

	it('make a slide unreadable when malformed, leaving the others', () => {
		const broken = { ...fixtureSlide('bad'), annotations: [{ kind: 'arrow', points: [[1, 2]] }] };
		const parsed = parseDeckRecord({ version: 1, slides: [broken, fixtureSlide('good')] });
		expect(parsed.slides.map((slide) => slide.id)).toEqual(['good']);
		expect(parsed.problems).toEqual(['1 saved slide(s) could not be read']);
	});

	it('merge across tabs as the rest of a slide does: a change in the other tab wins over none', () => {
		const base = [fixtureSlide('s1')];
		const theirs = [annotated('s1', [label])];
		expect(mergeDecks(base, base, theirs)[0].annotations).toEqual([label]);
		const mine = [annotated('s1', [arrow])];
		expect(mergeDecks(base, mine, theirs)[0].annotations).toEqual([arrow]);
	});
});
