import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Extraction } from '$lib/extract';
import { stubIndexedDb } from '../../../tests/unit/state-fixture';
import { cacheExtraction, readCachedExtraction } from './extractionCache';
import { writeExtractionCache } from './extractionCacheWriter';

describe('the extraction cache', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('gives back the extraction it kept as JSON bytes, only for the same input', async () => {
		stubIndexedDb();
		const extraction = {
			doc: { id: 'a' },
			events: [{ quote: 'Kuźnica' }]
		} as unknown as Extraction;
		const serialized = new TextEncoder().encode(JSON.stringify(extraction)).buffer;
		await cacheExtraction('a', 'digest-1', serialized, 'v1');
		const digest = (value: string) => async () => value;
		expect(await readCachedExtraction('a', digest('digest-1'))).toEqual({
			inputHash: 'digest-1',
			pipelineVersion: 'v1',
			extraction
		});
		expect(await readCachedExtraction('a', digest('digest-2'))).toBeNull();
		const never = vi.fn(digest('digest-1'));
		expect(await readCachedExtraction('b', never)).toBeNull();
		expect(never).not.toHaveBeenCalled();
	});

	it('applies writes in the order asked: a removed article’s record is deleted after it was kept', async () => {
		stubIndexedDb();
		const bytes = (id: string) =>
			new TextEncoder().encode(JSON.stringify({ doc: { id } })).buffer as ArrayBuffer;
		const write = (id: string) =>
			writeExtractionCache({
				type: 'put',
				id,
				hash: 'h',
				serialized: bytes(id),
				pipelineVersion: 'v1'
			});
		write('kept');
		write('removed');
		writeExtractionCache({ type: 'delete', id: 'removed' });
		writeExtractionCache({ type: 'delete', id: 'again' });
		write('again');
		const digest = async () => 'h';
		await vi.waitFor(async () => {
			expect(await readCachedExtraction('again', digest)).not.toBeNull();
		});
		expect(await readCachedExtraction('kept', digest)).not.toBeNull();
		expect(await readCachedExtraction('removed', digest)).toBeNull();
	});
});
