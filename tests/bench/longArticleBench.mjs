// `npm run bench -- long-article [characters] [one-line]`: an article of 4.9 million characters
// (the sample articles repeated, as paragraphs or as one line) pasted through the Add article dialog; prints how long it takes to read,
// the main-thread tasks over 50 ms while it is read, and then while the pane is scrolled, the time
// slider moved and the map panned.
import { readFileSync, readdirSync } from 'node:fs';
import { describeLongTasks, watchLongTasks } from './longTasks.mjs';
import { pasteLongText } from '../support/workspace.mjs';

const corpus = 'geodata/corpus';

function longArticle(characters, oneLine) {
	const samples = readdirSync(corpus)
		.filter((name) => name.endsWith('.txt'))
		.map((name) => readFileSync(`${corpus}/${name}`, 'utf8').trim());
	const parts = [];
	for (let length = 0, i = 0; length < characters; i++) {
		parts.push(samples[i % samples.length]);
		length += samples[i % samples.length].length + 2;
	}
	const text = oneLine ? parts.join(' ').replace(/\s*\n\s*/g, ' ') : parts.join('\n\n');
	return text.slice(0, text.lastIndexOf(' ', characters));
}

/** Drags the map 20 steps: its frames are the floor for every long-task figure on this machine. */
async function panMap(page) {
	const box = await page.getByTestId('map').boundingBox();
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	for (let step = 1; step <= 20; step++)
		await page.mouse.move(box.x + box.width / 2 + step * 10, box.y + box.height / 2 + step * 4);
	await page.mouse.up();
}

/** A page of its own at `url`, once its map is idle. */
async function openIdleMap(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
	return { context, page };
}

/** The long tasks of panning the map of `page`, described. */
async function panningTasks(page) {
	const tasks = await watchLongTasks(page);
	await panMap(page);
	return describeLongTasks(await tasks.take());
}

export async function longArticleBenchmark(browser, url, characters = 4_900_000, oneLine = false) {
	const floor = await openIdleMap(browser, `${url}/bench/floor`);
	const floorPan = await panningTasks(floor.page);
	await floor.context.close();
	const { context, page } = await openIdleMap(browser, url);
	const panBefore = await panningTasks(page);
	const text = longArticle(characters, oneLine);
	const shape = oneLine ? 'on one line' : 'in paragraphs';
	console.log(`\n# A pasted article of ${text.length.toLocaleString('en')} characters ${shape}`);
	console.log(`reference, panning the floor page (MapLibre alone, same basemap): ${floorPan}`);
	console.log(`reference, panning the map before the article is added: ${panBefore}`);
	await page.getByRole('button', { name: 'Add article…' }).click();
	await pasteLongText(page, text);
	await page.getByTestId('article-title').fill('Long article');
	await page.getByTestId('article-published').fill('2025-12-07');
	const longTasks = await watchLongTasks(page);
	const started = Date.now();
	await page.getByTestId('article-submit').click();
	const pane = page.getByTestId('reading-pane');
	try {
		// A CSS query: an accessible-name query would time Playwright's walk of the whole text.
		await page.waitForSelector(
			'.row[data-status="ready"] button[aria-label="Remove Long article"]',
			{
				timeout: 900_000
			}
		);
	} catch (error) {
		console.log(`not read within the time allowed (${error.message.split('\n')[0]})`);
		await context.close();
		return;
	}
	console.log(`read in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	console.log(
		`main-thread tasks while reading: ${describeLongTasks(await longTasks.take())} (target: none over 200 ms)`
	);
	const phase = async (name, act) => {
		await act();
		console.log(`${name}: ${describeLongTasks(await longTasks.take())} (target: none)`);
	};
	await phase('scrolling the reading pane', () =>
		pane.evaluate(async (element) => {
			const scroller = element.closest('[role="tabpanel"]');
			for (let step = 1; step <= 20; step++) {
				scroller.scrollTop = (scroller.scrollHeight * step) / 20;
				await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
			}
		})
	);
	await phase('moving the time slider', async () => {
		await page.getByRole('slider', { name: 'Time window' }).focus();
		for (let step = 0; step < 20; step++) await page.keyboard.press('ArrowRight');
	});
	await phase('panning the map', () => panMap(page));
	await context.close();
}
