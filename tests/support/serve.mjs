import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where `npm run build:test` puts the build with the bench and fixture pages (svelte.config.js). */
export const testBuildDir = '.svelte-kit/test/build';

/** Starts `vite preview` on the test build (`npm run build:test`) and resolves once it answers. */
export async function servePreview(port) {
	const server = spawn(
		'npx',
		['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{
			stdio: ['ignore', 'ignore', 'inherit'],
			detached: true,
			env: { ...process.env, GEOBRIEF_TEST_PAGES: '1' }
		}
	);
	const stop = () => {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	};
	process.on('exit', stop);
	const url = `http://127.0.0.1:${port}`;
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(url)).ok) return { url, stop };
		} catch {
			// not up yet
		}
		await sleep(200);
	}
	stop();
	throw new Error(`The preview server did not answer on ${url}`);
}
