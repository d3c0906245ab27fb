// Opens projects of many tiny articles in headless Chromium and prints the main-thread long
// tasks. Needs a server on BASE_URL (`npm run build:test && GEOBRIEF_TEST_PAGES=1 npm run preview`, or tests/e2e/run.mjs).
// Usage: BASE_URL=http://127.0.0.1:4173 node tests/bench/many-articles.mjs 100 300 1000
import { measureOpening } from '../support/manyArticles.mjs';

const counts = process.argv.slice(2).map(Number);
for (const count of counts.length ? counts : [100, 300, 1000]) {
	const r = await measureOpening(count);
	console.log(
		`${r.count} articles: shown in ${r.seconds.toFixed(1)} s, longest task ${r.longest} ms, ${r.tasks} long tasks blocking ${r.blocked} ms${r.pageErrors.length ? `, page errors: ${r.pageErrors.join('; ')}` : ''}`
	);
}
