// Serves the production build on 127.0.0.1 and runs the end-to-end tests against it with
// node's test runner. Build first (`npm run build`): `npm test` does.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const port = Number(process.env.E2E_PORT ?? 4319);
const baseUrl = `http://127.0.0.1:${port}`;

if (!existsSync('build/index.html')) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}

const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
	{ stdio: ['ignore', 'ignore', 'inherit'], detached: true }
);
const stopServer = () => {
	try {
		process.kill(-server.pid, 'SIGTERM');
	} catch {
		// already gone
	}
};
process.on('exit', stopServer);

async function waitForServer() {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			const response = await fetch(baseUrl);
			if (response.ok) return;
		} catch {
			// not up yet
		}
		await sleep(200);
	}
	throw new Error(`The preview server did not answer on ${baseUrl}`);
}

await waitForServer();
const files = process.argv.slice(2);
const tests = spawn(
	process.execPath,
	['--test', '--test-concurrency=1', ...(files.length ? files : ['tests/e2e/'])],
	{ stdio: 'inherit', env: { ...process.env, BASE_URL: baseUrl } }
);
const code = await new Promise((resolve) => tests.on('exit', resolve));
stopServer();
process.exit(code ?? 1);
