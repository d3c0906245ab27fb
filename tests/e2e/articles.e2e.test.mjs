import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, waitForMapIdle } from '../support/browser.mjs';
import { pasteLongText, waitForStoredLayers } from '../support/workspace.mjs';

// An article not in the samples, pasted by the user; its places and dates are new to the app.
const article = `Tensions along the Polish–Belarusian border flared again on 8 November 2021, when
several thousand migrants gathered near the Kuźnica crossing. Poland sent troops to the frontier,
and Lithuania declared a state of emergency in the autumn of 2021.

In early 2023 Warsaw closed the Bobrowniki crossing, and a barrier along the border with Belarus
was completed in June 2022, according to officials in Białystok.`;

/** Resolves once a request whose URL matches `pattern` is among those the page made. */
/** The `map=` part of the page's permalink: "lon,lat,zoom". */
const mapView = (page) =>
	page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('map') ?? '');

async function waitForRequest(requests, pattern) {
	for (let waited = 0; !requests.some((url) => pattern.test(url)); waited += 100) {
		if (waited > 30_000) throw new Error(`no request for ${pattern} in 30 s`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

describe('a user adds an article', () => {
	let browser;
	before(async () => {
		browser = await launchBrowser();
	});
	after(() => browser?.close());

	it('opening the dialog loads the gazetteer; pasting an article puts its events on the map, keeps it across reloads, and undoes its removal', async () => {
		const { page, pageErrors, requests } = await openPage(browser);
		await waitForMapIdle(page);
		// Added from another tab of the side pane: the article is shown in the Articles tab.
		await page.getByRole('tab', { name: 'Review' }).click();
		await page.getByRole('button', { name: 'Add article…' }).click();
		// The gazetteer loads while the user writes, not once the article is submitted.
		await waitForRequest(requests, /gazetteer/);
		// Binary junk, as a pasted file of bytes would be, is refused with a reason.
		await page.getByTestId('article-text').evaluate((area) => {
			area.value = 'PK\u0003\u0004\u0000\u0000 mimetype application/zip';
			area.dispatchEvent(new Event('input', { bubbles: true }));
		});
		await page.getByTestId('article-submit').click();
		assert.match(await page.getByRole('alert').textContent(), /binary data, not text/);
		await page.getByTestId('article-text').fill(article);
		await page.getByTestId('article-title').fill('Border barriers');
		await page.getByTestId('article-submit').click();
		assert.match(
			await page.getByRole('alert').textContent(),
			/publication date is needed/,
			'the date is required'
		);
		await page.getByTestId('article-published').fill('2023-05-10');
		await page.getByTestId('article-submit').click();

		const heading = page.getByRole('heading', { name: 'Border barriers' });
		await heading.waitFor();
		const articleElement = page.locator('article', { has: heading });
		assert.equal(
			await page.getByRole('tab', { name: 'Articles' }).getAttribute('aria-selected'),
			'true'
		);
		// The pane brings the new article into view, below the two sample articles.
		await page.waitForFunction(() => {
			const title = [...document.querySelectorAll('article h2')].at(-1);
			const box = title?.getBoundingClientRect();
			return box && box.top >= 0 && box.bottom <= window.innerHeight;
		});
		await articleElement.getByTestId('date-mark').first().waitFor();
		const dates = await articleElement.getByTestId('date-mark').allTextContents();
		assert.ok(dates.includes('8 November 2021'), `dates found: ${dates.join(' | ')}`);
		const places = await articleElement.locator('.mark.place').allTextContents();
		assert.ok(places.includes('Kuźnica') || places.includes('Lithuania'), places.join(', '));

		await articleElement.getByTestId('date-mark').first().click();
		await page.getByTestId('event-details').waitFor();
		assert.match(await page.getByTestId('event-details').textContent(), /Border barriers/);

		await page.waitForFunction(
			() =>
				new Promise((resolve) => {
					const open = indexedDB.open('geobrief-extractions');
					open.onsuccess = () => {
						const database = open.result;
						if (!database.objectStoreNames.contains('extractions')) return resolve(false);
						const count = database.transaction('extractions').objectStore('extractions').count();
						count.onsuccess = () => resolve(count.result === 1);
					};
				})
		);
		const beforeReload = requests.length;
		await page.reload();
		await page.getByRole('heading', { name: 'Border barriers' }).waitFor();
		const fetchedAgain = requests.slice(beforeReload).filter((url) => /gazetteer/.test(url));
		assert.deepEqual(fetchedAgain, [], 'the reload shows the cached extraction, read no new');

		// An extraction made by an older pipeline is shown, then read again and replaced.
		const storedVersion = (version) =>
			new Promise((resolve) => {
				const open = indexedDB.open('geobrief-extractions');
				open.onsuccess = () => {
					const store = open.result
						.transaction('extractions', 'readwrite')
						.objectStore('extractions');
					const cursor = store.openCursor();
					cursor.onsuccess = () => {
						const record = cursor.result.value;
						const before = record.pipelineVersion;
						if (version) cursor.result.update({ ...record, pipelineVersion: version });
						resolve(before);
					};
				};
			});
		const currentVersion = await page.evaluate(storedVersion, 'an older pipeline');
		// The notice may come and go between two polls on a quick re-read: record that it came.
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.querySelector('[data-testid="rereading"]')) return;
				Object.assign(window, { sawRereading: true });
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		await page.reload();
		await page.getByRole('heading', { name: 'Border barriers' }).waitFor();
		await page.waitForFunction(() => window.sawRereading === true);
		await page.getByTestId('rereading').waitFor({ state: 'detached' });
		for (let tries = 0; (await page.evaluate(storedVersion, null)) !== currentVersion; tries++) {
			assert.ok(tries < 50, 'the extraction read again is stored under the current pipeline');
			await page.waitForTimeout(100);
		}

		// Removed from the keyboard: the focus goes to the removal's Undo, not the page's start.
		await page.getByRole('button', { name: 'Remove Border barriers' }).focus();
		await page.keyboard.press('Enter');
		assert.equal(await page.getByRole('heading', { name: 'Border barriers' }).count(), 0);
		await page.waitForFunction(() => document.activeElement?.textContent === 'Undo');
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { name: 'Border barriers' }).waitFor();
		assert.deepEqual(pageErrors, []);
	});

	it('lays out a long article only near where the reader is, down to its last sentence', async () => {
		const { page, pageErrors } = await openPage(browser);
		await waitForMapIdle(page);
		// About 400,000 characters: some 80 pages of text, in chapters of pages.
		const text = `${Array(800).fill(article).join('\n\n')}\n\nThe account ends in Odesa on 3 May 2024.`;
		await page.getByRole('button', { name: 'Add article…' }).click();
		await pasteLongText(page, text);
		// Kept out of the text box, which would lay it all out.
		assert.match(
			await page.getByTestId('long-text').textContent(),
			new RegExp(`Text: ${text.length.toLocaleString('en-GB')} characters`)
		);
		await page.getByTestId('long-text').getByRole('button', { name: 'Clear' }).click();
		assert.equal(await page.getByTestId('article-text').inputValue(), '');
		assert.ok(
			await page.getByTestId('article-text').evaluate((box) => box === document.activeElement)
		);
		await pasteLongText(page, text);
		await page.getByTestId('article-title').fill('A long account');
		await page.getByTestId('article-published').fill('2024-05-10');
		await page.getByTestId('article-submit').click();
		await page
			.locator('.row[data-status="ready"]', { hasText: 'A long account' })
			.waitFor({ timeout: 120_000 });
		const articleElement = page.locator('article', {
			has: page.getByRole('heading', { name: 'A long account' })
		});
		const laidOutChars = () => articleElement.evaluate((element) => element.textContent.length);
		assert.ok((await laidOutChars()) < 60_000, 'only the pages near the view are put in');

		const ending = articleElement.locator('p', { hasText: 'The account ends in' });
		const panel = page.locator('#panel-articles');
		for (let step = 0; step < 40 && (await ending.count()) === 0; step++) {
			// To the bottom as laid out so far: pages put in take their own height, not the estimate.
			await panel.evaluate((element) => (element.scrollTop = element.scrollHeight));
			await page.waitForTimeout(100);
		}
		await ending.getByRole('button', { name: 'Odesa' }).waitFor();
		assert.equal(await ending.getByTestId('date-mark').textContent(), '3 May 2024');
		assert.ok((await laidOutChars()) < 60_000, 'pages left behind are taken out again');
		assert.deepEqual(pageErrors, []);
	});
});

describe('a user imports event data into the explorer', () => {
	it('imports an ACLED-style CSV onto the map and the timeline, and removes it with undo', async () => {
		const browser = await launchBrowser();
		try {
			const { page, pageErrors } = await openPage(browser);
			await waitForMapIdle(page);
			await page.getByTestId('date-mark').first().waitFor();
			const total = async () =>
				Number(
					(await page.getByTestId('window-text').locator('xpath=..').textContent())
						.match(/of ([\d,]+) events/)[1]
						.replace(/,/g, '')
				);
			const before = await total();
			const viewBefore = await mapView(page);
			await page.getByRole('button', { name: 'Import data…' }).click();
			await page
				.getByTestId('import-file')
				.setInputFiles('tests/fixtures/import/acled-ukraine-2000.csv');
			await page.getByTestId('column-latitude').waitFor();
			await page.getByTestId('import-submit').click();
			await page.getByTestId('import-summary').waitFor();
			await page.getByRole('button', { name: 'Close' }).click();
			await page.getByTestId('imported-layers').waitFor();
			assert.equal(await total(), before + 1996);
			// The map moves to show the imported rows, all in Ukraine.
			await page.waitForFunction((view) => {
				const now = new URLSearchParams(location.hash.slice(1)).get('map');
				return now && now !== view;
			}, viewBefore);
			await waitForMapIdle(page);
			const [lon, lat] = (await mapView(page)).split(',').map(Number);
			assert.ok(lon > 30 && lon < 38 && lat > 46 && lat < 51, `map centred at ${lon}, ${lat}`);

			// Hidden, the layer leaves the timeline, and stays hidden through the link.
			const shown = page.getByRole('checkbox', { name: /acled-ukraine-2000\.csv/ });
			await shown.uncheck();
			assert.equal(await total(), before);
			await page.waitForFunction(() => location.hash.includes('hide='));

			// The layer is stored, its rows packed, and shown again after a reload.
			await waitForStoredLayers(page, 1);
			await page.reload();
			await waitForMapIdle(page);
			assert.match(
				await page.getByTestId('imported-layers').textContent(),
				/acled-ukraine-2000\.csv · 1,996 events/
			);
			assert.equal(await shown.isChecked(), false);
			assert.equal(await total(), before);
			await shown.check();
			assert.equal(await total(), before + 1996);

			await page.getByRole('button', { name: /Remove layer acled-ukraine-2000/ }).click();
			assert.equal(await total(), before);
			await page.getByRole('button', { name: 'Undo' }).click();
			assert.equal(await total(), before + 1996);

			assert.deepEqual(pageErrors, []);
		} finally {
			await browser.close();
		}
	});
});
