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

/** Starts recording the main-thread tasks longer than 50 ms in `window.longTasks`. */
const recordLongTasks = (page) =>
	page.evaluate(() => {
		window.longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
		}).observe({ type: 'longtask' });
	});

/** The longest and the count and sum of the long tasks recorded since recordLongTasks. */
async function longTasksOf(page) {
	const tasks = await page.evaluate(() => window.longTasks);
	return {
		longest: Math.round(Math.max(0, ...tasks)),
		blocked: Math.round(tasks.reduce((sum, ms) => sum + ms, 0)),
		tasks: tasks.length
	};
}

/** The long tasks of dragging the sample map 300 px over about two seconds. */
export async function measurePan(browser) {
	const { page, context } = await openPage(browser);
	await waitForMapIdle(page);
	await recordLongTasks(page);
	const box = await page.getByTestId('map').boundingBox();
	await page.mouse.move(box.x + 300, box.y + 300);
	await page.mouse.down();
	for (let step = 1; step <= 30; step++) {
		await page.mouse.move(box.x + 300 + step * 10, box.y + 300 + step * 5);
		await page.waitForTimeout(30);
	}
	await page.mouse.up();
	await waitForMapIdle(page);
	const result = await longTasksOf(page);
	await context.close();
	return result;
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
		await recordLongTasks(page);
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
		const tasks = await longTasksOf(page);
		await context.close();
		return { count, seconds, ...tasks, pageErrors };
	} finally {
		if (!given) await browser.close();
	}
}
