import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { artifactsDir, launchBrowser, openPage, waitForMapIdle } from '../support/browser.mjs';
import { imageStats } from '../support/images.mjs';
import { decodePng } from '../support/png.mjs';
import { overlappingLines, pdfTextLines, pptxToPdf, soffice } from '../support/pdfTextLines.mjs';
import { pptxShapes } from '../support/pptxShapes.mjs';
import { zipEntries } from '../support/zipEntries.mjs';

const fixturePath = '/fixtures/slides';
const views = [
	{ lon: 27.56, lat: 53.9, zoom: 5.5 },
	{ lon: 30.52, lat: 50.45, zoom: 6.5, bearing: 25 },
	{ lon: 28.5, lat: 49.5, zoom: 4 }
];
/** Where the title band ends and the caption band starts, in points (slideRegions). */
const slideBandsPt = { titleBand: 119, captionBand: 457 };

async function download(page, buttonName) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: buttonName, exact: true }).click()
	]);
	return readFileSync(await file.path());
}

/** Exports the deck as PNGs and returns the downloads, one per slide. */
async function exportPngs(page) {
	const files = [];
	page.on('download', (file) => files.push(file));
	await page.getByRole('button', { name: 'PNG', exact: true }).click();
	await page.waitForFunction(
		() =>
			!document.querySelector('[data-testid="slide-status"]')?.textContent?.includes('Exporting')
	);
	await page.waitForTimeout(500);
	return files;
}

const slideItems = (page) => page.getByTestId('slide-deck').locator('li');

/** Captures a slide with the key S; the deck's length before, and the new slide's map picture. */
async function captureSlide(page) {
	const count = await slideItems(page).count();
	await page.keyboard.press('s');
	await slideItems(page).nth(count).waitFor();
	const picture = Buffer.from(
		await page.evaluate(async () => {
			const { session } = globalThis.geobriefSlides;
			const { drawable } = session.pictureOf(session.slides.at(-1));
			const blob = await drawable.convertToBlob({ type: 'image/png' });
			return [...new Uint8Array(await blob.arrayBuffer())];
		})
	);
	return { count, picture };
}
const slideTitles = (page) =>
	slideItems(page)
		.getByLabel('Title')
		.evaluateAll((inputs) => inputs.map((input) => input.value));

const magenta = [255, 0, 255];

/** Where the pixels near `rgb` are in a PNG, as fractions of its width and height. */
function centreOf(png, rgb) {
	const { width, height, rgba } = decodePng(png);
	let count = 0;
	let sumX = 0;
	let sumY = 0;
	for (let i = 0; i < rgba.length; i += 4) {
		const distance =
			Math.abs(rgba[i] - rgb[0]) + Math.abs(rgba[i + 1] - rgb[1]) + Math.abs(rgba[i + 2] - rgb[2]);
		if (distance > 60) continue;
		count++;
		sumX += (i / 4) % width;
		sumY += Math.floor(i / 4 / width);
	}
	assert.ok(count > 0, 'the mark is in the picture');
	return { x: (sumX / count + 0.5) / width, y: (sumY / count + 0.5) / height };
}

const violet = [0x6a, 0x1b, 0x9a];

/** Whether a pixel near `rgb` lies within `radius` pixels of (fx, fy), fractions of the PNG. */
function hasColourNear(png, rgb, fx, fy, radius = 4) {
	const { width, height, rgba } = decodePng(png);
	const cx = Math.round(fx * width);
	const cy = Math.round(fy * height);
	for (let y = cy - radius; y <= cy + radius; y++) {
		for (let x = cx - radius; x <= cx + radius; x++) {
			const i = (y * width + x) * 4;
			const distance =
				Math.abs(rgba[i] - rgb[0]) +
				Math.abs(rgba[i + 1] - rgb[1]) +
				Math.abs(rgba[i + 2] - rgb[2]);
			if (distance <= 60) return true;
		}
	}
	return false;
}

