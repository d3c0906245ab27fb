import { launchBrowser, openPage, waitForMapIdle } from './browser.mjs';
import { clearStoredWork, openProjectFile } from './workspace.mjs';

/** A project file of `count` tiny articles, each naming a place and a date. */
export function projectOfTinyArticles(count) {
	const articles = Array.from({ length: count }, (_, i) => ({
		id: `tiny-${i}`,
		text: `On ${1 + (i % 28)} March 2023 officials in Chișinău reported debris near Ocnița (report ${i}).`,
		meta: { title: `Tiny article ${i}` }
	}));
	return JSON.stringify({
		format: 'geobrief-project',
		formatVersion: 1,
		articles,
		edits: {},
		layers: [],
		slides: [],
		settings: {}
	});
}

/**
 * Opens a project of `count` tiny articles in a fresh page and records every main-thread task
 * longer than 50 ms until the last article's heading is in the pane.
 */
export async function measureOpening(count, { browser: given } = {}) {
	const browser = given ?? (await launchBrowser());
	try {
		const { page, context, pageErrors } = await openPage(browser);
		await waitForMapIdle(page);
		await clearStoredWork(page);
		await page.evaluate(() => {
			window.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
			}).observe({ type: 'longtask' });
		});
		const started = Date.now();
		await openProjectFile(page, projectOfTinyArticles(count));
		await page.waitForFunction(
			(n) =>
				[
					...document.querySelectorAll('[data-testid="reading-pane"] .article-picker .title')
				].filter((title) => title.textContent.startsWith('Tiny article')).length >= n,
			count,
			{ timeout: 600_000, polling: 500 }
		);
		const seconds = (Date.now() - started) / 1000;
		const tasks = await page.evaluate(() => window.__longTasks);
		await context.close();
		return {
			count,
			seconds,
			longest: Math.round(Math.max(0, ...tasks)),
			blocked: Math.round(tasks.reduce((sum, ms) => sum + ms, 0)),
			tasks: tasks.length,
			pageErrors
		};
	} finally {
		if (!given) await browser.close();
	}
}
