// Benchmarks of the built app in headless Chromium at 1280×720 (`npm run build:test` first).
// Prints numbers; asserts nothing. Budgets are in the issues and the README.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser.mjs';
import { servePreview, testBuildDir } from '../support/serve.mjs';
import { importBenchmark } from './importBench.mjs';
import { longArticleBenchmark } from './longArticleBench.mjs';

const viewport = { width: 1280, height: 720 };
const gzipBytes = (path) => gzipSync(readFileSync(path)).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) =>
	[...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Runs `work` under a Chromium trace and returns the renderer main thread's busy time (all its
 * tasks: scripts, and the compositor commits that scripts never see) and its longest task, in ms.
 */
async function mainThreadBusy(browser, page, work) {
	await browser.startTracing(page, { categories: ['toplevel'] });
	const result = await work();
	const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
	const mainThread = traceEvents.find(
		(event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain'
	);
	// Tasks, as the union of their spans: task events nest ('RunTask' around a scheduler's own).
	const spans = traceEvents
		.filter(
			(event) =>
				event.ph === 'X' &&
				/^(RunTask|ThreadControllerImpl::RunTask)$/.test(event.name) &&
				event.pid === mainThread.pid &&
				event.tid === mainThread.tid
		)
		.map((event) => [event.ts, event.ts + event.dur])
		.sort((a, b) => a[0] - b[0]);
	const tasks = [];
	for (const [start, end] of spans) {
		const last = tasks.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else tasks.push([start, end]);
	}
	const busyMs = tasks.reduce((sum, [start, end]) => sum + end - start, 0) / 1000;
	const longestMs = Math.max(0, ...tasks.map(([start, end]) => (end - start) / 1000));
	return { result, busyMs, longestMs };
}

/**
 * Loads `url` in `page` until the map's first idle: `idle` is when MapLibre fired it, in ms from
 * the navigation's start (the page's own clock); `seen` is when the test saw it, which also counts
 * how long the page stayed busy after it (the app loads its reading pane and timeline then).
 */
async function loadUntilIdle(page, url) {
	const started = Date.now();
	await page.goto(url);
	await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
	const seen = Date.now() - started;
	const idle = await page.evaluate(() =>
		Number(document.querySelector('[data-testid="map"]').dataset.idleAt)
	);
	return { idle, seen };
}

/** Milliseconds from the map's first idle to the first event drawn on it. */
async function eventsAfterIdle(page) {
	await page.waitForSelector('[data-testid="map"][data-events-drawn-at]', { timeout: 60_000 });
	return page.evaluate(() => {
		const map = document.querySelector('[data-testid="map"]').dataset;
		return Number(map.eventsDrawnAt) - Number(map.idleAt);
	});
}

/** A first visit (new browser context) and a reload of the app; scripts the first view asked for. */
async function appLoad(browser, url) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const load = await loadUntilIdle(page, url);
	const eventsAfter = await eventsAfterIdle(page);
	// Scripts the page asked for before the map first went idle: what the first view costs.
	const scripts = await page.evaluate(() => {
		const idleAt = Number(document.querySelector('[data-testid="map"]').dataset.idleAt);
		return performance
			.getEntriesByType('resource')
			.filter((entry) => entry.startTime < idleAt && /\.m?js$/.test(new URL(entry.name).pathname))
			.map((entry) => new URL(entry.name).pathname);
	});
	await loadUntilIdle(page, url);
	const eventsAfterReload = await eventsAfterIdle(page);
	await context.close();
	// Scripts the HTML itself names (module preloads), even if served from cache. Links that
	// Vite's preload helper adds later, for modules imported after the first idle, do not count.
	const html = await (await fetch(url)).text();
	const navigationScripts = [...html.matchAll(/(?:src|href)="([^"]+\.m?js)"/g)].map(
		(match) => new URL(match[1], url).pathname
	);
	return {
		...load,
		eventsAfter,
		eventsAfterReload,
		scripts: [...new Set([...scripts, ...navigationScripts])]
	};
}

/** A first visit of the floor page: MapLibre alone with the app's basemap. */
async function floorLoad(browser, url) {
	const context = await browser.newContext({ viewport });
	const load = await loadUntilIdle(await context.newPage(), `${url}/bench/floor`);
	await context.close();
	return load;
}

async function loadBenchmark(browser, url) {
	const app = [];
	const floor = [];
	for (let run = 0; run < 5; run++) {
		app.push(await appLoad(browser, url));
		floor.push(await floorLoad(browser, url));
	}
	const scripts = app.at(-1).scripts;
	const isWorker = (path) => /maplibre-gl-worker|\.worker/.test(path);
	const mainThreadJs = scripts.filter((path) => !isWorker(path));
	const mapWorker = scripts.filter((path) => /maplibre-gl-worker/.test(path));
	const size = (paths) => paths.reduce((sum, path) => sum + gzipBytes(`${testBuildDir}${path}`), 0);
	const appIdle = app.map((load) => load.idle);
	const floorIdle = floor.map((load) => load.idle);
	const seen = (loads) => median(loads.map((load) => load.seen));
	console.log('\n# Load (5 cold loads each, new browser context each, app and floor alternating)');
	console.log(
		`first map idle (MapLibre's idle event, ms after navigation start), app: median ${median(appIdle)} ms (runs: ${appIdle.join(', ')} ms)`
	);
	console.log(
		`first map idle, floor (MapLibre alone, same basemap): median ${median(floorIdle)} ms (runs: ${floorIdle.join(', ')} ms)`
	);
	console.log(
		`ratio app / floor: ${(median(appIdle) / median(floorIdle)).toFixed(2)} (target ≤ 1.5)`
	);
	console.log(
		`idle seen by the test (wall clock, with the page busy after idle): app ${seen(app)} ms, floor ${seen(floor)} ms`
	);
	const first = app.map((load) => load.eventsAfter);
	const reload = app.map((load) => load.eventsAfterReload);
	console.log(
		`first event drawn after first idle: median ${median(first)} ms on a first visit (runs: ${first.join(', ')}), ${median(reload)} ms on a reload (runs: ${reload.join(', ')}) (target ≤ 100)`
	);
	console.log(
		`initial main-thread JS: ${kb(size(mainThreadJs))} gz in ${mainThreadJs.length} files (budget 360 KB)`
	);
	console.log(`MapLibre worker: ${kb(size(mapWorker))} gz`);
}

