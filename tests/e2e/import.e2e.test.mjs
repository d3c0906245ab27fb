import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage } from '../support/browser.mjs';
import { acledCsv, brokenLines } from '../fixtures/import/generate.mjs';

const fixtures = 'tests/fixtures/import';

async function openDialog(browser) {
	const opened = await openPage(browser, '/fixtures/import');
	await opened.page.getByRole('button', { name: 'Import data…' }).click();
	await opened.page.getByRole('heading', { name: 'Import event data' }).waitFor();
	return opened;
}

/** Waits until the locator's text matches, and returns it. */
async function textMatching(locator, pattern, timeout = 10_000) {
	const until = Date.now() + timeout;
	for (;;) {
		const text = (await locator.count()) ? await locator.first().textContent() : null;
		if (text !== null && pattern.test(text)) return text;
		if (Date.now() > until) assert.fail(`expected ${pattern}, found ${JSON.stringify(text)}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/** The text of the option chosen in each column select. */
async function chosenColumns(page) {
	const roles = ['latitude', 'longitude', 'date', 'endDate', 'label', 'description'];
	const chosen = {};
	for (const role of roles) {
		chosen[role] = await page
			.getByTestId(`column-${role}`)
			.evaluate((select) => select.selectedOptions[0].textContent);
	}
	return chosen;
}

describe('a user imports event data', () => {
	let browser;
	before(async () => {
		browser = await launchBrowser();
	});
	after(() => browser?.close());

	it('an ACLED CSV shows its detected columns, imports with progress and lists its broken rows by line', async () => {
		const { page, pageErrors } = await openDialog(browser);
		await page.getByTestId('import-file').setInputFiles(`${fixtures}/acled-ukraine-2000.csv`);
		await page.getByTestId('column-latitude').waitFor();
		assert.deepEqual(await chosenColumns(page), {
			latitude: 'latitude',
			longitude: 'longitude',
			date: 'event_date',
			endDate: '—',
			label: 'event_type',
			description: 'notes'
		});
		assert.equal(await page.getByTestId('import-preview').locator('tbody tr').count(), 5);
		await page.getByTestId('column-label').selectOption({ label: 'location' });
		await page.screenshot({ path: 'test-results/import-csv-columns.png' });

		await page.getByTestId('import-submit').click();
		await page.getByTestId('import-summary').waitFor();
		assert.equal(await page.getByTestId('import-summary').textContent(), '1,996 events imported.');
		assert.equal(await page.getByTestId('import-progress').evaluate((bar) => bar.value), 1);
		assert.match(await page.getByTestId('import-problem-count').textContent(), /4 rows were not/);
		const problems = await page.getByTestId('import-problems').locator('li').allTextContents();
		assert.deepEqual(
			problems,
			Object.entries(brokenLines).map(([line, reason]) => `Line ${line}: ${reason}`)
		);

		await page.screenshot({ path: 'test-results/import-csv-done.png' });
		assert.equal(await page.getByTestId('layer-name').textContent(), 'acled-ukraine-2000.csv');
		assert.equal(await page.getByTestId('layer-count').textContent(), '1996');
		const firstEvents = await page.getByTestId('layer-event').allTextContents();
		assert.equal(firstEvents.length, 5);
		assert.equal(firstEvents[0].trim(), 'Kharkiv | 2022-06-15..2022-06-15 | 49.9036,36.2043');
		await page.getByRole('button', { name: 'Close' }).click();
		assert.equal(await page.getByRole('dialog').count(), 0);
		assert.deepEqual(pageErrors, []);
	});

	it('a KML file and a dropped GeoJSON file import at once, naming the placemark and feature left out', async () => {
		const { page, pageErrors } = await openDialog(browser);
		await page.getByTestId('import-file').setInputFiles(`${fixtures}/crossings.kml`);
		await page.getByTestId('import-summary').waitFor();
		assert.equal(await page.getByTestId('import-summary').textContent(), '3 events imported.');
		assert.match(await page.getByTestId('import-problem-count').textContent(), /1 placemark was/);
		assert.match(await page.getByTestId('import-problems').textContent(), /^Line 22: /);
		assert.equal(await page.getByTestId('layer-count').textContent(), '3');
		const kmlEvents = await page.getByTestId('layer-event').allTextContents();
		assert.equal(
			kmlEvents[1].trim(),
			'Bobrowniki crossing closed | 2023-02-10..2023-03-31 | 53.1292,23.8944'
		);

		const dataTransfer = await page.evaluateHandle(
			(text) => {
				const transfer = new DataTransfer();
				transfer.items.add(new File([text], 'strikes.geojson', { type: 'application/geo+json' }));
				return transfer;
			},
			readFileSync(`${fixtures}/strikes.geojson`, 'utf8')
		);
		await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer });
		await page.getByTestId('layer-name').nth(1).waitFor();
		assert.equal(await page.getByTestId('layer-name').nth(1).textContent(), 'strikes.geojson');
		assert.equal(await page.getByTestId('import-summary').textContent(), '3 events imported.');
		assert.match(await page.getByTestId('import-problems').textContent(), /^Feature 4: /);
		const layer = page.getByTestId('imported-layer').nth(1);
		assert.match(
			await layer.getByTestId('layer-event').nth(2).textContent(),
			/Bakhmut \| 2023-05-01\.\.2023-05-31/
		);
		assert.deepEqual(pageErrors, []);
	});

	it('100,000 CSV rows import in the worker without a main-thread task over 200 ms', async () => {
		const { page, pageErrors } = await openDialog(browser);
		const buffer = Buffer.from(acledCsv(100_000, { seed: 7 }));
		await page
			.getByTestId('import-file')
			.setInputFiles({ name: 'acled-100k.csv', mimeType: 'text/csv', buffer });
		await page.getByTestId('column-latitude').waitFor();
		await page.evaluate(() => {
			const watch = { longTasks: [], progress: [] };
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) watch.longTasks.push(Math.round(entry.duration));
			}).observe({ type: 'longtask' });
			const sample = () => {
				const bar = document.querySelector('[data-testid="import-progress"]');
				if (bar) watch.progress.push(bar.value);
				if (!document.querySelector('[data-testid="import-summary"]'))
					requestAnimationFrame(sample);
			};
			requestAnimationFrame(sample);
			Object.assign(globalThis, { importWatch: watch });
		});
		const started = Date.now();
		await page.getByTestId('import-submit').click();
		await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
		const seconds = (Date.now() - started) / 1000;
		const watch = await page.evaluate(() => globalThis.importWatch);
		console.log(
			`100k rows (${(buffer.length / 1e6).toFixed(1)} MB): ${seconds.toFixed(1)} s, long tasks ${JSON.stringify(watch.longTasks)}, ${watch.progress.length} progress samples`
		);
		assert.equal(await page.getByTestId('import-summary').textContent(), '99,996 events imported.');
		assert.equal(await page.getByTestId('layer-count').textContent(), '99996');
		assert.ok(
			watch.longTasks.every((duration) => duration <= 200),
			`long tasks: ${watch.longTasks.join(', ')} ms`
		);
		assert.ok(
			watch.progress.some((value) => value > 0 && value < 1),
			`progress seen: ${[...new Set(watch.progress)].join(', ')}`
		);
		assert.deepEqual(pageErrors, []);
	});

	it('a program, binary data or a CSV where no row reads gets a clear message and imports nothing', async () => {
		const { page, pageErrors } = await openDialog(browser);
		const input = page.getByTestId('import-file');
		const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));

		await input.setInputFiles({
			name: 'setup.exe',
			mimeType: 'application/octet-stream',
			buffer: binary
		});
		await textMatching(
			page.getByRole('alert'),
			/“setup\.exe” is not a file geobrief can import: choose a \.geojson/
		);
		await input.setInputFiles({ name: 'events.csv', mimeType: 'text/csv', buffer: binary });
		await textMatching(page.getByRole('alert'), /“events\.csv” is not a text file/);

		const undated = `latitude,longitude,date\n${'50.45,30.52,soon\n'.repeat(60)}`;
		await input.setInputFiles({
			name: 'undated.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(undated)
		});
		await page.getByTestId('import-submit').click();
		await textMatching(
			page.getByRole('alert'),
			/No events could be read from “undated\.csv”: every row has a problem\. Nothing was imported\./
		);
		assert.match(
			await page.getByTestId('import-problems').textContent(),
			/Line 2: “soon” is not a date/
		);
		assert.equal(await page.getByTestId('import-problems').locator('li').count(), 50);
		assert.equal(await page.getByTestId('import-problems-more').textContent(), '…and 10 more.');
		await page.screenshot({ path: 'test-results/import-nothing-read.png' });
		assert.equal(await page.getByTestId('imported-layer').count(), 0);
		assert.deepEqual(pageErrors, []);
	});
});
