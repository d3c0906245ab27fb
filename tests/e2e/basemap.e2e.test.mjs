// Issue 18, "a basemap an analyst can explore and brief from": the first view fetches only the
// basemap detail it draws; at zoom 8 around Minsk–Machulishchy, Kyiv–Chernihiv and Lviv the map
// draws rivers with their names, the first-level divisions' names and the air base; the legend
// and the attribution credit Natural Earth. Screenshots land in test-results/basemap-*.png.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { artifactsDir, launchBrowser, openPage, waitForMapIdle } from '../support/browser.mjs';

/** The basemap detail files a page asked for, by name without the build's hash: `water-z0`. */
const tierNames = (requests) =>
	[
		...new Set(
			requests
				.map((url) => /\/((?:water|reference)-z\d+)\.[\w-]+\.geojson$/.exec(url)?.[1])
				.filter(Boolean)
		)
	].sort();

const views = [
	{ name: 'minsk-machulishchy', lon: 27.57, lat: 53.84, rivers: ['Byarezina'] },
	{ name: 'kyiv-chernihiv', lon: 30.9, lat: 50.97, rivers: ['Dnieper'] },
	{ name: 'lviv', lon: 24.03, lat: 49.84, rivers: ['Zakhidnyy Buh'] }
];
const machulishchy = [27.58, 53.77];

describe('the basemap', () => {
	let browser;
	let fixture;
	before(async () => {
		browser = await launchBrowser();
	});
	after(() => browser?.close());

	/** The basemap fixture page, opened once for all the views. */
	async function basemapFixture() {
		if (!fixture) {
			fixture = await openPage(browser, '/fixtures/basemap');
			await waitForMapIdle(fixture.page);
		}
		return fixture;
	}

	it('fetches at the first view only the rivers, lakes and labels drawn below zoom 5, and credits Natural Earth', async () => {
		const session = await openPage(browser, '/');
		await waitForMapIdle(session.page);
		const attribution = session.page.locator('.maplibregl-ctrl-attrib');
		await attribution.getByText(/Made with Natural Earth/).waitFor();
		await session.page.waitForTimeout(3000);
		assert.deepEqual(tierNames(session.requests), ['reference-z0', 'water-z0']);
		await session.page.locator('.legend summary').click();
		await session.page
			.locator('.legend')
			.getByText(/Made with Natural Earth/)
			.waitFor();
		await session.page.screenshot({ path: `${artifactsDir}/basemap-first-view.png` });
		assert.deepEqual(session.pageErrors, []);
		assert.deepEqual(session.remoteRequests, []);
		await session.context.close();
	});

	it('opened at zoom 8 by a permalink, fetches only the full detail and shows it', async () => {
		const { lon, lat } = views[0];
		const session = await openPage(browser, `/#v=1&map=${lon},${lat},8`);
		await waitForMapIdle(session.page);
		await session.page.waitForTimeout(3000);
		assert.deepEqual(tierNames(session.requests), ['reference-z7', 'water-z7']);
		await session.page.screenshot({ path: `${artifactsDir}/basemap-app-minsk-z8.png` });
		assert.deepEqual(session.pageErrors, []);
		await session.context.close();
	});

	for (const view of views) {
		it(`at zoom 8 around ${view.name} draws named rivers, division names${view.name === 'minsk-machulishchy' ? ' and the Machulishchy air base' : ''}`, async (t) => {
			const session = await basemapFixture();
			const zoom = await session.page.evaluate(
				({ lon, lat }) => globalThis.geobriefBasemap.show(lon, lat, 8),
				view
			);
			assert.equal(zoom, 8);
			await session.page.screenshot({ path: `${artifactsDir}/basemap-${view.name}-z8.png` });
			const rendered = await session.page.evaluate(() =>
				globalThis.geobriefBasemap.rendered([
					'rivers',
					'river-labels',
					'division-labels',
					'facilities',
					'airports'
				])
			);
			const names = (layer) =>
				new Set(rendered.filter((f) => f.layer === layer).map((f) => f.name));
			const riverNames = names('river-labels');
			for (const layer of ['rivers', 'river-labels', 'division-labels', 'facilities', 'airports']) {
				t.diagnostic(`${layer}: ${[...names(layer)].join(', ')}`);
			}
			assert.ok(names('rivers').size > 0, 'river lines drawn');
			assert.ok(riverNames.size > 0, 'river names drawn');
			for (const river of view.rivers) assert.ok(riverNames.has(river), river);
			assert.ok(names('division-labels').size > 0, 'division names drawn');
			if (view.name === 'minsk-machulishchy') {
				const base = rendered.find(
					(f) =>
						f.layer === 'facilities' &&
						Math.hypot(f.point[0] - machulishchy[0], f.point[1] - machulishchy[1]) < 0.05
				);
				assert.ok(base, 'an air base symbol within 0.05° of 53.77 N 27.58 E');
				assert.match(base.name, /Machulishchy/);
			}
			assert.deepEqual(session.pageErrors, []);
		});
	}
});
