// The same journey in Chromium, Firefox ESR and WebKitGTK: each engine must draw the events,
// on a worker or, where a worker cannot draw, on the page (issue 14).
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { artifactsDir, baseUrl } from '../support/browser.mjs';
import { virtualDisplay } from '../support/display.mjs';
import { firefoxPath, openInChromium, openInFirefox, openInWebKit } from '../support/engines.mjs';
import { acledCsv } from '../fixtures/import/generate.mjs';
import { kindColours } from '../support/eventColours.mjs';
import { pixelsNear } from '../support/png.mjs';
import { miniBrowserPath } from '../support/webdriver.mjs';

const focusLand = [0xfb, 0xfa, 0xf5];
/**
 * What eventPointsProgram paints: solid fills, month-precise fills (60 %) over the focus
 * countries' land, and strokes. A tight tolerance keeps out the red border's anti-aliasing.
 */
const eventColours = kindColours.flatMap((colour) => [
	colour,
	colour.map((value, channel) => Math.round(0.6 * value + 0.4 * focusLand[channel])),
	colour.map((value) => Math.round(0.6 * value))
]);
const eventColourTolerance = 12;

async function waitUntil(check, what, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await sleep(250);
	}
}

/**
 * Event-coloured pixels in the map area of a screenshot, once `accept` takes their count; the
 * screenshot is kept in test-results as `name`.
 */
async function drawnEventPixels(page, accept, name) {
	const mapArea = await page.evaluate(
		`return document.querySelector('[data-testid="map"]').getBoundingClientRect().toJSON();`
	);
	let count;
	let png;
	await waitUntil(async () => {
		png = await page.screenshot();
		return accept((count = pixelsNear(png, eventColours, mapArea, eventColourTolerance)));
	}, `${name} (last count ${count})`).finally(() =>
		writeFileSync(`${artifactsDir}/${name}.png`, png)
	);
	return count;
}

/** Marks the first element matching `selector` whose text matches `text`, to click it. */
async function mark(page, selector, text) {
	const found = await page.evaluate(`
		const element = [...document.querySelectorAll(${JSON.stringify(selector)})]
			.find((node) => ${text}.test(node.textContent));
		element.scrollIntoView({ block: 'center' });
		element.dataset.journey = 'next';
		return element.textContent;`);
	await page.click('[data-journey="next"]');
	// Gone already if the click closed what held it.
	await page.evaluate(
		`document.querySelector('[data-journey="next"]')?.removeAttribute('data-journey');`
	);
	return found;
}

async function journey(page, id) {
	const shot = (what) => `engines-${id}-${what}`;
	const renderer = await waitUntil(
		() =>
			page.evaluate(`
				const map = document.querySelector('[data-testid="map"]');
				const ready = map?.dataset.idle === 'true' && document.querySelector('[data-testid="date-mark"]');
				return ready && map.dataset.eventRenderer;`),
		'the map to be idle with its events renderer chosen',
		60_000
	);
	const all = await drawnEventPixels(page, (count) => count > 100, shot('all'));

	await page.press('[data-testid="handle-start"]', 'End');
	const late = await drawnEventPixels(page, (count) => count < all, shot('late'));

	const dateText = await mark(page, '[data-testid="date-mark"]', '/2022/');
	await waitUntil(
		() =>
			page.evaluate(
				`return document.querySelector('[data-testid="event-details"]')?.textContent.includes(${JSON.stringify(dateText.trim())});`
			),
		`the event of "${dateText}" to be selected`
	);

	// The whole timeline again, so that the slide shows every event.
	await page.press('[data-testid="handle-start"]', 'Home');
	await page.press('[data-testid="handle-end"]', 'End');
	await drawnEventPixels(page, (count) => count > 100, shot('again'));
	await mark(page, '[role="tab"]', '/Briefing slides/');
	await mark(page, 'button', '/Capture map/');
	await waitUntil(
		() => page.evaluate(`return !!document.querySelector('[data-testid="slide-deck"] li');`),
		'a slide'
	);
	// WebDriver has no downloads: the PNG the slide exports is taken from its link in the page.
	await page.evaluate(`
		HTMLAnchorElement.prototype.click = function () {
			window.exportedPng = fetch(this.href)
				.then((response) => response.blob())
				.then((blob) => new Promise((resolve) => {
					const reader = new FileReader();
					reader.onload = () => resolve(reader.result.split(',')[1]);
					reader.readAsDataURL(blob);
				}));
		};`);
	await mark(page, 'button', '/^PNG$/');
	const png = Buffer.from(
		await waitUntil(() => page.evaluate('return window.exportedPng;'), 'the slide PNG'),
		'base64'
	);
	writeFileSync(`${artifactsDir}/${shot('slide')}.png`, png);
	const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
	// Counted left of the legend (which shows the kinds' colours) and below the title band.
	const slide = pixelsNear(
		png,
		eventColours,
		{ x: 0, y: 0.2 * height, width: 0.75 * width, height: 0.8 * height },
		eventColourTolerance
	);
	const errorsBeforeReload = await page.pageErrors();
	const layer = await importLayer(page);
	writeFileSync(`${artifactsDir}/${shot('layer-restored')}.png`, await page.screenshot());
	// Chromium and Firefox keep a page's errors across the reload; WebKit's recorder starts again.
	const pageErrors = [...new Set([...errorsBeforeReload, ...(await page.pageErrors())])];
	return { renderer, all, late, slide, layer, pageErrors };
}

