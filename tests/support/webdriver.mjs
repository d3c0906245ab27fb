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

/** Starts WebKitWebDriver on `port` and opens a MiniBrowser session in it on X `display`. */
export async function openWebKitSession({ port, display }) {
	const server = spawn('WebKitWebDriver', [`--port=${port}`], {
		stdio: ['ignore', 'ignore', 'inherit'],
		detached: true,
		env: { ...process.env, DISPLAY: display }
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
	return {
		setWindowSize: (width, height) => session('POST', '/window/rect', { width, height }),
		goto: (url) => session('POST', '/url', { url }),
		/** Runs `body` (a function body that may await) in the page; returns what it returns. */
		evaluate: (body) =>
			session('POST', '/execute/async', {
				script: `const done = arguments[0];
					(async () => { ${body} })().then(done, (error) => done({ thrownInPage: String(error) }));`,
				args: []
			}),
		async find(selector) {
			const found = await session('POST', '/element', { using: 'css selector', value: selector });
			// The reference is the only value, under the W3C web element identifier key.
			return Object.values(found)[0];
		},
		click: (element) => session('POST', `/element/${element}/click`, {}),
		/** Presses and releases one key (a WebDriver key code such as '\uE010' for End). */
		pressKey: (key) =>
			session('POST', '/actions', {
				actions: [
					{
						type: 'key',
						id: 'keyboard',
						actions: [
							{ type: 'keyDown', value: key },
							{ type: 'keyUp', value: key }
						]
					}
				]
			}),
		/** A PNG of the viewport. (An element's screenshot comes out shifted in WebKitGTK 2.50.) */
		screenshot: async () => Buffer.from(await session('GET', '/screenshot'), 'base64'),
		async close() {
			await session('DELETE', '').catch(() => {});
			stopServer();
		}
	};
}
