import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import {
	artifactsDir,
	distinctColours,
	launchBrowser,
	openPage,
	waitForMapIdle
} from '../support/browser.mjs';

describe('the explorer loads offline', () => {
	let browser;
	let session;

	before(async () => {
		browser = await launchBrowser();
		session = await openPage(browser);
		await waitForMapIdle(session.page);
	});
	after(() => browser?.close());

	it('is served with the headers of static/_headers: no framing, workers fetch only from the app, no open CORS', async () => {
		const page = await fetch(`${process.env.BASE_URL}/`, {
			headers: { Origin: 'https://elsewhere.example' }
		});
		const policy = page.headers.get('content-security-policy') ?? '';
		assert.match(policy, /frame-ancestors 'none'/);
		assert.match(policy, /connect-src 'self'/);
		assert.equal(page.headers.get('x-frame-options'), 'DENY');
		assert.equal(page.headers.get('access-control-allow-origin'), null);
		const worker = await session.page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((entry) => entry.name)
				.find((name) => /worker.*\.js$/.test(name))
		);
		assert.ok(worker, 'a worker script was loaded');
		assert.match(
			(await fetch(worker)).headers.get('content-security-policy') ?? '',
			/connect-src 'self'/
		);
	});

	it('asks for at most 360 KB gzip of main-thread JavaScript before the map is first idle', async () => {
		// The first-view budget `npm run bench -- load` reports; held here so that it cannot creep.
		const scripts = await session.page.evaluate(() => {
			const idleAt = Number(document.querySelector('[data-testid="map"]').dataset.idleAt);
			return performance
				.getEntriesByType('resource')
				.filter((entry) => entry.startTime < idleAt && /\.m?js$/.test(new URL(entry.name).pathname))
				.map((entry) => entry.name)
				.filter((url) => !/maplibre-gl-worker|\.worker/.test(url));
		});
		let bytes = 0;
		for (const url of scripts)
			bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
		assert.ok(scripts.length > 5, `only ${scripts.length} scripts were seen`);
		assert.ok(
			bytes <= 360 * 1024,
			`${(bytes / 1024).toFixed(1)} KB gzip in ${scripts.length} files`
		);
	});

	it('draws a map that is not blank', async () => {
		const map = session.page.getByTestId('map');
		const png = await map.screenshot();
		const colours = await distinctColours(session.page, png);
		assert.ok(colours > 40, `the map shows only ${colours} distinct colours`);
		await session.page.screenshot({ path: `${artifactsDir}/explorer.png` });
	});

	it('shows the measured border length within 5% of 1,084 km', async () => {
		const text = await session.page.getByTestId('border-length').textContent();
		const km = Number(text.replace(/[^\d.]/g, ''));
		assert.match(text, /km/);
		assert.ok(Math.abs(km - 1084) / 1084 < 0.05, `border length ${km} km`);
	});

	it('shows both sample articles without site boilerplate', async () => {
		const pane = session.page.getByTestId('reading-pane');
		await pane.getByRole('heading', { name: /Difficult neighbors/ }).waitFor();
		await pane.getByRole('heading', { name: /hybrid crisis/ }).waitFor();
		const text = await pane.textContent();
		assert.doesNotMatch(text, /Further reading/i);
		assert.match(text, /Vladislav Davidzon/);
	});

	it('shows the sample events on a first visit without downloading the gazetteer', async () => {
		const marks = session.page.getByTestId('reading-pane').getByTestId('date-mark');
		await marks.first().waitFor();
		assert.ok((await marks.count()) > 20, 'the sample articles show their dated passages');
		const gazetteer = session.requests.filter((url) => /gazetteer/.test(url));
		assert.deepEqual(gazetteer, [], 'the sample articles are extracted at build time');
	});

	it('never starts a line with the punctuation after a mark, at any pane width', async () => {
		const { page } = session;
		await page.getByTestId('date-mark').first().waitFor();
		for (const width of [1280, 1150, 1000, 900]) {
			await page.setViewportSize({ width, height: 720 });
			const stranded = await page.evaluate(() =>
				[...document.querySelectorAll('[data-testid="reading-pane"] .mark')].flatMap((mark) => {
					const next = mark.nextElementSibling?.textContent ?? '';
					if (!/^[,.;:)”]/.test(next)) return [];
					const range = document.createRange();
					range.setStart(mark.nextElementSibling.firstChild, 0);
					range.setEnd(mark.nextElementSibling.firstChild, 1);
					const line = [...mark.getClientRects()].at(-1);
					const punctuation = range.getClientRects()[0];
					const sameLine = punctuation.top < line.bottom && punctuation.bottom > line.top;
					return sameLine && punctuation.left >= line.right - 1 ? [] : [mark.textContent + next];
				})
			);
			assert.deepEqual(stranded, [], `at ${width} px`);
		}
		await page.setViewportSize({ width: 1280, height: 720 });
	});

	it('credits every data source in the attribution control', async () => {
		const attribution = await session.page.locator('.maplibregl-ctrl-attrib').textContent();
		assert.match(attribution, /Natural Earth/);
		assert.match(attribution, /OpenStreetMap/);
		assert.match(attribution, /GeoNames/);
	});

	it('collapses and reopens the reading pane', async () => {
		const toggle = session.page.getByRole('button', { name: 'Hide articles' });
		await toggle.click();
		assert.equal(await session.page.getByTestId('reading-pane').isVisible(), false);
		await session.page.getByRole('button', { name: 'Show articles' }).click();
		assert.equal(await session.page.getByTestId('reading-pane').isVisible(), true);
	});

	it('sends a Content-Security-Policy that forbids inline script and style and remote connections', async () => {
		const policy = await session.page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		assert.match(policy, /script-src 'self'( 'sha256-[^']+')*;/);
		assert.doesNotMatch(policy, /unsafe-inline[^;]*;[^;]*script|script-src[^;]*unsafe-inline/);
		assert.match(policy, /connect-src 'self' data: blob:;/);
		assert.match(policy, /style-src 'self' 'unsafe-hashes' 'sha256-[^']+';/);
	});

	it('raised no page error and sent no request beyond 127.0.0.1', () => {
		assert.deepEqual(session.pageErrors, []);
		assert.deepEqual(session.remoteRequests, []);
	});
});

