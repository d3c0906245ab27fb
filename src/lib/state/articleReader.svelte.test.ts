import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleInput } from '$lib/extract';
import type { ReadArticle } from '$lib/workers/extractClient';
import { balticInput, readInThread, stubIndexedDb } from '../../../tests/unit/state-fixture';
import { inputDigest } from '$lib/extract/inputDigest';
import { cacheExtraction, readCachedExtraction } from '$lib/storage/extractionCache';
import { ArticleReader } from './articleReader.svelte';
import { ExplorerState } from './explorer.svelte';

/** A reader whose extractor stops when told to, and how many articles settled. */
function readerOf() {
	const explorer = new ExplorerState();
	const settled = { count: 0 };
	const extract = vi.fn(
		(input: ArticleInput, _progress?: (fraction: number) => void, signal?: AbortSignal) =>
			new Promise<ReadArticle>((resolve, reject) => {
				signal?.addEventListener('abort', () => reject(new Error(String(signal.reason))));
				if (!input.id.startsWith('slow')) readInThread(input).then(resolve);
			})
	);
	const reader = new ArticleReader(
		explorer,
		{ digest: inputDigest, extract },
		() => settled.count++
	);
	return { explorer, reader, settled, extract };
}

beforeEach(stubIndexedDb);
afterEach(() => vi.unstubAllGlobals());

describe('ArticleReader', () => {
	it('shows an article as loading, then read, and says it settled', async () => {
		const { explorer, reader, settled } = readerOf();
		reader.read('slow', async () => balticInput('slow'));
		await vi.waitFor(() =>
			expect(explorer.articles).toEqual([{ id: 'slow', status: 'loading', progress: 0 }])
		);
		await reader.read('mine', async () => balticInput('mine'));
		expect(explorer.articles[1].status).toBe('ready');
		expect(settled.count).toBe(1);
	});

	it('shows articles that settle together in one change', async () => {
		const { explorer, reader } = readerOf();
		const upserts = vi.spyOn(explorer, 'upsertArticles');
		await Promise.all(
			['one', 'two', 'three'].map((id) => reader.read(id, async () => balticInput(id)))
		);
		expect(explorer.articles.map((article) => article.status)).toEqual(['ready', 'ready', 'ready']);
		expect(upserts.mock.calls[0][0].map((record) => record.id)).toEqual(['one', 'two', 'three']);
	});

	it('shows no error for a stopped extraction', async () => {
		const { explorer, reader, settled, extract } = readerOf();
		const reading = reader.read('slow', async () => balticInput('slow'));
		await vi.waitFor(() => expect(extract).toHaveBeenCalled());
		reader.stop('slow', 'The article was removed.');
		await reading;
		expect(explorer.articles).toEqual([{ id: 'slow', status: 'loading', progress: 0 }]);
		expect(settled.count).toBe(1);
	});

	it('reads an article the browser has extracted before from its cache, not the worker', async () => {
		const first = readerOf();
		await first.reader.read('mine', async () => balticInput('mine'));
		await vi.waitFor(async () => {
			const again = readerOf();
			await again.reader.read('mine', async () => balticInput('mine'));
			expect(again.extract).not.toHaveBeenCalled();
			expect(again.explorer.articles[0].status).toBe('ready');
		});
	});

	it('counts an article read again from an older extraction once, and not once its read is stopped', async () => {
		const { reader } = readerOf();
		const input = balticInput('slow-cached');
		const { serialized, digest } = await readInThread(input);
		await cacheExtraction('slow-cached', digest, serialized, 'an older pipeline');
		reader.read('slow-cached', async () => input);
		await vi.waitFor(() => expect(reader.rereading).toEqual(['slow-cached']));
		// Read again: the first read stops, and the second shows the cached extraction again.
		const again = reader.read('slow-cached', async () => input);
		await new Promise((next) => setTimeout(next, 50));
		expect(reader.rereading).toEqual(['slow-cached']);
		reader.stop('slow-cached', 'The article was removed.');
		await again;
		expect(reader.rereading).toEqual([]);
	});

	it('stores an extraction once shown, unless its article was removed first', async () => {
		const kept = readerOf();
		await kept.reader.read('kept', async () => balticInput('kept'));
		const removed = readerOf();
		await removed.reader.read('gone', async () => balticInput('gone'));
		removed.explorer.removeArticle('gone');
		const digestOf = (id: string) => () => inputDigest(balticInput(id));
		await vi.waitFor(async () =>
			expect(await readCachedExtraction('kept', digestOf('kept'))).not.toBeNull()
		);
		expect(await readCachedExtraction('gone', digestOf('gone'))).toBeNull();
	});
});
