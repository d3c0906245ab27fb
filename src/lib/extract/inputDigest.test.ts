import { describe, expect, it } from 'vitest';
import type { ArticleInput } from './types';
import { inputDigest } from './inputDigest';

const article: ArticleInput = {
	id: 'a',
	text: 'On 8 November 2021 migrants gathered near Kuźnica.',
	format: 'text',
	meta: { published: '2023-05-10' }
};

describe('inputDigest', () => {
	it('is the same for the same text, format and publication date, whatever the title', async () => {
		const retitled = { ...article, meta: { ...article.meta, title: 'Another title' } };
		expect(await inputDigest(retitled)).toBe(await inputDigest(article));
		expect(await inputDigest(article)).toMatch(/^[0-9a-f]{64}$/);
	});

	it('changes with the text, the format or the publication date', async () => {
		const digest = await inputDigest(article);
		expect(await inputDigest({ ...article, text: `${article.text} ` })).not.toBe(digest);
		expect(await inputDigest({ ...article, format: 'markdown' })).not.toBe(digest);
		expect(await inputDigest({ ...article, meta: { published: '2023-05-11' } })).not.toBe(digest);
	});
});
