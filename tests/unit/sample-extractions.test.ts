import { describe, expect, it } from 'vitest';
import { loaders, sampleArticleIds } from 'virtual:sample-extractions';
import { extractArticle } from '../../src/lib/extract/index';
import { loadGazetteer } from '../../scripts/extract';

describe('the sample extractions made at build time', () => {
	const gazetteer = loadGazetteer();

	it('cover every article of geodata/corpus', () => {
		expect(sampleArticleIds.length).toBeGreaterThanOrEqual(2);
		expect(Object.keys(loaders).sort()).toEqual(sampleArticleIds);
	});

	it.each(sampleArticleIds)(
		'%s equals what the pipeline makes of the same text now',
		async (id) => {
			const shipped = await loaders[id]();
			expect(shipped.events.length).toBeGreaterThan(10);
			const { doc } = shipped;
			const again = extractArticle(
				{ id, text: doc.text, format: 'text', meta: doc.meta },
				gazetteer
			);
			expect(again).toEqual(shipped);
		}
	);
});
