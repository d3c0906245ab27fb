import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeckSession } from '$lib/slides/deckSession.svelte';
import { inputDigest } from '$lib/extract/inputDigest';
import { indexedDbDeckStore } from '$lib/storage/deckDatabase';
import { loadEdits } from '$lib/storage/workspaceStore';
import {
	balticInput,
	extractInThread,
	readInThread,
	stubIndexedDb
} from '../../../tests/unit/state-fixture';
import { ExplorerSession } from './explorerSession.svelte';
import { parsePermalink } from '$lib/permalink/permalink';

/**
 * A session over the Baltic sample, whose map never loads: the test says when it has settled.
 * The sample's extraction is made when `extracted` resolves.
 */
const sessions: ExplorerSession[] = [];
function sessionOverBaltic(
	sampleArticleIds = ['baltic'],
	{ extracted = Promise.resolve(), mapPatienceMs = 60_000, prepare = async () => {} } = {}
) {
	const session = new ExplorerSession({
		extractor: {
			prepare,
			digest: inputDigest,
			extract: readInThread,
			searchPlaces: async () => [],
			draftEvent: () => Promise.reject(new Error('not drafted in these tests'))
		},
		camera: { flyTo() {}, fitBounds() {} },
		loadBasemap: () => new Promise(() => {}),
		sampleArticleIds,
		loadSampleExtraction: (id) => extracted.then(() => extractInThread(balticInput(id))),
		openDeck: async () => new DeckSession(indexedDbDeckStore()),
		mapPatienceMs
	});
	sessions.push(session);
	return session;
}

/** Waits for the link the session holds to be applied: its permalink exists again. */
const linkApplied = (session: ExplorerSession) =>
	vi.waitFor(() => expect(session.permalink).not.toBeNull(), { timeout: 15_000 });

/** The key of a drawn event of the Baltic article, and its day. */
async function balticEvent(session: ExplorerSession) {
	session.start('');
	session.settleMap();
	await linkApplied(session);
	const event = session.explorer.drawnEvents.find((candidate) => candidate.located)!;
	return event;
}

beforeEach(stubIndexedDb);
afterEach(() => {
	for (const session of sessions.splice(0)) session.close();
	vi.unstubAllGlobals();
});

