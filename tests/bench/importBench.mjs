// `npm run bench -- import [rows]`: a CSV of 100,000 rows (by default) imported through the
// Import data dialog; prints the total time, the main-thread tasks over 50 ms meanwhile and the
// longest the page went without painting a frame (the dialog is modal: the map cannot be panned
// during the import, but its frames show whether the page could be used). Then the page is
// reloaded, the project saved, the events exported as GeoJSON, and the project file opened in a
// fresh profile, each with its tasks.
import { acledCsv } from '../fixtures/import/generate.mjs';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForStoredLayers } from '../support/workspace.mjs';
import { describeLongTasks, watchLongTasks } from './longTasks.mjs';

export async function importBenchmark(browser, url, rows = 100_000) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
	const buffer = Buffer.from(acledCsv(rows, { seed: 7 }));
	await page.getByRole('button', { name: 'Import data…' }).click();
	await page
		.getByTestId('import-file')
		.setInputFiles({ name: `acled-${rows}.csv`, mimeType: 'text/csv', buffer });
	await page.getByTestId('column-latitude').waitFor({ timeout: 120_000 });
	const longTasks = await watchLongTasks(page);
	await page.evaluate(() => {
		const gaps = (globalThis.benchFrameGaps = []);
		let last = performance.now();
		const frame = (now) => {
			gaps.push(now - last);
			last = now;
			if (!globalThis.benchFramesDone) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	const started = Date.now();
	await page.getByTestId('import-submit').click();
	await page.getByTestId('import-summary').waitFor({ timeout: 600_000 });
	const imported = Date.now() - started;
	const summary = await page.getByTestId('import-summary').textContent();
	const during = await longTasks.take();
	await page.keyboard.press('Escape');
	await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 120_000 });
	const after = await longTasks.take();
	const longestFrameGap = await page.evaluate(() => {
		globalThis.benchFramesDone = true;
		return Math.round(Math.max(...globalThis.benchFrameGaps));
	});
	console.log(
		`\n# Import of ${rows.toLocaleString('en')} CSV rows (${(buffer.length / 1e6).toFixed(1)} MB)`
	);
	console.log(`imported in ${(imported / 1000).toFixed(1)} s: ${summary}`);
	console.log(`main-thread tasks while importing: ${describeLongTasks(during)} (target: none)`);
	console.log(`until the map is idle again with the layer: ${describeLongTasks(after)}`);
	console.log(
		`longest time without a frame, from the click to the map's idle: ${longestFrameGap} ms`
	);
	await waitForStoredLayers(page, 1, 120_000);
	const reloaded = Date.now();
	await page.reload();
	await page.getByTestId('imported-layers').waitFor({ timeout: 120_000 });
	await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 120_000 });
	const shown = Date.now() - reloaded;
	const reloadTasks = await (await watchLongTasks(page, { sinceLoad: true })).take();
	console.log(`reloaded and shown from storage in ${(shown / 1000).toFixed(1)} s`);
	console.log(
		`main-thread tasks from the reload to the map's idle: ${describeLongTasks(reloadTasks)}`
	);

	const saving = await watchLongTasks(page);
	const saveStarted = Date.now();
	await page.locator('summary', { hasText: 'Export & project…' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 120_000 }),
		page.getByRole('button', { name: 'Save project file' }).click()
	]);
	const saved = Date.now() - saveStarted;
	const saveTasks = await saving.take();
	// Kept past the context, and opened by path: Playwright hands a page at most 50 MB in memory.
	const folder = mkdtempSync(join(tmpdir(), 'geobrief-bench-'));
	const projectFile = join(folder, 'work.geobrief.json');
	await download.saveAs(projectFile);
	console.log(
		`project saved (${(statSync(projectFile).size / 1e6).toFixed(0)} MB) in ${(saved / 1000).toFixed(1)} s; main-thread tasks: ${describeLongTasks(saveTasks)}`
	);

	const exporting = await watchLongTasks(page);
	const exportStarted = Date.now();
	await page.locator('summary', { hasText: 'Export & project…' }).click();
	await Promise.all([
		page.waitForEvent('download', { timeout: 120_000 }),
		page.getByRole('button', { name: 'Events as GeoJSON' }).click()
	]);
	console.log(
		`events exported as GeoJSON in ${((Date.now() - exportStarted) / 1000).toFixed(1)} s; main-thread tasks: ${describeLongTasks(await exporting.take())}`
	);
	await context.close();

	const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const opener = await fresh.newPage();
	await opener.goto(url);
	await opener.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
	const opening = await watchLongTasks(opener);
	const openStarted = Date.now();
	await opener.locator('summary', { hasText: 'Export & project…' }).click();
	await opener.getByTestId('open-project').setInputFiles(projectFile);
	await opener.getByTestId('imported-layers').waitFor({ timeout: 120_000 });
	await opener.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 120_000 });
	const opened = Date.now() - openStarted;
	console.log(
		`project opened in a fresh profile in ${(opened / 1000).toFixed(1)} s (from choosing the file to the map's idle); main-thread tasks: ${describeLongTasks(await opening.take())}`
	);
	await fresh.close();
	rmSync(folder, { recursive: true });
}
