import type { Extraction } from '$lib/extract';

export type ArticleRecord =
	| { id: string; status: 'loading'; progress: number }
	| { id: string; status: 'ready'; extraction: Extraction }
	| { id: string; status: 'error'; message: string };

/**
 * The one source of truth for the explorer. Domain data (articles and their extractions)
 * and the user's selection live here; components derive what they draw from it.
 */
export class ExplorerState {
	articles = $state<ArticleRecord[]>([]);
	shownArticleIds = $state<string[]>([]);
	paneOpen = $state(true);

	readyArticles = $derived(
		this.articles.flatMap((article) =>
			article.status === 'ready' && this.shownArticleIds.includes(article.id)
				? [article.extraction]
				: []
		)
	);

	upsertArticle(record: ArticleRecord) {
		const index = this.articles.findIndex((article) => article.id === record.id);
		if (index === -1) this.articles.push(record);
		else this.articles[index] = record;
	}

	toggleArticle(id: string) {
		this.shownArticleIds = this.shownArticleIds.includes(id)
			? this.shownArticleIds.filter((shown) => shown !== id)
			: [...this.shownArticleIds, id];
	}
}
