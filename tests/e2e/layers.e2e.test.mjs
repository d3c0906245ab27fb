// The analysis layers on their fixture route (src/routes/fixtures/layers): every layer draws,
// the panel works from the keyboard, bad input gives a message, measuring works, and moving the
// time window does not block the main thread.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
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
