import { describe, expect, it } from 'vitest';
import { citedSources } from '$lib/slides/citedSources';
import { deckRecordVersion, parseDeckRecord, serializeDeck } from '$lib/slides/deckRecord';
import { overlayOfSlide } from '$lib/slides/composeSlideImage';
import { slidePermalinkState, type Slide } from '$lib/slides/slide';
import { fixtureSlide, snapshotContent } from './slides-fixture';

describe('a slide', () => {
	it('stores the app state as the versioned permalink and restores it', () => {
		const slide = fixtureSlide('a');
		expect(slide.permalink).toMatch(/^#v=1&/);
		expect(slidePermalinkState(slide)).toEqual(snapshotContent.permalinkState);
	});
});

describe('the stored deck', () => {
	it('round-trips through JSON with its format version', () => {
		const slides = [fixtureSlide('a'), { ...fixtureSlide('b'), notes: 'Mention 2020' }];
		const record = JSON.parse(JSON.stringify(serializeDeck(slides)));
		expect(record.version).toBe(deckRecordVersion);
		expect(parseDeckRecord(record)).toEqual({ slides, problems: [] });
	});

	it('reads a slide saved before the legend could move, and refuses a side it does not know', () => {
		const older: Partial<Slide> = fixtureSlide('old');
		delete older.legendSide;
		const odd = { ...fixtureSlide('odd'), legendSide: 'middle' };
		const parsed = parseDeckRecord({ version: deckRecordVersion, slides: [older, odd] });
		expect(parsed.slides.map((slide) => slide.id)).toEqual(['old']);
		expect(overlayOfSlide(parsed.slides[0]).legendSide).toBe('right');
		const left = { ...fixtureSlide('left'), legendSide: 'left' as const };
		expect(parseDeckRecord(serializeDeck([left])).slides[0].legendSide).toBe('left');
	});

	it('starts empty when nothing was saved', () => {
		expect(parseDeckRecord(undefined)).toEqual({ slides: [], problems: [] });
	});

	it('refuses a record of an unknown version and says so', () => {
		const record = { ...serializeDeck([fixtureSlide('a')]), version: 99 };
		expect(parseDeckRecord(record)).toEqual({
			slides: [],
			problems: ['the saved deck has an unknown format version (99)']
		});
	});

	it('keeps the readable slides of a partly corrupt record', () => {
		const record = serializeDeck([fixtureSlide('a'), fixtureSlide('b')]);
		const broken = { ...record, slides: [record.slides[0], { id: 'b', title: 7 }] };
		const parsed = parseDeckRecord(broken);
		expect(parsed.slides.map((slide) => slide.id)).toEqual(['a']);
		expect(parsed.problems).toEqual(['1 saved slide(s) could not be read']);
	});

	it.each([null, 'deck', { slides: 'no' }, 42])('reads %j as no deck without throwing', (json) => {
		expect(parseDeckRecord(json).slides).toEqual([]);
	});
});

describe('citedSources', () => {
	it('lists each source once, articles before data', () => {
		const other = {
			...fixtureSlide('b'),
			sources: [
				{ id: 'geonames', kind: 'data' as const, text: 'GeoNames (CC BY 4.0)' },
				{ id: 'mahda-2025', kind: 'article' as const, text: 'Mahda. Hybrid crisis. 2025.' }
			]
		};
		expect(citedSources([fixtureSlide('a'), other, fixtureSlide('c')]).map((s) => s.id)).toEqual([
			'davidzon-2021-belarus-ukraine-strained-ties',
			'mahda-2025',
			'osm',
			'geonames'
		]);
	});
});
