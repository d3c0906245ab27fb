import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, waitForMapIdle } from '../support/browser.mjs';
import {
	addArticle,
	clearStoredWork,
	downloadFrom,
	openProjectFile,
	selectWords
} from '../support/workspace.mjs';

const article = `Officials in Brest said on 3 May 2023 that the new checkpoint near Pinsk would open in the summer.

Volunteers gathered in Mazyr during the flood relief week, bringing aid across the Pripyat river.`;

/** The review rows of the test article: places or events, as [written words, status] pairs. */
async function reviewRows(page, list) {
	const section = page.getByTestId('review-panel').locator('section', { hasText: 'Aid at Easter' });
	const rows = section.getByTestId(list).locator('li > button.row');
	await rows.first().waitFor();
	return rows.evaluateAll((buttons) =>
		buttons.map((row) => [
			row.querySelector('.written').textContent.trim(),
			row.querySelector('.status').textContent.trim()
		])
	);
}

async function placeRow(page, words) {
	const section = page.getByTestId('review-panel').locator('section', { hasText: 'Aid at Easter' });
	return section.getByTestId('review-places').locator('li', { hasText: words }).first();
}

describe('reviewing a pasted article', () => {
	let browser;
	before(async () => {
		browser = await launchBrowser();
	});
	after(() => browser?.close());

	it('re-matches a place, drags another, adds a missed event, and a project file brings it all back', async () => {
		const { page, pageErrors } = await openPage(browser);
		await waitForMapIdle(page);
		await addArticle(page, { title: 'Aid at Easter', text: article, published: '2023-06-01' });
		const heading = page.getByRole('heading', { name: 'Aid at Easter' });
		await heading.waitFor();
		const articleElement = page.locator('article', { has: heading });

		await page.getByRole('tab', { name: 'Review' }).click();
		await page
			.getByTestId('review-panel')
			.getByLabel('Article')
			.selectOption({ label: 'Aid at Easter' });
		assert.deepEqual(
			await page.getByTestId('review-panel').locator('section h3').allTextContents(),
			['Aid at Easter'],
			'the review shows the chosen article only'
		);
		const brest = await placeRow(page, 'Brest');
		await brest.getByRole('button').first().click();
		await brest.getByRole('searchbox').fill('Brest Voblast');
		await brest
			.getByTestId('gazetteer-results')
			.getByRole('button', { name: /Brest Voblast/ })
			.click();
		await page.getByTestId('review-panel').getByText('corrected').first().waitFor();

		const pinsk = await placeRow(page, 'Pinsk');
		await pinsk.getByRole('button').first().click();
		await pinsk.getByRole('button', { name: 'Drag on map' }).click();
		const marker = page.getByTestId('place-drag-marker');
		await marker.waitFor();
		await page.waitForTimeout(1200); // the map flies to the place
		const box = await marker.boundingBox();
		await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4);
		await page.mouse.down();
		await page.mouse.move(box.x + 90, box.y + 40, { steps: 10 });
		await page.mouse.up();
		await page.getByTestId('drag-banner').getByRole('button', { name: 'Done' }).click();
		// The row says where the pin is now, not the gazetteer place it was moved from.
		assert.match(
			await pinsk.locator('button.row').textContent(),
			/\d+\.\d{4}, \d+\.\d{4} \(set by hand, was Pinsk, BY\)/
		);

		await page.getByRole('tab', { name: 'Articles' }).click();
		await articleElement.getByText(/bringing aid/).scrollIntoViewIfNeeded();
		await selectWords(articleElement, 'the flood relief week');
		await page
			.getByRole('toolbar', { name: 'Add the selected words' })
			.getByRole('button', { name: 'Add as event' })
			.click();
		const dialog = page.getByTestId('add-mention');
		await dialog.getByLabel('First day').waitFor();
		assert.match(
			await dialog.textContent(),
			/Volunteers gathered in Mazyr/,
			'the sentence is the quote'
		);
		await dialog.getByLabel('First day').fill('2023-04-17');
		await dialog.getByLabel('Last day').fill('2023-04-23');
		await dialog.getByLabel('Precision').selectOption('range');
		await dialog.getByLabel('Kind').selectOption('humanitarian');
		assert.ok(
			await dialog.getByRole('checkbox', { name: /Mazyr/ }).isChecked(),
			'its place is proposed'
		);
		await dialog.getByRole('button', { name: 'Add event' }).click();
		await articleElement
			.getByTestId('date-mark')
			.filter({ hasText: 'the flood relief week' })
			.waitFor();

		// Without a mouse: find the words from the review tab, then give the place's coordinates.
		await page.getByRole('tab', { name: 'Review' }).click();
		const section = page
			.getByTestId('review-panel')
			.locator('section', { hasText: 'Aid at Easter' });
		await section.getByLabel(/Add what was missed/).fill('new checkpoint');
		await page.keyboard.press('Enter');
		await section.getByTestId('found-words').getByRole('button', { name: 'Add as place' }).focus();
		await page.keyboard.press('Enter');
		await dialog.getByLabel(/Coordinates/).fill('52.118, 26.11');
		await page.keyboard.press('Enter');
		await dialog.waitFor({ state: 'detached' });
		// Its button gone, the focus stays in the article's review, not at the start of the pane.
		await page.waitForFunction(
			(title) =>
				document.activeElement?.closest('section')?.textContent.includes(title) &&
				document.activeElement.matches('button, input'),
			'Aid at Easter'
		);

		const reviewed = {
			places: await reviewRows(page, 'review-places'),
			events: await reviewRows(page, 'review-events')
		};
		assert.deepEqual(
			reviewed.places.filter(([, status]) => status !== 'not reviewed'),
			[
				['Brest', 'corrected'],
				['Pinsk', 'corrected'],
				['new checkpoint', 'added']
			]
		);
		assert.deepEqual(
			reviewed.events.find(([words]) => words === 'the flood relief week'),
			['the flood relief week', 'added']
		);

		const geojson = JSON.parse(await downloadFrom(page, 'Events as GeoJSON'));
		const added = geojson.features.find(
			(feature) =>
				feature.properties.source_title === 'Aid at Easter' && feature.properties.review === 'added'
		);
		assert.ok(added, 'the added event is exported');
		assert.match(added.properties.quote, /^Volunteers gathered in Mazyr/);
		assert.deepEqual(
			added.geometry.coordinates.map((value) => Math.round(value)),
			[29, 52],
			'placed at Mazyr'
		);

		await page.getByRole('tab', { name: 'Briefing slides' }).click();
		await page.getByRole('button', { name: /Capture map/ }).click();
		const slides = page.getByTestId('slide-deck').locator('li');
		await slides.first().waitFor();
		const slideTitle = await slides.first().getByRole('textbox').first().inputValue();

		const projectText = await downloadFrom(page, 'Save project file');
		await clearStoredWork(page);
		await page.reload();
		await waitForMapIdle(page);
		await page.getByRole('heading', { name: /Difficult neighbors/ }).waitFor();
		assert.equal(await page.getByRole('heading', { name: 'Aid at Easter' }).count(), 0);

		await openProjectFile(page, projectText);
		await page.getByRole('heading', { name: 'Aid at Easter' }).waitFor();
		await page.getByRole('tab', { name: 'Review' }).click();
		await page
			.getByTestId('review-panel')
			.locator('section', { hasText: 'Aid at Easter' })
			.waitFor();
		assert.deepEqual(
			{
				places: await reviewRows(page, 'review-places'),
				events: await reviewRows(page, 'review-events')
			},
			reviewed,
			'the same review state after opening the project file'
		);
		await page.getByRole('tab', { name: 'Briefing slides' }).click();
		await slides.first().waitFor();
		assert.equal(await slides.count(), 1, 'the slide came back with the project');
		assert.equal(await slides.first().getByRole('textbox').first().inputValue(), slideTitle);
		assert.deepEqual(pageErrors, []);
	});

	it('keeps keyboard focus in the list when a reviewed row leaves the “not yet reviewed” filter', async () => {
		const { page, pageErrors } = await openPage(browser);
		await waitForMapIdle(page);
		await page.getByRole('tab', { name: 'Review' }).click();
		const panel = page.getByTestId('review-panel');
		await panel.locator('.filters select').first().selectOption('open');
		const places = panel.getByTestId('review-places').first();
		const firstRow = places.locator('button.row').first();
		const reviewedText = await firstRow.textContent();
		await firstRow.click();
		await places.getByRole('button', { name: 'Correct', exact: true }).focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			(text) => {
				const focused = document.activeElement;
				return focused?.matches('button.row') && focused.textContent !== text;
			},
			reviewedText,
			{ timeout: 5_000 }
		);
		assert.deepEqual(pageErrors, []);
	});
});
