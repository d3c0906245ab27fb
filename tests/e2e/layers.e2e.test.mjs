// The analysis layers on their fixture route (src/routes/fixtures/layers): every layer draws,
// the panel works from the keyboard, bad input gives a message, measuring works, and moving the
// time window does not block the main thread.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decodePng } from '../support/png.mjs';
import {
	artifactsDir,
	distinctColours,
	launchBrowser,
	openPage,
	waitForMapIdle
} from '../support/browser.mjs';

const layerIds = ['border', 'zones', 'distances', 'rings', 'routes', 'density'];

describe('analysis layers', () => {
	let browser;
	let session;
	const layerRow = (id) => session.page.locator(`[data-layer="${id}"]`);

	before(async () => {
		browser = await launchBrowser();
		session = await openPage(browser, '/fixtures/layers');
		await waitForMapIdle(session.page);
		await session.page.getByRole('button', { name: /Analysis layers/ }).click();
	});
	after(() => browser?.close());

	it('switches the border layer on from the keyboard and shows its length within 5% of 1,084 km', async () => {
		await layerRow('border').getByRole('checkbox').focus();
		await session.page.keyboard.press('Space');
		const text = await session.page.getByTestId('analysis-border-length').textContent();
		const km = Number(text.replace(/[^\d.]/g, ''));
		assert.ok(Math.abs(km - 1084) / 1084 < 0.05, `border length ${km} km`);
		assert.match(await layerRow('border').textContent(), /consistent/);
	});

	it('draws every layer, with band areas and the preset distances', async () => {
		for (const id of layerIds) await layerRow(id).getByRole('checkbox').check();
		await session.page.getByTestId('zone-row').nth(2).waitFor({ timeout: 30_000 });
		const distances = await layerRow('distances').textContent();
		assert.match(distances, /Kyiv → Belarus–Ukraine border: (8\d|9\d) km/);
		assert.match(distances, /Minsk → Kyiv: 43\d km/);
		const zones = await layerRow('zones').textContent();
		assert.match(zones, /87,340 km²/);
		const png = await session.page.getByTestId('map').screenshot();
		assert.ok((await distinctColours(session.page, png)) > 60);
		await session.page.screenshot({ path: `${artifactsDir}/layers.png` });
	});

	it('answers zero, negative and absurd ring radii with a message', async () => {
		const rings = layerRow('rings');
		await rings.getByText('Add…').click();
		await rings.getByLabel('Centre').fill('Kyiv');
		for (const [radius, message] of [
			['0', /more than 0 km/],
			['-5', /more than 0 km/],
			['20000', /10,000 km/]
		]) {
			await rings.getByRole('spinbutton', { name: /Radius/ }).fill(radius);
			await rings.getByRole('button', { name: 'Add ring' }).click();
			await rings.getByRole('alert').filter({ hasText: message }).waitFor();
		}
	});

	it('draws rings around a pole and across the antimeridian without an error', async () => {
		const count = await session.page.evaluate(async () => {
			const { layers } = globalThis.geobriefLayers;
			await layers.addRing({ label: 'Pole', position: [0, 89], source: 'test' }, 500);
			await layers.addRing({ label: 'Date line', position: [179.9, 65], source: 'test' }, 300);
			return layers.rings.length;
		});
		assert.equal(count, 2);
	});

	it('measures a path, undoes a point, refuses a self-crossing area and cancels on Escape', async () => {
		const map = session.page.getByTestId('map');
		const measure = layerRow('measure');
		await measure.getByRole('button', { name: 'Path length' }).click();
		for (const [x, y] of [
			[700, 300],
			[800, 300],
			[800, 400]
		]) {
			await map.click({ position: { x, y } });
		}
		// Measuring is asynchronous (its code loads on first use): wait for the three-point result.
		const result = session.page.getByTestId('measure-result');
		await session.page.locator('[data-testid="measure-result"][data-vertices="3"]').waitFor();
		const withThree = await result.textContent();
		await measure.getByRole('button', { name: 'Undo last point' }).click();
		await session.page.locator('[data-testid="measure-result"][data-vertices="2"]').waitFor();
		assert.notEqual(await result.textContent(), withThree);
		assert.match(withThree, /\d+ km/);

		await measure.getByRole('button', { name: 'Area' }).click();
		for (const [x, y] of [
			[700, 300],
			[800, 400],
			[800, 300],
			[700, 400]
		]) {
			await map.click({ position: { x, y } });
		}
		await measure
			.getByRole('alert')
			.filter({ hasText: /crosses itself/ })
			.waitFor();
		await map.click({ position: { x: 650, y: 450 } });
		await session.page.keyboard.press('Backspace');
		await session.page.keyboard.press('Escape');
		assert.equal(await measure.getByRole('status').count(), 0);
	});

	it('keeps each time-window step under 50 ms of main-thread work with density on', async () => {
		const slowest = await session.page.evaluate(async () => {
			const { setWindow } = globalThis.geobriefLayers;
			let slowest = 0;
			for (let step = 0; step < 30; step++) {
				const started = performance.now();
				setWindow({ start: 19_000 + step * 40, end: 19_800 + step * 40 });
				await Promise.resolve();
				slowest = Math.max(slowest, performance.now() - started);
				await new Promise((resolve) => requestAnimationFrame(resolve));
			}
			return slowest;
		});
		assert.ok(slowest < 50, `slowest window step ${slowest.toFixed(1)} ms`);
	});

	it('raised no page error and sent no request beyond 127.0.0.1', () => {
		assert.deepEqual(session.pageErrors, []);
		assert.deepEqual(session.remoteRequests, []);
	});
});

