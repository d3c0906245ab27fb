import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
	artifactsDir,
	baseUrl,
	launchBrowser,
	openPage,
	scrollPaneTo,
	waitForMapIdle
} from '../support/browser.mjs';
import { imageStats } from '../support/images.mjs';
import { kindColours } from '../support/eventColours.mjs';
import { decodePng } from '../support/png.mjs';

async function openExplorer(browser, path = '/') {
	const session = await openPage(browser, path);
	await waitForMapIdle(session.page);
	await session.page.getByTestId('date-mark').first().waitFor();
	return session;
}

const passageText = (page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('.passage')].map((node) => node.textContent).join('')
	);

describe('text, map and time stay linked', () => {
	let browser;
	before(async () => {
		browser = await launchBrowser();
	});
	after(() => browser?.close());

	it('scrubbing the window with the keyboard changes the highlighted passage', async () => {
		const { page, pageErrors } = await openExplorer(browser);
		const end = page.getByTestId('handle-end');
		await end.focus();
		await page.keyboard.press('Home');
		const start = page.getByTestId('handle-start');
		await start.focus();
		await page.keyboard.press('Home');
		await end.focus();
		const passages = new Set();
		for (let step = 0; step < 8; step++) {
			await page.keyboard.press('ArrowUp');
			passages.add(await passageText(page));
		}
		assert.match(await end.getAttribute('aria-valuetext'), /^Until \d{1,2} \w+ \d{4}$/);
		assert.ok(passages.size >= 3, `only ${passages.size} distinct passages while stepping`);

		// An article's places and dates are one Tab stop; the arrow keys move among them.
		const text = page.locator('.article').first().getByRole('group');
		const focused = () =>
			page.evaluate(() => {
				const active = document.activeElement;
				return active.classList.contains('mark') ? Number(active.dataset.offset) : null;
			});
		assert.equal(await text.locator('.mark[tabindex="0"]').count(), 1);
		await text.locator('.mark[tabindex="0"]').focus();
		const first = await focused();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		const third = await focused();
		assert.ok(third > first, 'the arrow moved to a later mark');
		await page.keyboard.press('ArrowLeft');
		const second = await focused();
		assert.ok(first < second && second < third);
		await page.keyboard.press('Tab');
		assert.equal(
			await text.evaluate((group) => group.contains(document.activeElement)),
			false,
			'Tab left the text in one step'
		);
		await page.keyboard.press('Shift+Tab');
		assert.equal(await focused(), second, 'Shift+Tab came back to the mark last focused');
		assert.deepEqual(pageErrors, []);
	});

	it('clicking a date in the text moves the slider and opens the event', async () => {
		const { page } = await openExplorer(browser);
		// Narrow the window to the first month of the timeline, far from the clicked date.
		await page.getByTestId('handle-start').focus();
		await page.keyboard.press('Home');
		await page.getByTestId('handle-end').focus();
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');
		const before = await page.getByTestId('window-text').textContent();
		const date = page.getByTestId('date-mark').filter({ hasText: /2022/ }).first();
		const dateText = await date.textContent();
		await date.click();
		const details = page.getByTestId('event-details');
		await details.waitFor();
		const after = await page.getByTestId('window-text').textContent();
		assert.notEqual(after, before, 'the window moved');
		assert.match(after, /202[0-3]/);
		assert.match(await details.textContent(), new RegExp(dateText.trim()));
		assert.ok(
			(await passageText(page)).includes(dateText),
			'the passage with the date is highlighted'
		);
	});

	it('clicking a marker scrolls the pane to its passage', async () => {
		const { page } = await openExplorer(browser);
		// An event at a place (a marker), not one drawn as its country's highlight.
		const marks = page.getByTestId('date-mark');
		for (let i = 0; ; i++) {
			assert.ok(i < (await marks.count()), 'an event placed at a place');
			await marks.nth(i).click();
			const details = await page.getByTestId('event-details').textContent();
			if (!/placed at the|not on the map/.test(details)) break;
		}
		await page.waitForTimeout(1500);
		await page.getByRole('button', { name: 'Close event details' }).click();
		await page.getByTestId('reading-pane').evaluate((pane) => pane.parentElement.scrollTo(0, 0));
		// The map flew the event to the middle of what the event card left free (eventCardCover:
		// 0.75rem in, at most 26rem wide and 55% of the map).
		const box = await page.getByTestId('map').boundingBox();
		const cover = 12 + Math.min(416, 0.55 * box.width);
		await page.mouse.click(box.x + (box.width + cover) / 2, box.y + box.height / 2);
		const details = page.getByTestId('event-details');
		await details.waitFor();
		const passage = await passageText(page);
		const quote = await details.locator('blockquote strong').textContent();
		assert.equal(passage.trim(), quote.trim());
		// The pane scrolls smoothly, so wait for the passage to arrive rather than a fixed time.
		await page.waitForFunction(
			() => {
				const passage = document.querySelector('.passage').getBoundingClientRect();
				const pane = document.querySelector('#reading-pane').getBoundingClientRect();
				return passage.top >= pane.top && passage.bottom <= pane.bottom;
			},
			undefined,
			{ timeout: 5_000 }
		);
		// Escape from inside the card closes it and leaves the focus on the map, not the page's start.
		await page.getByRole('button', { name: 'Close event details' }).focus();
		await page.keyboard.press('Escape');
		await details.waitFor({ state: 'detached' });
		await page.waitForFunction(() =>
			document.activeElement?.classList.contains('maplibregl-canvas')
		);
	});

	it('a permalink restores the window, the selected event and the view', async () => {
		const { page } = await openExplorer(browser);
		await page.getByTestId('date-mark').nth(3).click();
		await page.getByTestId('event-details').waitFor();
		await page.waitForTimeout(2000);
		const link = page.url();
		assert.match(link, /#v=1&/);
		const label = await page.getByTestId('event-details').textContent();
		const window = await page.getByTestId('window-text').textContent();

		const restored = await openExplorer(browser, link.slice(baseUrl.length));
		await restored.page.getByTestId('event-details').waitFor();
		assert.equal(await restored.page.getByTestId('event-details').textContent(), label);
		assert.equal(await restored.page.getByTestId('window-text').textContent(), window);
		assert.deepEqual(restored.pageErrors, []);
		await restored.page.close();

		// The same link pasted into the address bar of the open page, after another selection.
		await page.getByTestId('date-mark').nth(8).click();
		await page.waitForFunction((before) => location.href !== before, link);
		assert.notEqual(await page.getByTestId('event-details').textContent(), label);
		// The page writes the link of what it shows while the map moves, which can come between the
		// hash set and its hashchange event: the event's own URL is the one to follow.
		await page.evaluate((hash) => {
			const own = location.hash;
			location.hash = hash;
			history.replaceState(history.state, '', own);
		}, new URL(link).hash);
		await page.waitForFunction(
			(expected) =>
				document.querySelector('[data-testid="event-details"]')?.textContent === expected,
			label
		);
		// Find a place: the gazetteer's search in the top bar flies the map there. It opens with the
		// focus in its box; ↓ goes to the first match.
		await page.getByText('Find a place…').click();
		const box = page.getByTestId('find-place').getByPlaceholder('Name of the place');
		await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
		await page.keyboard.type('Dhaka');
		await page
			.getByTestId('find-place')
			.getByRole('button', { name: /^Dhaka city/ })
			.first()
			.waitFor();
		await box.press('ArrowDown');
		assert.match(await page.evaluate(() => document.activeElement.textContent), /^\s*Dhaka\s+city/);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => {
			const view = new URLSearchParams(location.hash.slice(1)).get('map');
			// West of Dhaka by up to half the open event card at zoom 7.5 (0.8°).
			return view && Math.abs(Number(view.split(',')[0]) - 90.4) < 1.5;
		});
		// A top-bar menu closes when the focus moves on past it.
		await page.getByText('Export & project…').click();
		const exportMenu = page.locator('details', { hasText: 'Export & project…' });
		assert.equal(await exportMenu.evaluate((menu) => menu.open), true);
		await page.getByRole('button', { name: 'Hide articles' }).focus();
		assert.equal(await exportMenu.evaluate((menu) => menu.open), false);
	});

	it('a reopened permalink keeps its view while the page resizes the map as it loads', async () => {
		const view = '32.0000,49.0000,4.60';
		const { page, pageErrors } = await openPage(browser, `/#v=1&map=${view}`);
		// The timeline appears as the articles load, and the map shrinks: resizing the map all
		// through the load meets the camera whatever it is doing then.
		const heights = [900, 860];
		for (let step = 0; step < 40; step++) {
			await page.setViewportSize({ width: 1440, height: heights[step % 2] });
			await page.waitForTimeout(100);
		}
		await waitForMapIdle(page);
		await page.waitForTimeout(1500);
		const link = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
		assert.equal(link.get('map'), view);
		assert.deepEqual(pageErrors, []);
	});

	it('captures the selected event as a slide and reopens it live', async () => {
		const { page, pageErrors } = await openExplorer(browser);
		await page.getByTestId('handle-end').focus();
		for (let step = 0; step < 3; step++) await page.keyboard.press('PageDown');
		// The first diplomatic event of one day in the window (drawn solid): its blue is what the
		// slide picture is checked for.
		const details = page.getByTestId('event-details');
		let found = false;
		// Article by article: an article's text is put in only while it is near the view. The
		// marks are clicked in the page, each read as soon as the card shows it: a round trip per
		// mark from here costs a map frame each.
		for (const article of await page.locator('#panel-articles article').all()) {
			await article.scrollIntoViewIfNeeded();
			await article.getByTestId('date-mark').first().waitFor();
			found = await article.evaluate(async (element) => {
				for (const mark of element.querySelectorAll('[data-testid="date-mark"]')) {
					mark.click();
					await new Promise((resolve) => setTimeout(resolve));
					const card = document.querySelector('[data-testid="event-details"]');
					if (
						card?.querySelector('.kind')?.textContent === 'diplomatic' &&
						/→ \d{1,2} \p{L}+ \d{4}(?! –)/u.test(card.textContent)
					)
						return true;
				}
				return false;
			});
			if (found) break;
		}
		assert.ok(found, 'a diplomatic event of one day is in the window');
		const label = await details.locator('.label').textContent();
		const window = await page.getByTestId('window-text').textContent();
		await page.waitForTimeout(1500);
		await page.getByRole('tab', { name: 'Briefing slides' }).click();
		await page.getByRole('button', { name: /Capture map/ }).click();
		const title = page.getByTestId('slide-deck').getByLabel('Title').first();
		await title.waitFor();
		assert.equal(await title.inputValue(), label);
		assert.match(
			await page.getByTestId('slide-deck').getByLabel('Caption').first().inputValue(),
			/^“.+” — /
		);
		// The event points have a canvas of their own: the slide picture must include them.
		// Diplomatic blue, counted left of the legend and below the title band.
		const [png] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'PNG', exact: true }).click()
		]);
		const bytes = readFileSync(await png.path());
		const region = { left: 0, top: 0.2, right: 0.75, bottom: 1 };
		const { pixelsNear: blue } = await imageStats(page, bytes, 'image/png', {
			rgb: [31, 119, 180],
			region
		});
		assert.ok(blue > 100, `the slide shows ${blue} pixels of diplomatic events`);

		await page.getByRole('button', { name: 'Close event details' }).click();
		await page.getByTestId('handle-end').focus();
		await page.keyboard.press('End');
		assert.notEqual(await page.getByTestId('window-text').textContent(), window);
		await page.getByRole('button', { name: 'Open live' }).first().click();
		await details.waitFor();
		assert.equal(await details.locator('.label').textContent(), label);
		assert.equal(await page.getByTestId('window-text').textContent(), window);
		assert.deepEqual(pageErrors, []);
	});

	it('a permalink restores the analysis layers, zones and range rings', async () => {
		const { page, pageErrors } = await openExplorer(
			browser,
			'/#v=1&layers=border,rings&rings=30.5234,50.4501,300,Kyiv%20test%20ring'
		);
		await page.getByRole('button', { name: /Analysis layers/ }).click();
		const border = page.locator('[data-layer="border"]').getByRole('checkbox');
		await page.waitForFunction(() =>
			document.querySelector('[data-layer="rings"]')?.textContent?.includes('Kyiv test ring')
		);
		assert.equal(await border.isChecked(), true);
		assert.equal(
			await page.locator('[data-layer="zones"]').getByRole('checkbox').isChecked(),
			false
		);
		await page.waitForFunction(() => location.hash.includes('rings=30.5234'));

		// A centre the basemap's list lacks is found in the whole gazetteer.
		const rings = page.locator('[data-layer="rings"]');
		await rings.getByText('Add…').click();
		await rings.getByLabel('Centre').pressSequentially('Dhaka');
		await rings.locator('datalist option[value="Dhaka, BD"]').waitFor({ state: 'attached' });
		await rings.getByRole('button', { name: 'Add ring' }).click();
		await page.waitForFunction(
			() => location.hash.includes('rings=30.5234') && /rings=[^&]*90\.4/.test(location.hash)
		);
		assert.deepEqual(pageErrors, []);
	});

	it('a measurement is drawn above the event points', async () => {
		const { page, pageErrors } = await openExplorer(browser);
		const box = await page.getByTestId('map').boundingBox();
		// The outlines of event markers (their kind's colour darkened, as eventPointsProgram draws
		// them whatever the fill): the points to measure between.
		const strokes = kindColours.map((colour) => colour.map((value) => Math.round(0.6 * value)));
		const isStroke = (rgba, i) =>
			strokes.some(
				([r, g, b]) =>
					Math.abs(rgba[i] - r) + Math.abs(rgba[i + 1] - g) + Math.abs(rgba[i + 2] - b) < 12
			);
		const eventPixels = async () => {
			const { width, rgba } = decodePng(await page.screenshot());
			const found = [];
			for (let y = Math.ceil(box.y) + 60; y < box.y + box.height - 60; y++) {
				for (let x = Math.ceil(box.x) + 60; x < box.x + box.width - 60; x++) {
					if (isStroke(rgba, (y * width + x) * 4)) found.push([x, y]);
				}
			}
			return found;
		};
		await page.getByRole('button', { name: /Analysis layers/ }).click();
		await page
			.locator('[data-layer="measure"]')
			.getByRole('button', { name: 'Path length' })
			.click();
		// Markers the open layer panel does not cover.
		const panel = await page.locator('[data-layer="measure"]').locator('..').boundingBox();
		const before = (await eventPixels()).filter(
			([x, y]) => x > panel.x + panel.width || y > panel.y + panel.height
		);
		assert.ok(before.length > 20, `only ${before.length} event pixels to measure between`);
		const ends = [before[0], before.at(-1)];
		for (const [x, y] of ends) await page.mouse.click(x, y);
		await page.locator('[data-testid="measure-result"][data-vertices="2"]').waitFor();
		// The total is shown on the map beside the last point too.
		const total = await page.getByTestId('measure-total').textContent();
		assert.ok(
			total && (await page.getByTestId('measure-result').textContent()).includes(total),
			`the map's total “${total}” is the panel's`
		);
		await page.mouse.move(box.x + 5, box.y + box.height - 5);
		await page.waitForTimeout(500);
		const after = new Set((await eventPixels()).map(([x, y]) => `${x},${y}`));
		for (const [x, y] of ends) {
			assert.ok(!after.has(`${x},${y}`), `the event at ${x},${y} covers the measured point`);
		}
		assert.deepEqual(pageErrors, []);
	});

	it('an open event card leaves the map drawn above it, with no rectangle of background', async () => {
		const { page, pageErrors } = await openExplorer(browser);
		// A card long enough to scroll: the case that left a rectangle of the page's background
		// above the card in headless Chromium.
		await (
			await scrollPaneTo(page, page.getByTestId('date-mark').filter({ hasText: 'April 2023' }))
		).click();
		const card = page.getByTestId('event-details');
		await card.waitFor();
		const box = await card.boundingBox();
		const map = await page.getByTestId('map').boundingBox();
		assert.ok(
			await card.evaluate((node) =>
				[node, ...node.querySelectorAll('*')].some(
					(inner) =>
						getComputedStyle(inner).overflowY === 'auto' && inner.scrollHeight > inner.clientHeight
				)
			),
			'the card does not scroll'
		);
		// Above the card and its shadow, left of the selected event’s place, below the layer panel.
		const region = { x0: box.x + 4, x1: box.x + box.width - 40, y0: map.y + 50, y1: box.y - 14 };
		assert.ok(region.y1 - region.y0 > 60, `too little map above the card: ${JSON.stringify(box)}`);
		const pixelsAbove = async (name) => {
			await page.waitForTimeout(1500);
			const { width, rgba } = decodePng(
				await page.screenshot({ path: `${artifactsDir}/event-card-${name}.png` })
			);
			const pixels = [];
			for (let y = Math.round(region.y0); y < region.y1; y++) {
				for (let x = Math.round(region.x0); x < region.x1; x++) {
					const i = (y * width + x) * 4;
					pixels.push((rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2]);
				}
			}
			return pixels;
		};
		const withCard = await pixelsAbove('open');
		await card.getByRole('button', { name: 'Close event details' }).click();
		await card.waitFor({ state: 'detached' });
		const withoutCard = await pixelsAbove('closed');
		const differing = withCard.filter((pixel, i) => pixel !== withoutCard[i]).length;
		assert.ok(
			differing < withCard.length * 0.02,
			`${differing} of ${withCard.length} pixels above the card change when it closes`
		);
		assert.deepEqual(pageErrors, []);
	});

	it('review edits change an event’s kind, reject a passage, undo, and survive a reload', async () => {
		const { page, pageErrors } = await openExplorer(browser);
		const total = async () =>
			Number(
				(await page.getByTestId('window-text').locator('xpath=..').textContent())
					.match(/of ([\d,]+) events/)[1]
					.replace(/,/g, '')
			);
		const before = await total();
		await page.getByTestId('date-mark').nth(2).click();
		const review = page.getByTestId('event-review');
		await review.getByRole('combobox', { name: 'Kind' }).selectOption('humanitarian');
		await page.getByTestId('event-details').locator('.kind', { hasText: 'humanitarian' }).waitFor();
		assert.match(await review.textContent(), /corrected/);
		await review.getByRole('button', { name: 'Not an event' }).click();
		await page.getByTestId('event-details').waitFor({ state: 'detached' });
		assert.equal(await total(), before - 1);
		assert.equal(await page.locator('.mark.date.rejected').count(), 1);
		await page.getByRole('button', { name: 'Undo edit' }).first().click();
		assert.equal(await total(), before);
		assert.match(await page.getByTestId('review-count').first().textContent(), /1 review edit\b/);
		await page.waitForTimeout(500);
		await page.reload();
		await page.getByTestId('review-count').first().waitFor();
		assert.match(await page.getByTestId('review-count').first().textContent(), /1 review edit\b/);
		assert.deepEqual(pageErrors, []);
	});

	it('a place in an event card can be marked as not a place, and the text shows it', async () => {
		const { page, pageErrors } = await openExplorer(browser);
		const placed = page.getByTestId('date-mark');
		for (let index = 0; index < 20; index++) {
			await placed.nth(index).click();
			if ((await page.getByTestId('event-place').count()) > 0) break;
		}
		const place = page.getByTestId('event-place').first();
		await place.getByRole('button', { name: 'not a place' }).click();
		await page.getByTestId('event-details').getByText('(notPlace)').waitFor();
		assert.ok((await page.locator('.mark.place.rejected').count()) >= 1);
		assert.match(await page.getByTestId('review-count').first().textContent(), /1 review edit\b/);
		assert.deepEqual(pageErrors, []);
	});

	it('an event’s date can be corrected from its card, and a reversed interval is refused', async () => {
		const { page, pageErrors } = await openExplorer(browser);
		await page.getByTestId('date-mark').nth(1).click();
		const review = page.getByTestId('event-review');
		await review.getByLabel('First day').fill('2020-08-10');
		await review.getByLabel('Last day').fill('2020-08-01');
		await review.getByRole('button', { name: 'Set date' }).click();
		assert.match(await review.getByRole('alert').textContent(), /not before the first/);
		await review.getByLabel('Last day').fill('2020-08-12');
		await review.getByLabel('Precision').selectOption('range');
		await review.getByRole('button', { name: 'Set date' }).click();
		await page
			.getByTestId('event-details')
			.getByText(/→ 10 August 2020 – 12 August 2020/)
			.waitFor();
		assert.match(await review.textContent(), /corrected/);
		assert.deepEqual(pageErrors, []);
	});

	it('two tabs on the same work merge each other’s review edits instead of overwriting them', async () => {
		const first = await openExplorer(browser);
		const second = await first.context.newPage();
		await second.goto(baseUrl);
		await waitForMapIdle(second);
		await second.getByTestId('date-mark').first().waitFor();
		await first.page.getByTestId('date-mark').nth(2).click();
		await first.page.getByTestId('event-review').getByRole('button', { name: 'Confirm' }).click();
		await second.getByTestId('changed-elsewhere').waitFor();
		assert.equal(await first.page.getByTestId('changed-elsewhere').count(), 0);
		const editCount = (page) => page.getByTestId('review-count').first().textContent();
		assert.match(await editCount(second), /^1 review edit\b/);

		await second.getByTestId('date-mark').nth(4).click();
		await second.getByTestId('event-review').getByRole('button', { name: 'Not an event' }).click();
		await first.page.getByTestId('changed-elsewhere').waitFor();
		await first.page
			.getByTestId('review-count')
			.first()
			.filter({ hasText: '2 review edits' })
			.waitFor();
		assert.match(await editCount(second), /^2 review edits/);
		assert.deepEqual(first.pageErrors, []);
	});

	it('a hostile URL hash is ignored with a notice', async () => {
		const hostile = '/#v=1&articles=%3Cimg%20src=x%20onerror=alert(1)%3E&from=nope&map=1e999,2,3';
		let dialogs = 0;
		const { page, pageErrors } = await openPage(browser, hostile);
		page.on('dialog', (dialog) => {
			dialogs++;
			dialog.dismiss();
		});
		await waitForMapIdle(page);
		await page.getByText(/Parts of this link were ignored/).waitFor();
		await page.getByRole('heading', { name: /Difficult neighbors/ }).waitFor();
		assert.equal(dialogs, 0);
		assert.deepEqual(pageErrors, []);
	});
});