describe('briefing slides from map snapshots', () => {
	let browser;
	let session;
	let page;

	before(async () => {
		browser = await launchBrowser();
		session = await openPage(browser, fixturePath);
		page = session.page;
		await waitForMapIdle(page);
	});
	after(() => browser?.close());

	it('says clearly that an export with no slides has nothing to export', async () => {
		await page.getByRole('button', { name: 'PDF', exact: true }).click();
		assert.match(await page.getByTestId('slide-error').textContent(), /no slides to export/);
		await page.getByRole('button', { name: 'Dismiss' }).click();
	});

	it('captures three views with the S key and the button', async () => {
		for (const [index, view] of views.entries()) {
			await page.evaluate((target) => globalThis.geobriefSlides.jumpTo(target), view);
			if (index === 1) await page.getByRole('button', { name: /Capture map/ }).click();
			else await page.keyboard.press('s');
			await slideItems(page).nth(index).waitFor();
		}
		assert.equal(await slideItems(page).count(), 3);
		await page.getByTestId('slide-status').filter({ hasText: 'Saved' }).waitFor();
		await page.screenshot({ path: `${artifactsDir}/slides-deck.png` });
	});

	it('exports a PPTX of three snapshot slides and a sources slide, with images that are not blank', async () => {
		const pptx = await download(page, 'PPTX');
		const entries = zipEntries(pptx);
		const slideXml = [...entries.keys()]
			.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
			.sort()
			.map((name) => entries.get(name).toString('utf8'));
		assert.equal(slideXml.length, 4);
		const titles = await slideTitles(page);
		titles.forEach((title, index) => assert.ok(slideXml[index].includes(title), title));
		assert.match(slideXml[3], /Sources/);
		assert.match(slideXml[3], /Difficult neighbors/);
		assert.match(slideXml[3], /OpenStreetMap/);
		const images = [...entries.keys()].filter((name) => /^ppt\/media\/.+\.(jpe?g|png)$/.test(name));
		assert.equal(images.length, 3);
		for (const name of images) {
			const colours = (await imageStats(page, entries.get(name), 'image/jpeg')).distinctColours;
			assert.ok(colours > 40, `${name} shows only ${colours} distinct colours`);
		}
		session.pptx = pptx;
	});

	it(
		'writes a PPTX that LibreOffice Impress renders with no text line over another, words on the bands only',
		{ skip: !soffice && 'LibreOffice is not installed (apt-get install libreoffice-impress)' },
		() => {
			const pdf = pptxToPdf(session.pptx);
			const lines = pdfTextLines(pdf);
			assert.equal(new Set(lines.map((line) => line.page)).size, 4);
			const slideLines = lines.filter((line) => line.page <= 3);
			assert.deepEqual(overlappingLines(slideLines), []);
			const { titleBand, captionBand } = slideBandsPt;
			for (const line of slideLines) {
				assert.ok(
					line.yMax <= titleBand || line.yMin >= captionBand,
					`“${line.text}” lies on the map (${line.yMin}–${line.yMax} pt)`
				);
			}
			execFileSync('pdftoppm', [
				'-png',
				'-r',
				'72',
				'-f',
				'1',
				'-l',
				'2',
				pdf,
				`${artifactsDir}/slides-pptx`
			]);
		}
	);

	it('exports a PDF whose titles, time windows and sources are text, one 16:9 page per slide', async () => {
		const file = join(artifactsDir, 'slides-deck.pdf');
		writeFileSync(file, await download(page, 'PDF'));
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		for (const title of await slideTitles(page)) assert.ok(text.includes(title), title);
		assert.match(text, /Sources .*Difficult neighbors/);
		assert.match(info, /Pages:\s+4/);
		assert.match(info, /Page size:\s+960 x 540 pts/);
		assert.match(info, /Title:\s+geobrief briefing/);
	});

	it('exports each slide as a PNG', async () => {
		const files = await exportPngs(page);
		assert.equal(files.length, 3);
		const png = readFileSync(await files[0].path());
		const colours = (await imageStats(page, png, 'image/png')).distinctColours;
		assert.ok(colours > 40, `the PNG shows only ${colours} distinct colours`);
	});

	it('reopens a slide live with the state it was captured in', async () => {
		await slideItems(page).nth(1).getByRole('button', { name: 'Open live' }).click();
		const state = JSON.parse(await page.getByTestId('reopened-state').textContent());
		assert.ok(Math.abs(state.view.lon - views[1].lon) < 1e-3, `lon ${state.view.lon}`);
		assert.ok(Math.abs(state.view.lat - views[1].lat) < 1e-3, `lat ${state.view.lat}`);
		assert.ok(Math.abs(state.view.zoom - views[1].zoom) < 0.01, `zoom ${state.view.zoom}`);
		assert.deepEqual(state.articleIds, ['davidzon-2021-belarus-ukraine-strained-ties']);
		assert.ok(state.window.start < state.window.end);
	});

	it('says which articles stay shown after Open live, and keeps focus on the slide when showing only its own', async () => {
		const notice = page.getByTestId('opened-slide');
		assert.match(
			(await notice.textContent()).replace(/\s+/g, ' '),
			/1 article not in this slide stays shown/
		);
		await notice.getByRole('button', { name: 'Show only this slide’s articles' }).click();
		await notice.waitFor({ state: 'detached' });
		const focused = await page.evaluate(() => ({
			text: document.activeElement?.textContent,
			slide: document.activeElement?.closest('li')?.dataset.slideId
		}));
		const second = await slideItems(page).nth(1).getAttribute('data-slide-id');
		assert.deepEqual(focused, { text: 'Open live', slide: second });
	});

	it('reorders by drag and by keyboard, and undoes a delete from the toast', async () => {
		const before = await slideTitles(page);
		await slideItems(page).first().locator('.handle').focus();
		await page.keyboard.press('Alt+ArrowDown');
		assert.deepEqual(await slideTitles(page), [before[1], before[0], before[2]]);
		await page.keyboard.press('Alt+ArrowUp');
		assert.deepEqual(await slideTitles(page), before);
		// Both thumbnails are on screen: a drag that has to scroll the list is not a user's drag.
		await slideItems(page)
			.nth(1)
			.locator('canvas')
			.dragTo(slideItems(page).first().locator('canvas'));
		assert.deepEqual(await slideTitles(page), [before[1], before[0], before[2]]);
		await slideItems(page).first().getByRole('button', { name: 'Delete' }).click();
		assert.equal(await slideItems(page).count(), 2);
		await page.getByRole('button', { name: 'Undo', exact: true }).click();
		assert.deepEqual(await slideTitles(page), [before[1], before[0], before[2]]);
	});

	it('presents full screen with arrow keys and speaker notes toggled by N', async () => {
		await slideItems(page).nth(1).getByLabel('Speaker notes').fill('Point at Kyiv.');
		const firstTitle = slideItems(page).first().getByLabel('Title');
		const title = await firstTitle.inputValue();
		await firstTitle.fill(`${'Border'.repeat(60)} ${'and a long title '.repeat(40)}`);
		await page.getByRole('button', { name: 'Present' }).click();
		const present = page.getByTestId('present-mode');
		await present.waitFor();
		// A long title wraps and is cut to two lines: the buttons stay on screen.
		const close = await present.getByRole('button', { name: /Close/ }).boundingBox();
		const viewport = page.viewportSize();
		assert.ok(
			close.x >= 0 &&
				close.y >= 0 &&
				close.x + close.width <= viewport.width &&
				close.y + close.height <= viewport.height,
			`the Close button is at ${JSON.stringify(close)}`
		);
		await page.keyboard.press('ArrowRight');
		await present.getByText('2 / 3').waitFor();
		await page.keyboard.press('n');
		assert.equal(await page.getByTestId('speaker-notes').textContent(), 'Point at Kyiv.');
		await page.screenshot({ path: `${artifactsDir}/slides-present.png` });
		await page.keyboard.press('Escape');
		await present.waitFor({ state: 'detached' });
		assert.equal(
			await page.evaluate(() => document.activeElement?.textContent?.trim()),
			'Present',
			'focus is back on the Present button'
		);
		await firstTitle.fill(title);
	});

	it('keeps the deck, edits included, across a reload', async () => {
		const titles = await slideTitles(page);
		await page.getByTestId('slide-status').filter({ hasText: 'Saved' }).waitFor();
		await page.reload();
		await slideItems(page).nth(2).waitFor();
		assert.deepEqual(await slideTitles(page), titles);
		assert.equal(
			await slideItems(page).nth(1).getByLabel('Speaker notes').inputValue(),
			'Point at Kyiv.'
		);
	});

	it('merges the deck across two tabs: a slide captured in each is kept, a deleted one stays deleted', async () => {
		const other = await page.context().newPage();
		await other.goto(`${process.env.BASE_URL ?? 'http://127.0.0.1:4319'}${fixturePath}`);
		await waitForMapIdle(other);
		await slideItems(other).nth(2).waitFor();
		await other.keyboard.press('s');
		await slideItems(other).nth(3).waitFor();
		await slideItems(page).nth(3).waitFor();
		const before = await slideTitles(page);
		const deleted = before[0];
		assert.equal(before.filter((title) => title === deleted).length, 1);
		await slideItems(page).first().getByRole('button', { name: 'Delete' }).click();
		await page.getByTestId('slide-status').filter({ hasText: 'Saved' }).waitFor();
		await other.waitForFunction(
			() => document.querySelectorAll('[data-testid="slide-deck"] li').length === 3
		);
		await slideItems(other).nth(1).getByLabel('Speaker notes').fill('Edited in the other tab.');
		await other.getByTestId('slide-status').filter({ hasText: 'Saved' }).waitFor();
		await other.close();
		await page.reload();
		await slideItems(page).nth(2).waitFor();
		const titles = await slideTitles(page);
		assert.equal(titles.length, 3);
		assert.ok(!titles.includes(deleted), 'the slide deleted in this tab came back');
		assert.equal(
			await slideItems(page).nth(1).getByLabel('Speaker notes').inputValue(),
			'Edited in the other tab.'
		);
	});

	it('captures exactly the frame the map shows: a mark sits at the same spot of the framed screen, the slide picture and its PNG', async () => {
		await waitForMapIdle(page);
		const frame = page.getByTestId('capture-frame');
		// A magenta disc 15% across and 40% down the frame: on the open map between the title and
		// caption bands, left of the legend; a crop other than the frame's would move it by more
		// than the tolerance.
		await page.evaluate(() => {
			const { map } = globalThis.geobriefSlides;
			const frame = document.querySelector('[data-testid="capture-frame"]');
			const at = map.unproject([
				frame.offsetLeft + 0.15 * frame.offsetWidth,
				frame.offsetTop + 0.4 * frame.offsetHeight
			]);
			map.addSource('mark', {
				type: 'geojson',
				data: { type: 'Point', coordinates: [at.lng, at.lat] }
			});
			map.addLayer({
				id: 'mark',
				type: 'circle',
				source: 'mark',
				paint: { 'circle-radius': 6, 'circle-color': '#ff00ff' }
			});
			return new Promise((resolve) => map.once('idle', resolve));
		});
		const box = await frame.boundingBox();
		const screen = centreOf(await page.screenshot({ clip: box }), magenta);
		await page.screenshot({ path: `${artifactsDir}/slides-frame.png` });
		const { count, picture } = await captureSlide(page);
		const files = await exportPngs(page);
		assert.equal(files.length, count + 1);
		const exported = readFileSync(await files.at(-1).path());
		for (const [name, png] of [
			['slide picture', picture],
			['exported PNG', exported]
		]) {
			const { x, y } = centreOf(png, magenta);
			assert.ok(
				Math.abs(x - screen.x) < 0.005 && Math.abs(y - screen.y) < 0.005,
				`the mark is at (${x.toFixed(3)}, ${y.toFixed(3)}) of the ${name}, (${screen.x.toFixed(3)}, ${screen.y.toFixed(3)}) of the frame`
			);
		}
		writeFileSync(`${artifactsDir}/slides-frame-slide.png`, exported);
		await page.evaluate(() => {
			const { map } = globalThis.geobriefSlides;
			map.removeLayer('mark');
			map.removeSource('mark');
		});
	});

	it('draws an arrow and a label on the map, keeps them on the slide picture and as shapes in the PPTX, and names the ring by its place', async () => {
		await page.evaluate(() => globalThis.geobriefSlides.jumpTo({ lon: 27.56, lat: 53.9, zoom: 6 }));
		await page.evaluate(() =>
			globalThis.geobriefSlides.ringAround([27.58, 53.775], 100, '53.78° N 27.58° E')
		);
		const frame = await page.getByTestId('capture-frame').boundingBox();
		const at = (fx, fy) => [frame.x + fx * frame.width, frame.y + fy * frame.height];
		const toolbar = page.getByRole('toolbar', { name: 'Annotate the map' });
		const hint = page.getByTestId('annotation-hint');
		// Escape drops a half-drawn arrow.
		await toolbar.getByRole('button', { name: 'Arrow' }).click();
		await page.mouse.click(...at(0.6, 0.5));
		await page.keyboard.press('Escape');
		assert.doesNotMatch(await hint.textContent(), /on the map/);
		// The arrow from 20 % to 45 % across; the tool is still in hand after Escape.
		const tail = [0.2, 0.4];
		const head = [0.45, 0.65];
		await page.mouse.click(...at(...tail));
		await page.mouse.click(...at(...head));
		assert.match(await hint.textContent(), /1 on the map/);
		// Delete removes the selected arrow; Ctrl+Z brings it back.
		await page.keyboard.press('Delete');
		assert.doesNotMatch(await hint.textContent(), /on the map/);
		await page.keyboard.press('Control+z');
		assert.match(await hint.textContent(), /1 on the map/);
		// A second arrow across the legend's corner of the slide (top right): drawn over the legend.
		const overLegend = [
			[0.83, 0.26],
			[0.97, 0.33]
		];
		await toolbar.getByRole('button', { name: 'Arrow' }).click();
		for (const point of overLegend) await page.mouse.click(...at(...point));
		assert.match(await hint.textContent(), /2 on the map/);
		// A label, placed with the keyboard-reachable tool then typed.
		await toolbar.getByRole('button', { name: 'Label' }).click();
		await page.mouse.click(...at(0.3, 0.3));
		await page.getByLabel('Label text').fill('Staging area');
		await page.getByLabel('Label text').press('Enter');
		assert.match(await hint.textContent(), /3 on the map/);
		// The toolbar's tools are reached with the arrow keys.
		await toolbar.getByRole('button', { name: 'Select' }).focus();
		await page.keyboard.press('ArrowRight');
		assert.equal(await page.evaluate(() => document.activeElement?.dataset.tool), 'arrow');
		await page.keyboard.press('Escape');
		await page.screenshot({ path: `${artifactsDir}/slides-annotations-map.png` });

		const { count, picture } = await captureSlide(page);
		const files = await exportPngs(page);
		const exported = readFileSync(await files.at(-1).path());
		writeFileSync(`${artifactsDir}/slides-annotations-slide.png`, exported);
		const middle = [(tail[0] + head[0]) / 2, (tail[1] + head[1]) / 2];
		assert.ok(hasColourNear(exported, violet, ...middle), 'the arrow is drawn on the slide');
		assert.ok(!hasColourNear(exported, violet, 0.45, 0.4), 'nothing violet away from it');
		assert.ok(
			hasColourNear(exported, violet, 0.9, 0.295),
			'the arrow across the legend is drawn over it'
		);
		// The map picture itself holds no annotation: each format draws them (PPTX as shapes).
		assert.ok(!hasColourNear(picture, violet, ...middle), 'the stored map picture has no arrow');

		const pptx = await download(page, 'PPTX');
		const entries = zipEntries(pptx);
		const xml = entries.get(`ppt/slides/slide${count + 1}.xml`).toString('utf8');
		const shapes = pptxShapes(xml);
		const arrow = shapes.find((shape) => shape.geometry === 'line');
		assert.ok(arrow?.arrowHead, 'the arrow is a line shape with an arrow head');
		const expected = {
			x: tail[0] * 960,
			y: tail[1] * 540,
			width: (head[0] - tail[0]) * 960,
			height: (head[1] - tail[1]) * 540
		};
		for (const key of Object.keys(expected)) {
			assert.ok(
				Math.abs(arrow[key] - expected[key]) < 6,
				`arrow ${key} ${arrow[key].toFixed(1)} pt, expected ${expected[key].toFixed(1)} pt`
			);
		}
		const label = shapes.find((shape) => shape.text === 'Staging area');
		assert.ok(label, 'the label is a text box');
		assert.ok(
			Math.abs(label.x - 0.3 * 960) < 8 && Math.abs(label.y + label.height / 2 - 0.3 * 540) < 4
		);
		assert.match(xml, /100 km ring around Machulishchy airbase/);
		assert.doesNotMatch(xml, /53\.78° N/);
		if (soffice) {
			const pdf = pptxToPdf(pptx, 'annotated.pptx');
			const page = String(count + 1);
			const text = execFileSync('pdftotext', ['-f', page, '-l', page, pdf, '-'], {
				encoding: 'utf8'
			}).replace(/\s+/g, ' ');
			assert.match(text, /Staging area/);
			assert.match(text, /100 km ring around Machulishchy airbase/);
			execFileSync('pdftoppm', [
				'-png',
				'-r',
				'72',
				'-f',
				page,
				'-l',
				page,
				pdf,
				`${artifactsDir}/slides-annotations-pptx`
			]);
		}
	});

	it('raised no page error and sent no request beyond 127.0.0.1', () => {
		assert.deepEqual(session.pageErrors, []);
		assert.deepEqual(session.remoteRequests, []);
	});
});

