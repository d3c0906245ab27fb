import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { snapshotContent } from '../../../tests/unit/slides-fixture';
import type { DeckRecord } from './deckRecord';
import { DeckSession } from './deckSession.svelte';
import type { DeckStore } from './deckStore';

/** A deck store in memory that two sessions (two tabs) can share. */
function memoryStore(): DeckStore & { record: DeckRecord | undefined } {
	const images = new Map<string, Blob>();
	return {
		record: undefined,
		async load(holds = () => false) {
			const wanted = [...images].filter(([id]) => !holds(id));
			return { record: this.record, images: new Map(wanted) };
		},
		async save(record, added) {
			for (const [id, blob] of Object.entries(added)) images.set(id, blob);
			this.record = structuredClone(record);
		}
	};
}

/** What a capture hands the session: a picture that can be encoded, and the view's facts. */
const captured = () => ({
	picture: {
		width: 1280,
		height: 720,
		convertToBlob: async () => new Blob(['png'], { type: 'image/png' })
	} as unknown as OffscreenCanvas,
	view: { scaleBar: null, bearingDeg: 0 },
	annotations: []
});

const sessions: DeckSession[] = [];
function openSession(store: DeckStore, channel: string) {
	const session = new DeckSession(store, channel);
	sessions.push(session);
	return session;
}

beforeAll(() => {
	// Node has no image decoding; a stored picture decodes to a stand-in bitmap.
	vi.stubGlobal('createImageBitmap', async () => ({ width: 1280, height: 720, close() {} }));
});
afterAll(() => vi.unstubAllGlobals());
afterEach(() => sessions.splice(0).forEach((session) => session.close()));

describe('DeckSession', () => {
	it('saves captured slides and their edits, and a new session reads them back', async () => {
		const store = memoryStore();
		const deck = openSession(store, 'deck-test-a');
		await deck.load();
		deck.addSnapshot(snapshotContent, captured());
		deck.edit({ type: 'notes', id: deck.slides[0].id, notes: 'Point at Minsk.' });
		await deck.save();
		expect(deck.saveState.status).toBe('saved');

		const reopened = openSession(store, 'deck-test-b');
		expect(await reopened.load()).toEqual([]);
		expect(reopened.slides.map((slide) => [slide.title, slide.notes])).toEqual([
			['Protests in Minsk', 'Point at Minsk.']
		]);
	});

	it('merges another tab’s saved slides before saving, and says so', async () => {
		const store = memoryStore();
		const first = openSession(store, 'deck-test-c');
		const second = openSession(store, 'deck-test-d');
		await Promise.all([first.load(), second.load()]);
		first.addSnapshot({ ...snapshotContent, title: 'From the first tab' }, captured());
		await first.save();
		second.addSnapshot({ ...snapshotContent, title: 'From the second tab' }, captured());
		await second.save();
		expect(second.slides.map((slide) => slide.title)).toEqual([
			'From the second tab',
			'From the first tab'
		]);
		expect(second.changedElsewhere).toBe(true);
		expect(store.record?.slides).toHaveLength(2);
	});

	it('keeps the slides in the tab and says why when storage refuses them', async () => {
		const store = memoryStore();
		store.save = async () => {
			throw new Error('the browser’s storage for this site is full');
		};
		const deck = openSession(store, 'deck-test-e');
		await deck.load();
		deck.addSnapshot(snapshotContent, captured());
		await deck.save();
		expect(deck.saveState).toMatchObject({ status: 'unsaved' });
		expect(deck.slides).toHaveLength(1);
	});
});
