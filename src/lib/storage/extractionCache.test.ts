import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleInput, Extraction } from '$lib/extract';
import { stubIndexedDb } from '../../../tests/unit/state-fixture';
import { cacheExtraction, inputHash, readCachedExtraction } from './extractionCache';

const article: ArticleInput = {
	id: 'a',
	text: 'On 8 November 2021 migrants gathered near Kuźnica.',
	format: 'text',
	meta: { published: '2023-05-10' }
};

describe('inputHash', () => {
	it('is the same for the same text, format and publication date, whatever the title', async () => {
		const retitled = { ...article, meta: { ...article.meta, title: 'Another title' } };
		expect(await inputHash(retitled)).toBe(await inputHash(article));
		expect(await inputHash(article)).toMatch(/^[0-9a-f]{64}$/);
	});

	it('changes with the text, the format or the publication date', async () => {
		const hash = await inputHash(article);
		expect(await inputHash({ ...article, text: `${article.text} ` })).not.toBe(hash);
		expect(await inputHash({ ...article, format: 'markdown' })).not.toBe(hash);
		expect(await inputHash({ ...article, meta: { published: '2023-05-11' } })).not.toBe(hash);
	});
});

describe('the extraction cache', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('gives back the extraction it kept as JSON bytes, only for the same input', async () => {
		stubIndexedDb();
		const extraction = {
			doc: { id: 'a' },
			events: [{ quote: 'Kuźnica' }]
		} as unknown as Extraction;
		const serialized = new TextEncoder().encode(JSON.stringify(extraction)).buffer;
		await cacheExtraction(article, serialized, 'v1');
		expect(await readCachedExtraction(article)).toEqual({
			inputHash: await inputHash(article),
			pipelineVersion: 'v1',
			extraction
		});
		expect(await readCachedExtraction({ ...article, text: 'Another text.' })).toBeNull();
	});
});
