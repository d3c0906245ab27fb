import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, waitForMapIdle } from '../support/browser.mjs';
import { acledCsv } from '../fixtures/import/generate.mjs';
import {
	addArticle,
	clearStoredWork,
	downloadFrom,
	openProjectFile
} from '../support/workspace.mjs';

const article = `Officials in Chișinău said on 14 March 2023 that a drone had crashed near Ocnița,
close to the border with Ukraine. In the autumn of 2022 missile debris fell near Briceni.`;
const sampleTitle =
	'Difficult neighbors: How the Belarus crisis has strained ties between Minsk and Kyiv';

describe('exports and the project file', () => {
	let browser;
	before(async () => {
		browser = await launchBrowser();
	});
	after(() => browser?.close());

	it('exports cited events, and a saved project file restores the work, imported layer too, after storage is cleared', async () => {
		const { page, pageErrors } = await openPage(browser);
		await waitForMapIdle(page);
		await addArticle(page, { title: 'Debris in Moldova', text: article });
		await page.getByRole('heading', { name: 'Debris in Moldova' }).waitFor();

		const geojson = JSON.parse(await downloadFrom(page, 'Events as GeoJSON'));
		const cited = geojson.features.filter((f) => f.properties.source_title === 'Debris in Moldova');
		assert.ok(cited.length >= 2, `${cited.length} events cite the new article`);
		assert.ok(
			cited.every((f) => typeof f.properties.quote_start === 'number' && f.properties.quote)
		);

		// A review edit on a bundled sample article: the file holds the edit, not the article.
		await page.getByRole('tab', { name: 'Review' }).click();
		const panel = page.getByTestId('review-panel');
		await panel.getByLabel('Article').selectOption({ label: sampleTitle });
		const samplePlaces = panel.getByTestId('review-places');
		const firstPlace = samplePlaces.locator('li').first();
		const placeName = (await firstPlace.locator('.written').textContent()).trim();
		await firstPlace.getByRole('button').first().click();
		await firstPlace.getByRole('button', { name: 'Not a place' }).click();
		await samplePlaces.locator('li', { hasText: 'not a place' }).first().waitFor();

		// A layer of 4,500 rows: its events are kept as three chunks of text.
		await page.getByRole('button', { name: 'Import data…' }).click();
		await page.getByTestId('import-file').setInputFiles({
			name: 'acled-4500.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(acledCsv(4500, { seed: 3 }))
		});
		await page.getByTestId('column-latitude').waitFor();
		await page.getByTestId('import-submit').click();
		const imported = (await page.getByTestId('import-summary').textContent()).match(
			/([\d,]+) events imported/
		)[1];
		await page.getByRole('button', { name: 'Close' }).click();
		const layerListed = new RegExp(`acled-4500\\.csv · ${imported} events`);
		assert.match(await page.getByTestId('imported-layers').textContent(), layerListed);
		const eventsInWindow = () => page.getByTestId('window-text').locator('xpath=..').textContent();
		const shown = await eventsInWindow();

		const projectText = await downloadFrom(page, 'Save project file');
		assert.match(projectText, /geobrief-project/);
		assert.match(
			await page.getByRole('status').filter({ hasText: 'Saved the project' }).textContent(),
			/Saved the project as “geobrief-\d{4}-\d{2}-\d{2}\.geobrief\.json”/
		);
		assert.deepEqual(
			Object.keys(JSON.parse(projectText).edits),
			['davidzon-2021-belarus-ukraine-strained-ties'],
			'the sample article’s edit is saved'
		);

		await clearStoredWork(page);
		await page.reload();
		await waitForMapIdle(page);
		await page.getByRole('heading', { name: /Difficult neighbors/ }).waitFor();
		assert.equal(await page.getByRole('heading', { name: 'Debris in Moldova' }).count(), 0);

		await openProjectFile(page, projectText);
		await page.getByRole('heading', { name: 'Debris in Moldova' }).waitFor();
		assert.equal(await page.getByRole('alert').count(), 0, 'the file opened without a problem');
		assert.match(await page.getByTestId('imported-layers').textContent(), layerListed);
		assert.equal(await eventsInWindow(), shown);
		const savedAgain = JSON.parse(await downloadFrom(page, 'Save project file'));
		assert.deepEqual(savedAgain.layers, JSON.parse(projectText).layers, 'every row came back');
		await page.getByRole('tab', { name: 'Review' }).click();
		await panel.getByLabel('Article').selectOption({ label: sampleTitle });
		assert.match(
			await samplePlaces.locator('li', { hasText: 'not a place' }).first().textContent(),
			new RegExp(placeName)
		);

		// Opening the same file again adds nothing twice, and says so: there is nothing to undo.
		await openProjectFile(page, projectText);
		await page.getByText('its articles, layers and review edits were all here already').waitFor();
		assert.equal(await page.getByRole('button', { name: 'Undo', exact: true }).count(), 0);
		await page.getByRole('tab', { name: 'Articles' }).click();
		await page.getByRole('heading', { name: 'Debris in Moldova' }).waitFor();
		assert.equal(await page.getByRole('heading', { name: 'Debris in Moldova' }).count(), 1);

		await openProjectFile(page, projectText.slice(0, 200), 'broken.geobrief.json');
		assert.match(
			await page.getByRole('alert').textContent(),
			/was not opened.*Nothing was changed/s
		);
		// No offer to undo an opening stands: none is this file's.
		assert.equal(await page.getByText('Opened “work.geobrief.json”.').count(), 0);
		assert.equal(await page.getByRole('heading', { name: 'Debris in Moldova' }).count(), 1);
		assert.deepEqual(pageErrors, []);
	});
});

