// One small page driver per browser engine, so that a journey is written once and run in each:
// Chromium through playwright-core, Firefox ESR through puppeteer-core (WebDriver BiDi), and
// WebKitGTK through WebKitWebDriver (plain W3C WebDriver).
import puppeteer from 'puppeteer-core';
import { launchBrowser } from './browser.mjs';
import { openWebKitSession } from './webdriver.mjs';

export const viewport = { width: 1440, height: 900 };
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The page under test, the same in every engine. `evaluate` runs a function body (it may await)
 * in the page and returns what it returns; `screenshot` is a PNG of the viewport.
 * @typedef {{
 *   evaluate: (body: string) => Promise<unknown>,
 *   press: (selector: string, key: 'Home' | 'End') => Promise<void>,
 *   click: (selector: string) => Promise<void>,
 *   screenshot: () => Promise<Buffer>,
 *   pageErrors: () => Promise<string[]>,
 *   reload: () => Promise<void>,
 *   close: () => Promise<void>
 * }} EnginePage
 */

const asExpression = (body) => `(async () => { ${body} })()`;

/** @returns {Promise<EnginePage>} */
export async function openInChromium(url) {
	const browser = await launchBrowser();
	const page = await (await browser.newContext({ viewport })).newPage();
	return driven(page, url, () => browser.close());
}

/**
 * The EnginePage of a Playwright or Puppeteer page (they share these calls), once it shows `url`.
 * @returns {Promise<EnginePage>}
 */
async function driven(page, url, close) {
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(url);
	return {
		evaluate: (body) => page.evaluate(asExpression(body)),
		async press(selector, key) {
			await page.focus(selector);
			await page.keyboard.press(key);
		},
		click: (selector) => page.click(selector),
		screenshot: async () => Buffer.from(await page.screenshot()),
		pageErrors: async () => errors,
		reload: async () => void (await page.reload()),
		close
	};
}

/** Headed: headless Firefox gets no WebGL here, so it draws on the virtual `display`. */
/** @returns {Promise<EnginePage>} */
export async function openInFirefox(url, display) {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: firefoxPath,
		headless: false,
		defaultViewport: viewport,
		env: { ...process.env, DISPLAY: display }
	});
	return driven(await browser.newPage(), url, () => browser.close());
}

const webDriverKeys = { Home: '\uE011', End: '\uE010' };

/**
 * WebDriver has no page-error event: a listener added once the page has loaded records those
 * thrown later (the map and its layers start after load). A reload loads the page again.
 * @returns {Promise<EnginePage>}
 */
export async function openInWebKit(url, display) {
	const session = await openWebKitSession({
		port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4339),
		display
	});
	// The window's frame takes part of its size: grow it so that the page gets the viewport.
	await session.setWindowSize(viewport.width, viewport.height);
	const inner = await session.evaluate('return [innerWidth, innerHeight];');
	await session.setWindowSize(viewport.width * 2 - inner[0], viewport.height * 2 - inner[1]);
	const load = async () => {
		await session.goto(url);
		await session.evaluate(`
			window.recordedErrors = [];
			addEventListener('error', (event) => recordedErrors.push(String(event.message)));
			addEventListener('unhandledrejection', (event) => recordedErrors.push(String(event.reason)));`);
	};
	await load();
	return {
		evaluate: (body) => session.evaluate(body),
		async press(selector, key) {
			await session.evaluate(`document.querySelector(${JSON.stringify(selector)}).focus();`);
			await session.pressKey(webDriverKeys[key]);
		},
		click: async (selector) => session.click(await session.find(selector)),
		screenshot: () => session.screenshot(),
		pageErrors: () => session.evaluate('return window.recordedErrors;'),
		reload: load,
		close: () => session.close()
	};
}
