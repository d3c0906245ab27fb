import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Extraction } from '$lib/extract';
import { stubIndexedDb } from '../../../tests/unit/state-fixture';
import { cacheExtraction, readCachedExtraction } from './extractionCache';

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
});