describe('slides under bad conditions', () => {
	let browser;
	before(async () => (browser = await launchBrowser()));
	after(() => browser?.close());

	it('says the storage is full and keeps the slide when a save exceeds the quota', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
		await context.addInitScript(() => {
			IDBObjectStore.prototype.put = function () {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		const page = await context.newPage();
		await page.goto(`${process.env.BASE_URL ?? 'http://127.0.0.1:4319'}${fixturePath}`);
		await waitForMapIdle(page);
		await page.keyboard.press('s');
		const alert = page.getByTestId('save-error');
		await alert.waitFor();
		assert.match(await alert.textContent(), /storage for this site is full/);
		assert.equal(await slideItems(page).count(), 1);
		await context.close();
	});

	it('in the app, Escape that cancels an annotation leaves the selected event selected', async () => {
		const { page, context } = await openPage(browser, '/');
		await waitForMapIdle(page);
		const selected = () => page.evaluate(() => location.hash.includes('event='));
		await page.getByTestId('date-mark').first().click();
		await page.waitForFunction(() => location.hash.includes('event='));
		await page.getByRole('tab', { name: 'Briefing slides' }).click();
		await page
			.getByRole('toolbar', { name: 'Annotate the map' })
			.getByRole('button', { name: 'Arrow' })
			.click();
		const map = await page.getByTestId('map').boundingBox();
		await page.mouse.click(map.x + map.width * 0.3, map.y + map.height * 0.3);
		await page.keyboard.press('Escape');
		assert.equal(await selected(), true, 'the half-drawn arrow is dropped, not the selection');
		// Once nothing of the annotations is left to cancel, Escape closes the event as before.
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => !location.hash.includes('event='));
		await context.close();
	});

	it('in the app, keeps the annotations not yet captured across a reload', async () => {
		const { page, context } = await openPage(browser, '/');
		await waitForMapIdle(page);
		await page.getByRole('tab', { name: 'Briefing slides' }).click();
		const toolbar = page.getByRole('toolbar', { name: 'Annotate the map' });
		await toolbar.getByRole('button', { name: 'Arrow' }).click();
		const map = await page.getByTestId('map').boundingBox();
		await page.mouse.click(map.x + map.width * 0.3, map.y + map.height * 0.3);
		await page.mouse.click(map.x + map.width * 0.5, map.y + map.height * 0.5);
		const hint = page.getByTestId('annotation-hint');
		assert.match(await hint.textContent(), /1 on the map/);
		await page.reload();
		await waitForMapIdle(page);
		await page.getByRole('tab', { name: 'Briefing slides' }).click();
		await hint.filter({ hasText: '1 on the map' }).waitFor();
		await context.close();
	});

	it('says the capture failed and adds no slide when the map cannot draw', async () => {
		const { page, context } = await openPage(browser, fixturePath);
		await waitForMapIdle(page);
		await page.evaluate(() =>
			globalThis.geobriefSlides.map
				.getCanvas()
				.getContext('webgl2')
				.getExtension('WEBGL_lose_context')
				.loseContext()
		);
		await page.getByRole('button', { name: /Capture map/ }).click();
		const alert = page.getByTestId('slide-error');
		await alert.waitFor({ timeout: 15_000 });
		assert.match(await alert.textContent(), /could not be captured.*No slide was added/);
		assert.equal(await slideItems(page).count(), 0);
		await context.close();
	});
});
