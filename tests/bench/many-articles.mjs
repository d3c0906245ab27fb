// Opens projects of many tiny articles in headless Chromium (the test build: `npm run build:test`
// first) and prints the main-thread long tasks, beside those of a plain map pan in the same run:
// with software WebGL every map frame is a long task, so the pan is the floor to compare with.
// Usage: node tests/bench/many-articles.mjs 100 1000
import { servePreview } from '../support/serve.mjs';

const counts = process.argv.slice(2).map(Number);
const { url, stop } = await servePreview(Number(process.env.BENCH_PORT ?? 4330));
// The support modules read BASE_URL when they load.
process.env.BASE_URL = url;
const { launchBrowser } = await import('../support/browser.mjs');
const { measureOpening, measurePan } = await import('../support/manyArticles.mjs');
const browser = await launchBrowser();
try {
	const pan = await measurePan(browser);
	console.log(
		`reference, a map pan: longest task ${pan.longest} ms, ${pan.tasks} long tasks blocking ${pan.blocked} ms`
	);
	for (const count of counts.length ? counts : [100, 1000]) {
		const r = await measureOpening(count, { browser });
		console.log(
			`${r.count} articles: shown in ${r.seconds.toFixed(1)} s, longest task ${r.longest} ms, ${r.tasks} long tasks blocking ${r.blocked} ms${r.pageErrors.length ? `, page errors: ${r.pageErrors.join('; ')}` : ''}`
		);
	}
} finally {
	await browser.close();
	stop();
}
