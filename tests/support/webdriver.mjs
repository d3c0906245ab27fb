// A W3C WebDriver client over plain HTTP, enough to drive WebKitGTK's MiniBrowser through
// WebKitWebDriver (Debian's webkit2gtk-driver), which playwright-core and puppeteer-core cannot.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export const miniBrowserPath = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

async function call(base, method, path, body) {
	const response = await fetch(base + path, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const { value } = await response.json();
	if (!response.ok)
		throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
	return value;
}

/**
 * Starts WebKitWebDriver on `port` and opens a MiniBrowser session in it. The caller's process
 * must have a display (run it under xvfb-run).
 */
export async function openWebKitSession({ port, width, height }) {
	const server = spawn('WebKitWebDriver', [`--port=${port}`], {
		stdio: ['ignore', 'ignore', 'inherit'],
		detached: true
	});
	const stopServer = () => {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	};
	process.on('exit', stopServer);
	const base = `http://127.0.0.1:${port}`;
	for (let attempt = 0; ; attempt++) {
		try {
			await call(base, 'GET', '/status');
			break;
		} catch (error) {
			if (attempt > 50) throw error;
			await sleep(200);
		}
	}
	const { sessionId } = await call(base, 'POST', '/session', {
		capabilities: {
			alwaysMatch: {
				'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] }
			}
		}
	});
	const session = (method, path, body) => call(base, method, `/session/${sessionId}${path}`, body);
	await session('POST', '/window/rect', { width, height });
	return {
		goto: (url) => session('POST', '/url', { url }),
		/** Runs `source` (a function body) in the page; `arguments[0]` is `args`. */
		execute: (source, args = null) =>
			session('POST', '/execute/sync', { script: source, args: [args] }),
		/** Like execute, with a promise returned by the body awaited. */
		executeAsync: (source, args = null) =>
			session('POST', '/execute/async', {
				script: `const done = arguments[arguments.length - 1];
					Promise.resolve((async () => { ${source} })()).then(done, (e) => done({ error: String(e) }));`,
				args: [args]
			}),
		async find(selector) {
			const found = await session('POST', '/element', { using: 'css selector', value: selector });
			// The reference is the only value, under the W3C web element identifier key.
			return Object.values(found)[0];
		},
		click: (element) => session('POST', `/element/${element}/click`, {}),
		sendKeys: (element, text) => session('POST', `/element/${element}/value`, { text }),
		/** A PNG of the element, or of the viewport when no element is given. */
		async screenshot(element) {
			const path = element ? `/element/${element}/screenshot` : '/screenshot';
			return Buffer.from(await session('GET', path), 'base64');
		},
		async close() {
			await session('DELETE', '').catch(() => {});
			stopServer();
		}
	};
}