const eventsInTimeline = (page) =>
	page.evaluate(`
		const text = document.querySelector('[data-testid="window-text"]')?.parentElement.textContent;
		return Number(text?.match(/of ([\\d,]+) events/)?.[1].replace(/,/g, ''));`);

const layerListed = (page) =>
	page.evaluate(
		`return document.querySelector('[data-testid="imported-layers"] .title')?.textContent ?? null;`
	);

/**
 * Imports a CSV of 4,500 rows through the dialog (its events packed in three chunks, their
 * columns moved between workers) and reloads: the layer must come back from IndexedDB, its
 * events counted on the timeline.
 */
async function importLayer(page) {
	await mark(page, '[role="tab"]', '/Articles/');
	const before = await eventsInTimeline(page);
	await mark(page, 'button', '/Import data…/');
	// The dialog's code is fetched on the click.
	await waitUntil(
		() => page.evaluate(`return !!document.querySelector('[data-testid="import-file"]');`),
		'the import dialog'
	);
	// WebDriver cannot pick a file: the input is given one as a drop would give it.
	await page.evaluate(`
		const input = document.querySelector('[data-testid="import-file"]');
		const transfer = new DataTransfer();
		transfer.items.add(new File([${JSON.stringify(acledCsv(4500, { seed: 3 }))}], 'acled-4500.csv', { type: 'text/csv' }));
		input.files = transfer.files;
		input.dispatchEvent(new Event('change', { bubbles: true }));`);
	await waitUntil(
		() => page.evaluate(`return !!document.querySelector('[data-testid="column-latitude"]');`),
		'the columns of the CSV'
	);
	await page.click('[data-testid="import-submit"]');
	const summary = await waitUntil(
		() =>
			page.evaluate(
				`return document.querySelector('[data-testid="import-summary"]')?.textContent;`
			),
		'the import summary'
	);
	await mark(page, 'dialog button', '/^\\s*Close\\s*$/');
	const imported = Number(summary.match(/([\d,]+) events imported/)[1].replace(/,/g, ''));
	const listed = await layerListed(page);
	const added = (await eventsInTimeline(page)) - before;
	await waitUntil(
		() =>
			page.evaluate(`
				return new Promise((resolve) => {
					const open = indexedDB.open('geobrief-articles');
					open.onsuccess = () => {
						const count = open.result.transaction('layerChunks').objectStore('layerChunks').count();
						count.onsuccess = () => resolve(count.result === 3);
					};
				});`),
		'the layer to be stored'
	);
	await page.reload();
	const restored = await waitUntil(() => layerListed(page), 'the layer after a reload', 60_000);
	await waitUntil(
		async () => (await eventsInTimeline(page)) - before === imported,
		"the timeline to count the restored layer's events"
	);
	return { imported, listed, added, restored };
}

const engines = [
	{ id: 'chromium', name: 'Chromium', open: openInChromium, renderer: 'worker' },
	{
		id: 'chromium-main',
		name: 'Chromium with the page renderer forced',
		open: openInChromium,
		path: '/?event-renderer=main',
		renderer: 'main'
	},
	{
		id: 'firefox',
		name: 'Firefox ESR',
		open: openInFirefox,
		renderer: 'worker',
		missing: !existsSync(firefoxPath) && `${firefoxPath} is not installed`
	},
	{
		id: 'webkitgtk',
		name: 'WebKitGTK',
		open: openInWebKit,
		// Its OffscreenCanvas gives no WebGL context (see eventPointsLayer.ts).
		renderer: 'main',
		missing: !existsSync(miniBrowserPath) && `${miniBrowserPath} is not installed`
	}
];

describe('every browser engine draws the events', () => {
	let display;
	before(async () => {
		display = await virtualDisplay();
	});
	after(() => display?.stop());

	for (const engine of engines) {
		it(
			`${engine.name}: events drawn, window, date click and slide`,
			{ skip: engine.missing },
			async (t) => {
				const page = await engine.open(`${baseUrl}${engine.path ?? '/'}`, display.display);
				try {
					const seen = await journey(page, engine.id);
					t.diagnostic(
						`${engine.name}: ${seen.renderer} renderer; event pixels ${seen.all}, ${seen.late} after the start handle's End, ${seen.slide} in the slide's PNG`
					);
					assert.equal(seen.renderer, engine.renderer);
					assert.ok(seen.slide > 100, `the slide shows ${seen.slide} event pixels`);
					const { imported, listed, added, restored } = seen.layer;
					assert.ok(imported > 4000, `${imported} events imported`);
					assert.equal(listed, `acled-4500.csv · ${imported.toLocaleString('en-GB')} events`);
					assert.equal(restored, listed);
					assert.equal(added, imported);
					assert.deepEqual(seen.pageErrors, []);
				} finally {
					await page.close();
				}
			}
		);
	}
});
