// The same journey in Chromium, Firefox ESR and WebKitGTK: each engine must draw the events,
// on a worker or, where a worker cannot draw, on the page (issue 14).
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { artifactsDir, baseUrl } from '../support/browser.mjs';
import { virtualDisplay } from '../support/display.mjs';
import { firefoxPath, openInChromium, openInFirefox, openInWebKit } from '../support/engines.mjs';
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
	await page.evaluate(`delete document.querySelector('[data-journey="next"]').dataset.journey;`);
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
	return { renderer, all, late, slide, pageErrors: await page.pageErrors() };
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
					assert.deepEqual(seen.pageErrors, []);
				} finally {
					await page.close();
				}
			}
		);
	}
});