describe('bad data and missing WebGL', () => {
	it('shows a clear message when a map data file is corrupt', async () => {
		const browser = await launchBrowser();
		try {
			const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
			const page = await context.newPage();
			await page.route(/countries\.topo.*\.json$/, (route) =>
				route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":' })
			);
			await page.goto(process.env.BASE_URL ?? 'http://127.0.0.1:4319');
			const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
			await alert.waitFor();
			assert.match(await alert.textContent(), /countries\.topo\.json/);
			await page.getByRole('heading', { name: /Difficult neighbors/ }).waitFor();
		} finally {
			await browser.close();
		}
	});

	it('says so when the code of a part opened later cannot be fetched, instead of loading for ever', async () => {
		const browser = await launchBrowser();
		try {
			const { page, pageErrors } = await openPage(browser);
			await waitForMapIdle(page);
			await page.getByRole('heading', { name: /hybrid crisis/ }).waitFor();
			// The server has gone away, or a new version replaced the app's files.
			await page.route(/\.js$/, (route) => route.abort());
			await page.getByRole('tab', { name: 'Review' }).click();
			await page
				.getByRole('alert')
				.filter({ hasText: 'The review could not be loaded; reload the page.' })
				.waitFor();
			await page.getByRole('button', { name: 'Import data…' }).click();
			await page
				.getByRole('status')
				.filter({ hasText: 'The import dialog could not be loaded; reload the page.' })
				.waitFor();
			assert.equal(await page.getByText(/^Loading the review/).count(), 0);
			assert.deepEqual(
				pageErrors.filter((message) => !/dynamically imported module/i.test(message)),
				[]
			);
		} finally {
			await browser.close();
		}
	});

	it('keeps the reading pane working without WebGL', async () => {
		const browser = await launchBrowser(['--disable-3d-apis', '--disable-webgl']);
		try {
			const { page, pageErrors } = await openPage(browser);
			await page.getByText(/no WebGL/).waitFor();
			await page.getByRole('heading', { name: /hybrid crisis/ }).waitFor();
			assert.deepEqual(pageErrors, []);
		} finally {
			await browser.close();
		}
	});
});
