import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:4319';
export const artifactsDir = 'test-results';
mkdirSync(artifactsDir, { recursive: true });

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--enable-unsafe-swiftshader'
];

export async function launchBrowser(extraArgs = []) {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: [...chromiumArgs, ...extraArgs]
	});
}

/**
 * Opens a page at 1280×720 that records page errors (Content-Security-Policy violations count as
 * errors) and every request that would leave 127.0.0.1, so a test can assert that none happened.
 */
export async function openPage(browser, path = '/') {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	const pageErrors = [];
	const remoteRequests = [];
	const requests = [];
	page.on('pageerror', (error) => pageErrors.push(error.message));
	await page.exposeFunction('reportPolicyViolation', (violation) =>
		pageErrors.push(`Content-Security-Policy violation: ${violation}`)
	);
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			window.reportPolicyViolation(`${event.violatedDirective} ${event.blockedURI}`)
		)
	);
	page.on('request', (request) => {
		requests.push(request.url());
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.hostname !== '127.0.0.1') remoteRequests.push(request.url());
	});
	await page.goto(baseUrl + path);
	await page.waitForSelector('html[data-hydrated="true"]');
	return { page, context, pageErrors, remoteRequests, requests };
}

export async function waitForMapIdle(page, timeout = 30_000) {
	await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout });
}

/**
 * Scrolls the reading pane down a screen at a time until `locator` finds something: an article's
 * text is put in only while it is near the view.
 */
export async function scrollPaneTo(page, locator) {
	const panel = page.locator('#panel-articles');
	for (let step = 0; step < 60 && (await locator.count()) === 0; step++) {
		await panel.evaluate((element) => element.scrollBy(0, element.clientHeight));
		await page.waitForTimeout(50);
	}
	await locator.first().waitFor();
	return locator.first();
}

/** Counts distinct colours in a PNG by decoding it in the page (no image library needed). */
export async function distinctColours(page, png) {
	return page.evaluate(async (base64) => {
		const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
		const bitmap = await createImageBitmap(blob);
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d');
		context.drawImage(bitmap, 0, 0);
		const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
		const colours = new Set();
		for (let i = 0; i < data.length; i += 4 * 7) {
			colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
		}
		return colours.size;
	}, png.toString('base64'));
}
