// Serves the test build (the production app plus the bench and fixture pages) on 127.0.0.1 and
// runs the end-to-end tests against it with node's test runner. Build first
// (`npm run build:test`): `npm test` does.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { servePreview, testBuildDir } from '../support/serve.mjs';

const port = Number(process.env.E2E_PORT ?? 4319);

if (!existsSync(`${testBuildDir}/index.html`)) {
	console.error('No test build found: run `npm run build:test` first.');
	process.exit(1);
}

const { stop: stopServer } = await servePreview(port);
const files = process.argv.slice(2);
const tests = spawn(
	process.execPath,
	['--test', '--test-concurrency=1', ...(files.length ? files : ['tests/e2e/'])],
	{ stdio: 'inherit', env: { ...process.env, BASE_URL: `http://127.0.0.1:${port}` } }
);
const code = await new Promise((resolve) => tests.on('exit', resolve));
stopServer();
process.exit(code ?? 1);