/** `renderer` 'main' forces the page to draw the events itself, as where workers cannot. */
async function scaleBenchmark(browser, url, renderer) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	await page.goto(`${url}/bench/events${renderer === 'main' ? '?event-renderer=main' : ''}`);
	await page.waitForSelector('[data-status="ready"]', { timeout: 60_000 });
	await page.waitForSelector('[data-testid="map"][data-event-renderer]', { timeout: 60_000 });
	await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
	console.log(
		`\nWebGL renderer: ${await page.evaluate(() => globalThis.geobriefBench.renderer())}`
	);
	console.log(
		`\n# Events drawn by the ${await page.evaluate(() => globalThis.geobriefBench.eventRenderer())} renderer: load in a worker + GPU upload, then 40 slider inputs of a 90-day window`
	);
	console.log(
		'events\tbuilt in worker ms\tshown ms\tscript ms/input p95\tmain thread busy ms/input (mean; longest task)\tinput-to-frame ms p95'
	);
	await page.evaluate(() => {
		globalThis.longTasks = [];
		new PerformanceObserver((list) =>
			globalThis.longTasks.push(...list.getEntries().map((entry) => Math.round(entry.duration)))
		).observe({ type: 'longtask' });
	});
	const takeLongTasks = () =>
		page.evaluate(async () => {
			await new Promise((resolve) => setTimeout(resolve, 200));
			return globalThis.longTasks.splice(0);
		});
	for (const count of [1_000, 10_000, 100_000, 1_000_000]) {
		const loaded = {
			result: await page.evaluate((n) => globalThis.geobriefBench.load(n), count),
			longTasks: await takeLongTasks()
		};
		const traced = await mainThreadBusy(browser, page, () =>
			page.evaluate(async () => {
				const bench = globalThis.geobriefBench;
				const span = bench.lastDay - bench.firstDay;
				const samples = [];
				for (let step = 0; step < 40; step++) {
					const start = bench.firstDay + Math.floor((span * step) / 40);
					samples.push(await bench.input({ start, end: start + 90 }));
				}
				return samples;
			})
		);
		const scrubbed = { result: traced.result, longTasks: await takeLongTasks() };
		const main = scrubbed.result.map((sample) => sample.mainThreadMs);
		const frame = scrubbed.result.map((sample) => sample.inputToFrameMs);
		const { workerMs, shownMs } = loaded.result;
		console.log(
			`${count}\t${workerMs.toFixed(0)}\t\t\t${shownMs.toFixed(0)}\t\t${percentile(main, 0.95).toFixed(3)}\t\t\t${(traced.busyMs / main.length).toFixed(1)}; ${traced.longestMs.toFixed(0)}\t\t\t\t\t${percentile(frame, 0.95).toFixed(0)}`
		);
		const listed = (tasks) => (tasks.length ? `${tasks.join(', ')} ms` : 'none');
		console.log(
			`\tmain-thread tasks over 50 ms: loading ${listed(loaded.longTasks)}; scrubbing ${listed(scrubbed.longTasks)}`
		);
	}
	await context.close();
}

/**
 * The extraction worker's gazetteer load (fetch and open) on a first visit, five times in new
 * browser contexts: the target is 1.5 s.
 */
async function gazetteerBenchmark(browser, url) {
	const times = [];
	for (let run = 0; run < 5; run++) {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		await page.goto(`${url}/bench/gazetteer`);
		await page.waitForSelector('[data-testid="bench"][data-ready="true"]');
		times.push(await page.evaluate(() => globalThis.geobriefBench.loadGazetteer()));
		await context.close();
	}
	const ms = times.map((t) => t.toFixed(0)).join(', ');
	console.log(`gazetteer in the extraction worker: median ${median(times).toFixed(0)} ms (${ms})`);
}

// `npm run bench -- load`, `-- scale` or `-- gazetteer` runs one part; `-- import [rows]` and
// `-- long-article [characters] [one-line]` run only when asked for (they take minutes).
const [only, size, shape] = process.argv.slice(2);
const parts = ['load', 'scale', 'gazetteer', 'import', 'long-article'];
if (only && !parts.includes(only)) {
	console.error(
		`Unknown part "${only}": use ${parts.join(', ')}, or nothing for load, scale and gazetteer.`
	);
	process.exit(2);
}
const { url, stop } = await servePreview(Number(process.env.BENCH_PORT ?? 4329));
const browser = await launchBrowser();
try {
	if (!only || only === 'load') await loadBenchmark(browser, url);
	if (!only || only === 'scale') {
		await scaleBenchmark(browser, url, 'worker');
		await scaleBenchmark(browser, url, 'main');
	}
	if (!only || only === 'gazetteer') await gazetteerBenchmark(browser, url);
	if (only === 'import') await importBenchmark(browser, url, size ? Number(size) : undefined);
	if (only === 'long-article')
		await longArticleBenchmark(browser, url, size ? Number(size) : undefined, shape === 'one-line');
} finally {
	await browser.close();
	stop();
}
