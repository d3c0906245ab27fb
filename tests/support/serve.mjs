import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Starts `vite preview` on the production build and resolves once it answers. */
export async function servePreview(port) {
	const server = spawn(
		'npx',
		['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ stdio: ['ignore', 'ignore', 'inherit'], detached: true }
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
