import { describe, expect, it } from 'vitest';
import { shownArticlesTagline } from './shownArticlesTagline';

const samples = ['davidzon-2021', 'mahda-2025'];

describe('shownArticlesTagline', () => {
	it('names the sample corpus when only samples are shown', () => {
		expect(shownArticlesTagline(samples, samples)).toBe(
			'Belarus–Ukraine relations, 2014–2025 · sample articles'
		);
		expect(shownArticlesTagline(['mahda-2025'], samples)).toMatch(/sample articles$/);
	});

	it('says when the user’s own articles are shown, alone or with samples', () => {
		expect(shownArticlesTagline(['user-1'], samples)).toBe('Your article');
		expect(shownArticlesTagline(['user-1', 'user-2'], samples)).toBe('Your articles (2)');
		expect(shownArticlesTagline(['user-1', 'mahda-2025'], samples)).toBe(
			'Your article and a sample article'
		);
		expect(shownArticlesTagline(['user-1', 'user-2', ...samples], samples)).toBe(
			'2 of your articles and 2 sample articles'
		);
	});

	it('says when nothing is shown', () => {
		expect(shownArticlesTagline([], samples)).toBe('No article shown');
	});
});
