// Main-thread long tasks (over 50 ms, the browser's own threshold) seen by a page, phase by phase,
// each with the time scripts ran in it: the scripts of over 5 ms that Long Animation Frame entries
// list, so a lower bound. On this machine a map frame's task is long with no such script, while
// the compositor reads the software-drawn map back.

/**
 * Starts recording long tasks in `page`; `take()` returns and clears those seen so far. With
 * `sinceLoad`, those the page saw since it loaded count too (a page just loaded or reloaded).
 */
export async function watchLongTasks(page, { sinceLoad = false } = {}) {
	await page.evaluate((buffered) => {
		// One recorder per page, however often it is watched: a second would count every task twice.
		if (globalThis.benchLongTasks) {
			globalThis.benchLongTasks.tasks.splice(0);
			globalThis.benchLongTasks.scripts.splice(0);
			return;
		}
		const seen = (globalThis.benchLongTasks = { tasks: [], scripts: [] });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				seen.tasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered });
		new PerformanceObserver((list) => {
			for (const frame of list.getEntries())
				for (const script of frame.scripts)
					seen.scripts.push({
						start: script.startTime,
						duration: script.duration,
						by: script.sourceFunctionName || script.invoker
					});
		}).observe({ type: 'long-animation-frame', buffered });
	}, sinceLoad);
	return {
		take: () =>
			page.evaluate(async () => {
				// Entries are delivered after the task ends: give the last one time to arrive.
				await new Promise((resolve) => setTimeout(resolve, 200));
				const { tasks, scripts } = globalThis.benchLongTasks;
				const seen = tasks.splice(0);
				const taken = seen.map(({ start, duration }) => {
					const inTask = scripts.filter(
						(script) => script.start >= start && script.start < start + duration
					);
					const longest = inTask.reduce((a, b) => (b.duration > a.duration ? b : a), {
						duration: 0
					});
					return {
						duration: Math.round(duration),
						script: Math.round(inTask.reduce((sum, script) => sum + script.duration, 0)),
						by: longest.by
					};
				});
				// Scripts of a task not yet reported stay for the next take.
				const end = Math.max(...seen.map((task) => task.start + task.duration));
				globalThis.benchLongTasks.scripts = scripts.filter((script) => script.start >= end);
				return taken;
			})
	};
}

/** "n over 50 ms, longest x ms (x script y, …)", naming the longest script of a task over 50 ms of it. */
export function describeLongTasks(tasks) {
	if (!tasks.length) return 'none over 50 ms';
	const longest = Math.max(...tasks.map((task) => task.duration));
	const listed = tasks
		.map(
			(task) =>
				`${task.duration} script ${task.script}${task.script > 50 && task.by ? ` [${task.by}]` : ''}`
		)
		.join(', ');
	return `${tasks.length} over 50 ms, longest ${longest} ms (${listed})`;
}
