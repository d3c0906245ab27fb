import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { sampleExtractionsPlugin } from './scripts/sampleExtractionsPlugin.ts';

/** The headers a _headers file gives every path (the "/*" block), by name. */
function headersForAllPaths(headersFile: string): Record<string, string> {
	const headers: Record<string, string> = {};
	let forAllPaths = false;
	for (const line of headersFile.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) forAllPaths = line.trim() === '/*';
		else if (forAllPaths) {
			const colon = line.indexOf(':');
			headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
		}
	}
	return headers;
}

/**
 * Sends `headers` on every response of `vite preview` (behind `npm start`), and no CORS header.
 * Vite's own `preview.headers` do not reach the files SvelteKit's preview serves, and SvelteKit
 * turns Vite's CORS on for every origin (`Access-Control-Allow-Origin: *`).
 */
function previewHeaders(headers: Record<string, string>): Plugin {
	return {
		name: 'geobrief-preview-headers',
		configurePreviewServer(server) {
			server.middlewares.use((_request, response, next) => {
				response.removeHeader('Access-Control-Allow-Origin');
				for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
				next();
			});
		}
	};
}

export default defineConfig({
	plugins: [
		sampleExtractionsPlugin(),
		sveltekit(),
		previewHeaders(headersForAllPaths(readFileSync('static/_headers', 'utf8')))
	],
	server: { host: '127.0.0.1', fs: { allow: ['geodata'] } },
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// Files share their worker's modules: the world gazetteer is opened once per worker, not
		// once per file (unit tests 97 s → 42 s). A test restores the globals it stubs.
		isolate: false,
		// The first extraction test of a file parses the world gazetteer (about 1 s of CPU; 5 s and
		// more on a shared 2-core machine under load), which the default 5 s timeout does not cover.
		testTimeout: 20_000
	}
});