describe('a project file whose ids are taken here', () => {
	let browser;
	before(async () => {
		browser = await launchBrowser();
	});
	after(() => browser?.close());

	it('asks to replace, keep both or merge (Escape cancels), and Undo takes back each choice', async () => {
		const { page, pageErrors } = await openPage(browser);
		await waitForMapIdle(page);
		await addArticle(page, { title: 'Debris in Moldova', text: article });
		await page.getByRole('heading', { name: 'Debris in Moldova' }).waitFor();

		// The file holds one review edit (place A not a place); here it is undone and place B is.
		await page.getByRole('tab', { name: 'Review' }).click();
		const panel = page.getByTestId('review-panel');
		await panel.getByLabel('Article').selectOption({ label: 'Debris in Moldova' });
		const places = panel.getByTestId('review-places');
		const history = panel.locator('.history');
		const markNotPlace = async (row) => {
			await row.getByRole('button').first().click();
			await row.getByRole('button', { name: 'Not a place' }).click();
		};
		const placeA = (
			await places.locator(':scope > li').first().locator('.written').textContent()
		).trim();
		await markNotPlace(places.locator(':scope > li').first());
		await history.getByText('1 review edit').waitFor();
		const projectText = await downloadFrom(page, 'Save project file');
		await history.getByRole('button', { name: 'Undo edit' }).click();
		await history.getByText('0 review edits').waitFor();
		await markNotPlace(places.locator(':scope > li').filter({ hasNotText: placeA }).first());
		await history.getByText('1 review edit').waitFor();
		/** Which of A and B are marked not a place, by the status of their rows. */
		const notPlaces = async () =>
			(
				await places
					.locator(':scope > li', { has: page.locator('[data-status="notPlace"]') })
					.allTextContents()
			).map((text) => (text.includes(placeA) ? 'A' : 'B'));
		assert.deepEqual(await notPlaces(), ['B']);

		const dialog = page.getByTestId('opening-conflicts');
		const undo = () => page.getByRole('button', { name: 'Undo', exact: true }).click();
		await openProjectFile(page, projectText);
		await dialog.waitFor();
		assert.match(
			await dialog.textContent(),
			/another version of 1 article[\s\S]*Debris in Moldova/
		);
		assert.equal(
			await page.evaluate(() => document.activeElement?.textContent),
			'Keep both',
			'Keep both is the default'
		);
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'detached' });
		assert.equal(await page.getByText('Opened “work.geobrief.json”.').count(), 0);
		assert.deepEqual(await notPlaces(), ['B'], 'Escape changed nothing');

		await openProjectFile(page, projectText);
		await dialog.getByRole('button', { name: 'Replace' }).click();
		await history.getByText('1 review edit').waitFor();
		assert.deepEqual(await notPlaces(), ['A'], 'the file’s edits replaced the local ones');
		await undo();
		await places
			.locator(':scope > li')
			.filter({ hasText: placeA })
			.locator('[data-status="automatic"]')
			.waitFor();
		assert.deepEqual(await notPlaces(), ['B'], 'undo restored the local edits');

		await openProjectFile(page, projectText);
		await dialog.getByRole('button', { name: 'Merge' }).click();
		await history.getByText('2 review edits').waitFor();
		assert.deepEqual((await notPlaces()).sort(), ['A', 'B'], 'merge kept the edits of both');
		await undo();
		await history.getByText('1 review edit').waitFor();
		assert.deepEqual(await notPlaces(), ['B']);

		// A file whose article has another text: Keep both (Enter, the default) adds it beside.
		const file = JSON.parse(projectText);
		file.articles[0].text += ' A third incident was reported near Soroca.';
		await openProjectFile(page, JSON.stringify(file));
		await dialog.waitFor();
		await page.keyboard.press('Enter');
		await dialog.waitFor({ state: 'detached' });
		await page.getByRole('tab', { name: 'Articles' }).click();
		const removeButtons = page.getByRole('button', { name: 'Remove Debris in Moldova' });
		await removeButtons.nth(1).waitFor();
		assert.equal(await removeButtons.count(), 2, 'both articles are kept');
		await undo();
		await removeButtons.nth(1).waitFor({ state: 'detached' });
		// The file's view showed its article alone; the undo takes back the work, not the view.
		await page
			.getByTestId('reading-pane')
			.locator('label', { hasText: 'Debris in Moldova' })
			.getByRole('checkbox')
			.check();
		await page.getByRole('tab', { name: 'Review' }).click();
		await panel.getByLabel('Article').selectOption({ label: 'Debris in Moldova' });
		assert.deepEqual(await notPlaces(), ['B'], 'the local article and its edits are as before');
		assert.deepEqual(pageErrors, []);
	});
});

