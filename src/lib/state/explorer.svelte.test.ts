import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, type Extraction } from '$lib/extract';
import { gazetteer } from '../../../tests/unit/extract-fixture';
import { importGeoJson } from '$lib/io/importGeoJson';
import { packEvents } from '$lib/io/packedEvents';
import { ExplorerState, type MapTarget } from './explorer.svelte';
import { boundsOf, type PlaceBounds } from './mapCommands';

const fixture = 'tests/fixtures/articles/baltic-security-2024';
let extraction: Extraction | undefined;
function balticArticle(): Extraction {
	extraction ??= extractArticle(
		{
			id: 'baltic',
			text: fs.readFileSync(`${fixture}.txt`, 'utf8'),
			meta: { published: '2024-06-14' }
		},
		gazetteer()
	);
	return extraction;
}

/** An explorer showing the fixture article, and the flights it asked the map for. */
function explorerWithArticle() {
	const flights: MapTarget[] = [];
	const explorer = new ExplorerState({
		flyTo: (target) => flights.push(target),
		fitBounds: () => {}
	});
	explorer.upsertArticles([{ id: 'baltic', status: 'ready', extraction: balticArticle() }]);
	explorer.showArticles(['baltic']);
	return { explorer, flights };
}

describe('ExplorerState', () => {
	it('derives the events of shown, ready articles only, earliest first', () => {
		const { explorer } = explorerWithArticle();
		expect(explorer.events.length).toBeGreaterThan(2);
		const starts = explorer.events.map((event) => event.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		explorer.toggleArticle('baltic');
		expect(explorer.events).toEqual([]);
		explorer.upsertArticles([{ id: 'later', status: 'loading', progress: 0.5 }]);
		explorer.showArticles(['baltic', 'later']);
		expect(explorer.readyArticles.map((article) => article.doc.id)).toEqual(['baltic']);
	});

	it('shows an added article on the map once read, with all time if the window misses it', () => {
		const fitted: PlaceBounds[] = [];
		const explorer = new ExplorerState({
			flyTo: () => {},
			fitBounds: (bounds) => fitted.push(bounds)
		});
		explorer.upsertArticles([{ id: 'baltic', status: 'ready', extraction: balticArticle() }]);
		explorer.showArticles(['baltic']);
		const located = explorer.events.filter((event) => event.located);
		// A day of the article's span on which none of its located events falls.
		const { start, end } = explorer.timeBounds!;
		let day = start;
		while (located.some((event) => event.start <= day && day <= event.end)) day++;
		expect(day).toBeLessThan(end);
		explorer.setWindow({ start: day, end: day });
		expect(explorer.window).not.toBeNull();
		explorer.revealArticle('baltic');
		explorer.articleRevealed(explorer.articleToReveal!);
		expect(fitted).toEqual([boundsOf(located)]);
		expect(fitted[0].west).toBe(Math.min(...located.map((event) => event.lon)));
		expect(explorer.window).toBeNull();
	});

	it('shows the events an article was prepared with, its edits applied', () => {
		const explorer = new ExplorerState({ flyTo: () => {}, fitBounds: () => {} });
		// Copies: the events are kept per extraction object, and other tests showed the shared one.
		const extraction = structuredClone(balticArticle());
		explorer.upsertArticles([{ id: 'baltic', status: 'ready', extraction }]);
		explorer.showArticles(['baltic']);
		explorer.reviewEvent('baltic', 0, { type: 'notEvent' });
		const readAgain = structuredClone(extraction);
		const prepared = explorer.prepareArticle('baltic', readAgain);
		explorer.upsertArticles([{ id: 'baltic', status: 'ready', extraction: readAgain }]);
		expect(explorer.events.length).toBeGreaterThan(2);
		expect(explorer.events.every((event) => prepared.includes(event))).toBe(true);
		expect(explorer.events.some((event) => event.index === 0)).toBe(false);
	});

	it('reads a window stretched over all time as all time', () => {
		const { explorer } = explorerWithArticle();
		const { start, end } = explorer.timeBounds!;
		explorer.setWindow({ start: start + 1, end });
		expect(explorer.window).toEqual({ start: start + 1, end });
		explorer.setWindow({ start: start - 5, end: end + 5 });
		expect(explorer.window).toBeNull();
	});

	it('selecting an event outside the window moves the window onto it and flies the map there', () => {
		const { explorer, flights } = explorerWithArticle();
		const [first, ...rest] = explorer.events.filter((event) => event.located);
		const last = rest.at(-1)!;
		explorer.setWindow({ start: last.start, end: last.start + 10 });
		explorer.selectEvent(first.key);
		expect(explorer.selectedKey).toBe(first.key);
		expect(explorer.effectiveWindow!.start).toBeLessThanOrEqual(first.start);
		expect(explorer.effectiveWindow!.end).toBeGreaterThanOrEqual(first.start);
		expect(flights.at(-1)).toMatchObject({ lon: first.lon, lat: first.lat });
		explorer.selectEvent(null);
		expect(explorer.selectedKey).toBeNull();
	});

	it('restores a link: unknown articles ignored, a missing event reported, the window clamped', () => {
		const { explorer } = explorerWithArticle();
		const event = explorer.events[0];
		expect(explorer.restoreSelection({ articleIds: ['gone', 'baltic'], eventKey: event.key })).toBe(
			true
		);
		expect(explorer.shownArticleIds).toEqual(['baltic']);
		expect(explorer.selectedKey).toBe(event.key);
		const bounds = explorer.timeBounds!;
		expect(
			explorer.restoreSelection({
				window: { start: bounds.start - 1000, end: bounds.start + 5 },
				eventKey: 'baltic:9999'
			})
		).toBe(false);
		expect(explorer.selectedKey).toBeNull();
		expect(explorer.window!.start).toBe(bounds.start);
	});

	it('records, undoes and redoes a review decision, and replaces the histories as stored', () => {
		const { explorer } = explorerWithArticle();
		const placed = explorer.readyArticle('baltic')!.toponyms.findIndex((toponym) => toponym.name);
		const before = explorer.toponymOf('baltic', placed)!;
		explorer.reviewPlace('baltic', placed, { type: 'notPlace' });
		expect(explorer.edits.baltic.edits).toHaveLength(1);
		expect(explorer.toponymOf('baltic', placed)).not.toEqual(before);
		explorer.undoEdit('baltic');
		expect(explorer.toponymOf('baltic', placed)).toEqual(before);
		explorer.redoEdit('baltic');
		expect(explorer.toponymOf('baltic', placed)).not.toEqual(before);
		explorer.replaceEdits({});
		expect(explorer.toponymOf('baltic', placed)).toEqual(before);
	});

	it('Escape leaves placing a mention before it leaves the selected event', () => {
		const { explorer } = explorerWithArticle();
		explorer.selectEvent(explorer.events[0].key);
		explorer.movePlace({ docId: 'baltic', toponymIndex: 0 });
		expect(explorer.placeBeingMoved?.toponym).toBe(explorer.toponymOf('baltic', 0));
		explorer.escape();
		expect(explorer.placeBeingMoved).toBeNull();
		expect(explorer.selectedKey).toBe(explorer.events[0].key);
		explorer.escape();
		expect(explorer.selectedKey).toBeNull();
	});

	it('removing an article forgets it and the selection of its events', () => {
		const { explorer } = explorerWithArticle();
		explorer.selectEvent(explorer.events[0].key);
		explorer.removeArticle('baltic');
		expect(explorer.articles).toEqual([]);
		expect(explorer.shownArticleIds).toEqual([]);
		expect(explorer.selectedKey).toBeNull();
	});

	it('shows only the events that pass the filters, letting go of a selection that does not', () => {
		const { explorer } = explorerWithArticle();
		const all = explorer.events;
		const kind = all[0].kind;
		explorer.selectEvent(all[0].key);
		explorer.filterEvents({ kinds: [kind] });
		expect(explorer.events.length).toBeGreaterThan(0);
		expect(explorer.events.every((event) => event.kind === kind)).toBe(true);
		expect(explorer.selectedKey).toBe(all[0].key);
		explorer.filterEvents({ kinds: [] });
		expect(explorer.events).toEqual([]);
		expect(explorer.mapEvents).toEqual([]);
		expect(explorer.selectedKey).toBeNull();
		explorer.reviewEvent('baltic', all[0].index, { type: 'accept' });
		explorer.filterEvents({ reviewStatuses: ['accepted'] });
		expect(explorer.events.map((event) => event.key)).toEqual([all[0].key]);
		expect(explorer.restoreSelection({ eventKey: all[1].key })).toBe(true);
		expect(explorer.filters).toEqual({});
		expect(explorer.events).toHaveLength(all.length);
	});

	it('hides an imported layer from the map and the timeline, lets go of its selected row, and shows it again as a link asks', () => {
		const explorer = new ExplorerState();
		const { events } = importGeoJson(fs.readFileSync('tests/fixtures/io/events.geojson', 'utf8'));
		explorer.addLayer({
			id: 'l1',
			name: 'events.geojson',
			format: 'geojson',
			events: packEvents(events)
		});
		explorer.selectEvent('l1:0');
		expect(explorer.mapEvents).toHaveLength(events.length);

		explorer.toggleLayer('l1');
		expect(explorer.mapEvents).toEqual([]);
		expect(explorer.allEvents).toEqual([]);
		expect(explorer.hiddenLayerIds).toEqual(['l1']);
		expect(explorer.selectedKey).toBeNull();
		expect(explorer.importedEventOf('l1:0')).toBeNull();

		expect(explorer.restoreSelection({ eventKey: 'l1:1' })).toBe(true);
		expect(explorer.hiddenLayerIds).toEqual([]);
		expect(explorer.mapEvents).toHaveLength(events.length);
		expect(explorer.selectedKey).toBe('l1:1');
		expect(explorer.restoreSelection({ eventKey: 'l1:1', hiddenLayerIds: ['l1'] })).toBe(false);
		expect(explorer.selectedKey).toBeNull();
	});

	it('shows an imported layer’s rows on the map, hidden or outside the window before', () => {
		const fitted: PlaceBounds[] = [];
		const explorer = new ExplorerState({
			flyTo: () => {},
			fitBounds: (bounds) => fitted.push(bounds)
		});
		const { events } = importGeoJson(fs.readFileSync('tests/fixtures/io/events.geojson', 'utf8'));
		const packed = packEvents(events);
		explorer.addLayer({ id: 'l1', name: 'events.geojson', format: 'geojson', events: packed });
		explorer.toggleLayer('l1');
		explorer.upsertArticles([{ id: 'baltic', status: 'ready', extraction: balticArticle() }]);
		explorer.showArticles(['baltic']);
		const lastRow = Math.max(...packed.end);
		const articleEnd = explorer.timeBounds!.end;
		expect(lastRow).toBeLessThan(articleEnd - 10);
		explorer.setWindow({ start: articleEnd - 10, end: articleEnd });
		expect(explorer.window).not.toBeNull();

		explorer.revealLayer('l1');
		expect(explorer.hiddenLayerIds).toEqual([]);
		expect(explorer.window).toBeNull();
		expect(fitted).toEqual([boundsOf(events)]);
	});
});

describe('boundsOf', () => {
	it('is the box around places, in one pass over many', () => {
		expect(boundsOf([])).toBeNull();
		expect(
			boundsOf([
				{ lon: 24, lat: 54 },
				{ lon: 30, lat: 51 },
				{ lon: 27, lat: 56 }
			])
		).toEqual({
			west: 24,
			south: 51,
			east: 30,
			north: 56
		});
		// Spread into Math.min, 300,000 values overflow the call stack.
		const many = Array.from({ length: 300_000 }, (_, n) => ({
			lon: n / 10_000,
			lat: -1 - n / 10_000
		}));
		expect(boundsOf(many)).toEqual({ west: 0, south: -30.9999, east: 29.9999, north: -1 });
	});
});