describe('ExplorerSession', () => {
	it('has the gazetteer loaded when an article is about to be added; a failure there is left to the reading', async () => {
		const asked: string[] = [];
		const session = sessionOverBaltic(['baltic'], {
			prepare: async () => {
				asked.push('prepare');
				throw new Error('The gazetteer could not be loaded (503).');
			}
		});
		session.prepareToRead();
		await vi.waitFor(() => expect(asked).toEqual(['prepare']));
		expect(session.notice).toBeNull();
	});

	it('holds a permalink until its articles are read, then selects its event', async () => {
		const { key, index } = await balticEvent(sessionOverBaltic());
		let extract = () => {};
		const session = sessionOverBaltic(['baltic'], {
			extracted: new Promise((resolve) => (extract = resolve))
		});
		session.start(`#v=1&articles=baltic&event=baltic:${index}&map=24.1000,56.9000,6.00`);
		expect(session.initialView).toEqual({ lon: 24.1, lat: 56.9, zoom: 6 });
		await vi.waitFor(() => expect(session.explorer.articles).toHaveLength(1));
		expect(session.explorer.articles[0].status).toBe('loading');
		expect(session.permalink).toBeNull();

		extract();
		// The link waits for the stored layers too, read once the map has drawn.
		session.settleMap();
		await linkApplied(session);
		expect(session.explorer.selectedKey).toBe(key);
		expect(session.notice).toBeNull();
		expect(parsePermalink(session.permalink!).state).toMatchObject({
			articleIds: ['baltic'],
			eventKey: key,
			view: { lon: 24.1, lat: 56.9, zoom: 6 }
		});
	});

	it('shows the sample articles (extracted at build time) before the map has drawn, and loads the rest of the first view only once it has', async () => {
		const session = sessionOverBaltic(['baltic'], { mapPatienceMs: 10 });
		session.start('');
		await vi.waitFor(() => expect(session.explorer.articles[0]?.status).toBe('ready'), {
			timeout: 15_000
		});
		expect(session.explorer.drawnEvents.length).toBeGreaterThan(0);
		expect(session.isMapSettled).toBe(false);

		session.settleMap();
		expect(session.isMapSettled).toBe(true);
	});

	it('loads the analysis layers only once the map has drawn, and gives them the link’s layers', async () => {
		const session = sessionOverBaltic();
		session.start('#v=1&articles=baltic&layers=density');
		await vi.waitFor(() => expect(session.explorer.articles[0]?.status).toBe('ready'));
		expect(session.layers).toBeNull();

		session.settleMap();
		await linkApplied(session);
		const layers = await session.analysisLayers;
		expect(session.layers).toBe(layers);
		await vi.waitFor(() => expect(layers.visible.density).toBe(true));
		expect(parsePermalink(session.permalink!).state.layers).toEqual({ visible: ['density'] });
	});

	it('follows a link given while open: its window and event over the current ones', async () => {
		const session = sessionOverBaltic();
		const { key, index } = await balticEvent(session);
		session.followLink(`#v=1&articles=baltic&from=2024-03-01&to=2024-05-31&event=baltic:${index}`);
		expect(session.explorer.selectedKey).toBe(key);
		expect(parsePermalink(session.permalink!).state).toMatchObject({
			articleIds: ['baltic'],
			eventKey: key
		});
		session.followLink('#v=1&articles=baltic&from=2024-03-01&to=never');
		expect(session.explorer.selectedKey).toBeNull();
		expect(session.notice).toMatch(/Parts of this link were ignored/);
	});

	it('restores the rest of a permalink whose event is gone, and says so until dismissed', async () => {
		const session = sessionOverBaltic();
		session.start('#v=1&articles=baltic&from=2024-03-01&to=2024-05-31&event=baltic:999999');
		session.settleMap();
		await linkApplied(session);
		expect(session.explorer.selectedKey).toBeNull();
		expect(session.explorer.shownArticleIds).toEqual(['baltic']);
		expect(parsePermalink(session.permalink!).state.window).toEqual(
			parsePermalink('#v=1&from=2024-03-01&to=2024-05-31').state.window
		);
		expect(session.notice).toMatch(/event in this link was not found/);
		expect(session.noticeIsFleeting).toBe(false);
		session.dismissNotice();
		expect(session.notice).toBeNull();
	});

	it('says so when a link hides imported data that this browser does not hold', async () => {
		const session = sessionOverBaltic();
		session.start('#v=1&articles=baltic&hide=layer-elsewhere');
		session.settleMap();
		await linkApplied(session);
		expect(session.notice).toMatch(/imported data that is not in this browser/);
		expect(session.explorer.hiddenLayerIds).toEqual([]);
	});

	it('lets a confirmation go by itself, never a problem', () => {
		const session = sessionOverBaltic();
		session.showNotice('Saved the project as “work.json”.', { fleeting: true });
		expect(session.noticeIsFleeting).toBe(true);
		session.showNotice('The map data file could not be loaded.');
		expect(session.noticeIsFleeting).toBe(false);
	});

	it('opening an older slide keeps the articles added since shown, unless asked to show only its own', async () => {
		const session = sessionOverBaltic(['baltic', 'added-later']);
		session.start('#v=1&articles=baltic');
		session.settleMap();
		await linkApplied(session);
		const slideLink = parsePermalink(session.permalink!).state;
		session.explorer.showArticle('added-later');
		await vi.waitFor(() =>
			expect(session.explorer.readyArticles.map((article) => article.doc.id)).toContain(
				'added-later'
			)
		);
		const window = {
			start: session.explorer.timeBounds!.start,
			end: session.explorer.timeBounds!.start + 30
		};
		const { key } = session.explorer.drawnEvents.find((event) => event.docId === 'baltic')!;
		const older = { ...slideLink, window, eventKey: key };

		expect(session.openSlide(older, { onlyItsArticles: false })).toBe(1);
		expect(session.explorer.shownArticleIds).toEqual(['baltic', 'added-later']);
		expect(session.explorer.window).toEqual(window);
		expect(session.explorer.selectedKey).toBe(key);

		expect(session.openSlide(older, { onlyItsArticles: true })).toBe(0);
		expect(session.explorer.shownArticleIds).toEqual(['baltic']);
	});

	it('restores the event filters of a link, and writes them back into the permalink', async () => {
		const session = sessionOverBaltic();
		session.start('#v=2&articles=baltic&precision=day,month');
		session.settleMap();
		await linkApplied(session);
		expect(session.explorer.filters).toEqual({ precisions: ['day', 'month'] });
		expect(session.explorer.events.length).toBeGreaterThan(0);
		expect(
			session.explorer.events.every((event) => ['day', 'month'].includes(event.precision))
		).toBe(true);
		expect(parsePermalink(session.permalink!).state.filters).toEqual({
			precisions: ['day', 'month']
		});
	});

	it('names the parts of a link it ignored', () => {
		const session = sessionOverBaltic();
		session.start('#v=1&articles=baltic&from=tomorrow&to=2024-05-31');
		expect(session.notice).toBe('Parts of this link were ignored: the time window.');
	});

	it('opens a project file whose article takes a sample’s id, kept both: its link follows the renamed article', async () => {
		const session = sessionOverBaltic();
		const { index } = await balticEvent(session);
		const fileArticle = { ...balticInput(), text: `${balticInput().text}\n\nA later note.` };
		await session.projectOpener.open(
			{
				articles: [fileArticle],
				edits: {},
				layers: [],
				slides: null,
				settings: { link: `#v=1&articles=baltic&event=baltic:${index}` }
			},
			'shared.geobrief.json'
		);
		expect(session.projectOpener.asking?.conflicts.articles).toEqual([
			{ id: 'baltic', title: 'Baltic security' }
		]);
		expect(session.explorer.shownArticleIds).toEqual(['baltic']);
		await session.projectOpener.choose('keep-both');
		expect(session.projectOpener.asking).toBeNull();
		expect(session.notice).toMatch(/differs from the one of the same id here; both are kept/);
		const renamed = session.explorer.shownArticleIds.find((id) => id !== 'baltic')!;
		expect(renamed).toBeDefined();
		expect(session.permalink).toBeNull();

		await linkApplied(session);
		expect(session.explorer.shownArticleIds).toEqual([renamed]);
		expect(session.explorer.selectedKey).toBe(`${renamed}:${index}`);
		expect(session.workspace.undoable?.message).toBe('Opened “shared.geobrief.json”.');
	});

	it('stores a review edit as it is made', async () => {
		const session = sessionOverBaltic();
		const { index } = await balticEvent(session);
		session.explorer.reviewEvent('baltic', index, { type: 'accept' });
		await vi.waitFor(async () => expect((await loadEdits()).baltic?.edits).toHaveLength(1));
	});
});