describe('hostile article HTML never runs', () => {
	it('pastes, uploads and imports known XSS payloads without running any of them', async () => {
		const browser = await launchBrowser();
		try {
			const payloads = readFileSync('tests/fixtures/io/xss-payloads.txt', 'utf8')
				.split('\n')
				.filter((line) => line.trim() && !line.startsWith('#'));
			assert.ok(payloads.length >= 50, `${payloads.length} payloads`);
			const { page, pageErrors } = await openPage(browser);
			let dialogs = 0;
			page.on('dialog', (dialog) => {
				dialogs++;
				dialog.dismiss();
			});
			await waitForMapIdle(page);
			await page.evaluate(() => (window.xssFired = 0));
			const scriptsBefore = await page.evaluate(() => document.scripts.length);
			const html = `<html><head><title>Hostile page</title></head><body><p>Kyiv, 3 May 2023.</p>${payloads.join('\n<p>Minsk</p>\n')}</body></html>`;
			await addArticle(page, { title: 'Pasted hostile', text: html, format: 'html' });
			await page.getByRole('heading', { name: 'Pasted hostile' }).waitFor();

			await page.getByRole('button', { name: 'Add article…' }).click();
			await page.locator('dialog input[type="file"]').setInputFiles({
				name: 'hostile.html',
				mimeType: 'text/html',
				buffer: Buffer.from(html)
			});
			await page.getByTestId('article-title').fill('Uploaded hostile');
			await page.getByTestId('article-published').fill('2023-05-04');
			await page.getByTestId('article-submit').click();
			await page.getByRole('heading', { name: 'Uploaded hostile' }).waitFor();

			// Import: the payloads as names and descriptions of a data layer, and as the article of
			// a project file.
			const hostileLayer = {
				type: 'FeatureCollection',
				features: payloads.map((payload, index) => ({
					type: 'Feature',
					geometry: { type: 'Point', coordinates: [24 + (index % 10), 47 + index / 10] },
					properties: { name: payload, description: payload, date: '2023-05-06' }
				}))
			};
			await page.getByRole('button', { name: 'Import data…' }).click();
			await page.getByTestId('import-file').setInputFiles({
				name: 'hostile.geojson',
				mimeType: 'application/geo+json',
				buffer: Buffer.from(JSON.stringify(hostileLayer))
			});
			assert.match(await page.getByTestId('import-summary').textContent(), /76|events/);
			await page.getByRole('button', { name: 'Close' }).click();
			await openProjectFile(
				page,
				JSON.stringify({
					format: 'geobrief-project',
					formatVersion: 1,
					articles: [
						{
							id: 'hostile-project',
							text: html,
							format: 'html',
							meta: { title: 'Imported hostile', published: '2023-05-05' }
						}
					],
					edits: {},
					layers: [],
					slides: null,
					settings: {}
				})
			);
			await page.getByRole('heading', { name: 'Imported hostile' }).waitFor();
			await page.waitForTimeout(1000);

			assert.equal(dialogs, 0, 'no alert, confirm or prompt opened');
			assert.equal(await page.evaluate(() => window.xssFired), 0);
			const injected = await page.evaluate(
				() =>
					document.querySelectorAll(
						'article script, article iframe, article img, article svg, article object, [onerror], [onload], iframe, object, embed'
					).length
			);
			assert.equal(injected, 0, 'no markup from the article reached the page');
			assert.equal(await page.evaluate(() => document.scripts.length), scriptsBefore);
			assert.deepEqual(pageErrors, []);
		} finally {
			await browser.close();
		}
	});
});
