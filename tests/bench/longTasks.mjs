// Main-thread long tasks (over 50 ms, the browser's own threshold) seen by a page, phase by phase.

/** Starts recording long tasks in `page`; `take()` returns and clears those seen so far. */
export async function watchLongTasks(page) {
	await page.evaluate(() => {
		// One observer per page, however often it is watched: a second would count every task twice.
		if (globalThis.benchLongTasks) return globalThis.benchLongTasks.splice(0);
		globalThis.benchLongTasks = [];
		new PerformanceObserver((list) =>
			globalThis.benchLongTasks.push(
				...list.getEntries().map((entry) => Math.round(entry.duration))
			)
		).observe({ type: 'longtask' });
	});
	return {
		take: () =>
			page.evaluate(async () => {
				// Entries are delivered after the task ends: give the last one time to arrive.
				await new Promise((resolve) => setTimeout(resolve, 200));
				return globalThis.benchLongTasks.splice(0);
			})
	};
}

/** "n over 50 ms, longest x ms" */
export function describeLongTasks(tasks) {
	return tasks.length
		? `${tasks.length} over 50 ms, longest ${Math.max(...tasks)} ms (${tasks.join(', ')})`
		: 'none over 50 ms';
}
