// Benchmarks of slide snapshots and exports in headless Chromium at 1280×720, on the
// /fixtures/slides page of the test build (`npm run build:test` first). Prints numbers;
// asserts nothing. Budgets (issue “Briefing slides from map snapshots”): a 2× snapshot in
// ≤ 1.5 s and never blank; a 10-slide PPTX in ≤ 1 s once the images exist, with no
// main-thread task over 50 ms.
import { launchBrowser } from '../support/browser.mjs';
import { servePreview } from '../support/serve.mjs';

const port = Number(process.env.BENCH_PORT ?? 4331);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;
const views = [
	{ lon: 27.56, lat: 53.9, zoom: 5.5 },
	{ lon: 30.52, lat: 50.45, zoom: 6.5 },
	{ lon: 28.5, lat: 49.5, zoom: 4 },
	{ lon: 24.0, lat: 51.5, zoom: 6, bearing: 20 },
	{ lon: 31.0, lat: 52.4, zoom: 7 }
];

const { url, stop } = await servePreview(port);
const browser = await launchBrowser();
try {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	await page.goto(`${url}/fixtures/slides`);
	await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
	const renderer = await page.evaluate(() => {
		const gl = globalThis.geobriefSlides.map.getCanvas().getContext('webgl2');
		const info = gl?.getExtension('WEBGL_debug_renderer_info');
		return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : 'unknown';
	});
	console.log(`WebGL renderer: ${renderer}`);

	/** Distinct colours in the newest slide's map picture, sampled at 320×180. */
	const newestPictureColours = () =>
		page.evaluate(() => {
			const { session } = globalThis.geobriefSlides;
			const picture = session.pictureOf(session.slides.at(-1)).drawable;
			const sample = new OffscreenCanvas(320, 180).getContext('2d');
			sample.drawImage(picture, 0, 0, 320, 180);
			const { data } = sample.getImageData(0, 0, 320, 180);
			const colours = new Set();
			for (let i = 0; i < data.length; i += 4) {
				colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
			}
			return colours.size;
		});

	// Every slide carries an arrow, a label and an area: drawn into pictures, shapes in the PPTX.
	await page.evaluate(() => {
		const { annotations } = globalThis.geobriefSlides.session;
		annotations.choose('arrow');
		annotations.place([26.5, 53.2]);
		annotations.place([28.8, 51.6]);
		annotations.choose('label');
		annotations.place([27.6, 52.6]);
		annotations.writeLabel('Staging area');
		annotations.choose('area');
		for (const corner of [
			[29, 52.2],
			[30.6, 52.1],
			[30.1, 51.1]
		])
			annotations.place(corner);
		annotations.closeArea();
	});
	console.log('each slide: 3 annotations (arrow, label, area) where the frame holds them');

	for (const scale of [1, 2]) {
		const times = [];
		const colours = [];
		for (const view of views) {
			await page.evaluate((target) => globalThis.geobriefSlides.jumpTo(target), view);
			times.push(await page.evaluate((s) => globalThis.geobriefSlides.timeCapture(s), scale));
			colours.push(await newestPictureColours());
		}
		console.log(
			`\n# ${scale}× snapshot (${1280 * scale}×${720 * scale}), ${views.length} views: ` +
				`median ${ms(median(times))}, max ${ms(Math.max(...times))} (runs: ${times.map(ms).join(', ')})`
		);
		console.log(`distinct colours per picture (≥ 40 is not blank): ${colours.join(', ')}`);
	}

	const saveMs = await page.evaluate(async () => {
		const started = performance.now();
		await globalThis.geobriefSlides.session.save();
		return performance.now() - started;
	});
	console.log(
		`\nflushing the 10-slide deck to IndexedDB (background saves already ran during the captures): ${ms(saveMs)}`
	);

	const pptx = await page.evaluate(async () => {
		const longTasks = [];
		const observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
		});
		observer.observe({ type: 'longtask' });
		const result = await globalThis.geobriefSlides.timePptx();
		await new Promise((resolve) => setTimeout(resolve, 100));
		observer.disconnect();
		const { slides } = globalThis.geobriefSlides.session;
		const annotations = slides.reduce((sum, slide) => sum + slide.annotations.length, 0);
		return { ...result, longTasks, slides: slides.length, annotations };
	});
	console.log(
		`\n# PPTX of ${pptx.slides} slides with ${pptx.annotations} annotation shapes (${(pptx.bytes / 1e6).toFixed(1)} MB)`
	);
	console.log(`figure JPEGs composed and encoded on the main thread: ${ms(pptx.figuresMs)}`);
	console.log(
		`worker build once the images exist: ${ms(pptx.workerMs)} round trip, ${ms(pptx.buildMs)} inside the worker (pptxgenjs import included)`
	);
	console.log(
		`main-thread tasks over 50 ms during the export: ${pptx.longTasks.length ? pptx.longTasks.join(', ') + ' ms' : 'none'}`
	);
	await context.close();
} finally {
	await browser.close();
	stop();
}
