// Issue 18, item 3: events placed only at a country are drawn as one shaded area with their
// count, which follows the time window, and a click on the area lists them.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { artifactsDir, launchBrowser, openPage, waitForMapIdle } from '../support/browser.mjs';
import { decodePng, pixelsNear } from '../support/png.mjs';

/** A colour of src/lib/colours/palette.ts, as [r, g, b]. */
function paletteColour(name) {
	const hex = new RegExp(`\\b${name}: '#([0-9a-f]{6})'`).exec(
		readFileSync('src/lib/colours/palette.ts', 'utf8')
	)[1];
	return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
}
const shaded = paletteColour('regionEvents').map(
	// regionFillLayer's 13 % over the focus countries' land.
	(value, channel) => Math.round(0.13 * value + 0.87 * paletteColour('landFocus')[channel])
);
const countText = paletteColour('regionEventsText');

/** Where the basemap writes Ukraine's name (the build's label point), [lon, lat]. */
const ukraineLabel = JSON.parse(
	readFileSync('geodata/build/countries.topo.json', 'utf8')
).objects.countries.geometries.find((country) => country.properties.iso2 === 'UA').properties.label;

/** The RGBA bytes of a rectangle of a PNG, row by row. */
function pixelsIn(png, { x, y, width, height }) {
	const image = decodePng(png);
	const rows = [];
	for (let row = Math.round(y); row < Math.round(y + height); row++) {
		const from = (row * image.width + Math.round(x)) * 4;
		rows.push(...image.rgba.slice(from, from + Math.round(width) * 4));
	}
	return rows;
}

/** A screenshot of the page, kept in test-results. */
async function mapShot(page, name) {
	const png = await page.screenshot();
	writeFileSync(`${artifactsDir}/regions-${name}.png`, png);
	return png;
}

/** The count the list of the open region says, 0 once the list has closed for want of events. */
async function listedCount(page) {
	const heading = page.getByTestId('region-events').locator('h2');
	if (!(await heading.count())) return 0;
	return Number(/· (\d+) events?$/.exec((await heading.textContent()).trim())[1]);
}

describe('events placed only at a country', () => {
	let browser;
	before(async () => {
		browser = await launchBrowser();
	});
	after(() => browser?.close());

	it('are one shaded area with a count that the time window changes, listed on a click', async () => {
		const [lon, lat] = ukraineLabel;
		const { page, pageErrors } = await openPage(browser, `/#v=1&map=${lon},${lat},5.00`);
		await waitForMapIdle(page);
		await page.getByTestId('date-mark').first().waitFor();
		await page.waitForTimeout(2000);
		const map = await page.getByTestId('map').boundingBox();
		const centre = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
		// The count is written a line under the country's name, at the centre of the map.
		const countBox = { x: centre.x - 60, y: centre.y + 12, width: 120, height: 26 };

		const all = await mapShot(page, 'all');
		const shadedPixels = pixelsNear(all, [shaded], map, 6);
		assert.ok(shadedPixels > 20_000, `${shadedPixels} shaded pixels of Ukraine`);
		// A count as short as '8 events' has about 30 such pixels; an empty box has none.
		const countPixels = pixelsNear(all, [countText], countBox, 60);
		assert.ok(countPixels > 15, `${countPixels} pixels of the count under Ukraine's name`);

		await page.mouse.click(centre.x, centre.y);
		const list = page.getByTestId('region-events');
		await list.waitFor();
		const allCount = await listedCount(page);
		assert.ok(allCount >= 2, `${allCount} events listed for Ukraine`);
		assert.equal(await list.locator('li button').count(), allCount);

		// Narrow the window a year at a time until it holds fewer of Ukraine's events.
		const start = page.getByTestId('handle-start');
		let count = allCount;
		for (let year = 0; year < 12 && count === allCount; year++) {
			await start.focus();
			await page.keyboard.press('PageUp');
			count = await listedCount(page);
		}
		assert.ok(count < allCount, `the window holds ${count} of ${allCount} events`);
		await page.waitForTimeout(1500);
		const fewer = await mapShot(page, 'fewer');
		const label = (png) => pixelsNear(png, [countText], countBox, 60);
		if (count > 0) {
			assert.ok(label(fewer) > 15, `the smaller count is written (${label(fewer)} pixels)`);
			assert.notDeepEqual(
				pixelsIn(fewer, countBox),
				pixelsIn(all, countBox),
				'the count under the name changed'
			);
			await list.locator('li button').first().click();
			await page.getByTestId('event-details').waitFor();
			await list.locator('h2').press('Escape');
			await list.waitFor({ state: 'detached' });
		} else {
			assert.ok(label(fewer) < 5, 'no count is written once the window holds no event');
			assert.ok(pixelsNear(fewer, [shaded], map, 6) < shadedPixels / 10, 'the shade is gone');
		}
		assert.deepEqual(pageErrors, []);
	});
});
