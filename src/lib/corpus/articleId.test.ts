import { describe, expect, it } from 'vitest';
import { articleId, formatOfFile } from './articleId';

describe('articleId', () => {
	it('slugs the title and adds a time stamp', () => {
		const id = articleId('Belarus–Ukraine: Łukašenka’s “neutrality”', new Date(0));
		expect(id).toBe('belarus-ukraine-ukasenka-s-neutrality-0');
		expect(id).toMatch(/^[\w.-]{1,200}$/);
	});

	it('falls back to “article” for a title with no letters', () => {
		expect(articleId('<<>>', new Date(36))).toBe('article-10');
	});
});

describe('formatOfFile', () => {
	it.each([
		['notes.TXT', 'text'],
		['brief.md', 'markdown'],
		['page.htm', 'html'],
		['data.csv', null]
	])('%s is %s', (name, format) => {
		expect(formatOfFile(name)).toBe(format);
	});
});