// Issue 14: since the events have a canvas of their own, map layers lie under them; what a user
// works with is painted above them, on both renderer paths and in a slide.
const military = [0xc0, 0x39, 0x2b];
const ringColour = [0x6a, 0x3d, 0x9a];
const highlightColour = [0xb3, 0x26, 0x1e];
const near = (rgb, colour, tolerance = 24) =>
	rgb.reduce((sum, value, channel) => sum + Math.abs(value - colour[channel]), 0) < tolerance;
/** Kilometres per degree of latitude on the sphere Turf's circle uses (6,371.0088 km). */
const kmPerDegree = (Math.PI * 6371.0088) / 180;

for (const renderer of ['worker', 'main']) {
	describe(`analysis above the event points (${renderer} renderer)`, () => {
		let browser;
		let session;
		// Event 0 of the fixture, military, at 24° E 50° N on day 19,000.
		const event = [24, 50];
		/** The RGB of the screenshot's pixels within 1 px of the event's centre. */
		const aroundEvent = async () => {
			const { page } = session;
			const { x, y } = await page.evaluate(([lon, lat]) => {
				const point = globalThis.geobriefLayers.project(lon, lat);
				return { x: point.x, y: point.y };
			}, event);
			const { width, rgba } = decodePng(await page.screenshot());
			const pixels = [];
			for (let dy = -1; dy <= 1; dy++) {
				for (let dx = -1; dx <= 1; dx++) {
					const i = ((Math.round(y) + dy) * width + Math.round(x) + dx) * 4;
					pixels.push([rgba[i], rgba[i + 1], rgba[i + 2]]);
				}
			}
			return pixels;
		};
		const settle = () => session.page.waitForTimeout(500);

		before(async () => {
			browser = await launchBrowser();
			session = await openPage(
				browser,
				`/fixtures/layers${renderer === 'main' ? '?event-renderer=main' : ''}`
			);
			await waitForMapIdle(session.page);
			await session.page.waitForSelector(`[data-testid="map"][data-event-renderer="${renderer}"]`);
			await settle();
		});
		after(() => browser?.close());

		it('draws the event the rings will cross', async () => {
			const pixels = await aroundEvent();
			assert.ok(
				pixels.every((rgb) => near(rgb, military)),
				`not the event's colour: ${JSON.stringify(pixels)}`
			);
		});

		it('paints a range ring through an event above it, on screen and in a slide', async () => {
			const { page } = session;
			await page.getByRole('button', { name: /Analysis layers/ }).click();
			await page.locator('[data-layer="rings"]').getByRole('checkbox').check();
			const radiusKm = 150;
			await page.evaluate(
				async ({ lon, lat, radiusKm }) =>
					globalThis.geobriefLayers.layers.addRing(
						{ label: 'Through event 0', position: [lon, lat], source: 'test' },
						radiusKm
					),
				{ lon: event[0], lat: event[1] + radiusKm / kmPerDegree, radiusKm }
			);
			await settle();
			const pixels = await aroundEvent();
			await page.screenshot({ path: `${artifactsDir}/layers-ring-above-events-${renderer}.png` });
			assert.ok(
				pixels.some((rgb) => near(rgb, ringColour)),
				`no ring colour over the event: ${JSON.stringify(pixels)}`
			);
			const slide = await page.evaluate(
				([lon, lat]) => globalThis.geobriefLayers.capturedPixels(lon, lat),
				event
			);
			assert.ok(
				slide.some((rgb) => near(rgb, ringColour)),
				`no ring colour over the event in the slide: ${JSON.stringify(slide)}`
			);
		});

		it('paints the ring of a place hovered in the text above an event', async () => {
			const { page } = session;
			// A place 16 px (the ring's radius) west of the event: its ring crosses the event.
			await page.evaluate(([lon, lat]) => {
				const { project, unproject, highlight } = globalThis.geobriefLayers;
				const { x, y } = project(lon, lat);
				const place = unproject(x - 16, y);
				highlight({ lon: place.lng, lat: place.lat });
			}, event);
			await settle();
			await page.screenshot({
				path: `${artifactsDir}/layers-highlight-above-events-${renderer}.png`
			});
			const pixels = await aroundEvent();
			assert.ok(
				pixels.some((rgb) => near(rgb, highlightColour, 16)),
				`no highlight ring over the event: ${JSON.stringify(pixels)}`
			);
		});

		it('raised no page error', () => {
			assert.deepEqual(session.pageErrors, []);
		});
	});
}
