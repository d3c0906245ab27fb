import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * GEOBRIEF_TEST_PAGES=1 (`npm run build:test`) builds the app with the bench and fixture pages of
 * src/test-routes (which links the explorer's route files) into .svelte-kit/test, apart from the
 * production build, so `npm run build` and `npm start` never ship them.
 */
const testPages = process.env.GEOBRIEF_TEST_PAGES === '1';
const testOutput = '.svelte-kit/test';

/**
 * The CSP's hash of the one inline style attribute the app has: SvelteKit's route announcer,
 * read from the SvelteKit installed, so that an upgrade that changes it cannot go unnoticed.
 */
function announcerStyleHash() {
	const root = new URL('node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url);
	const style = /id="svelte-announcer"[^>]*\sstyle="([^"]+)"/.exec(readFileSync(root, 'utf8'))?.[1];
	if (!style) throw new Error(`No style attribute of svelte-announcer found in ${root.pathname}`);
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(
			testPages
				? { pages: `${testOutput}/build`, assets: `${testOutput}/build`, fallback: undefined }
				: { fallback: undefined }
		),
		outDir: testPages ? testOutput : '.svelte-kit',
		files: { routes: testPages ? 'src/test-routes' : 'src/routes' },
		alias: { $geodata: 'geodata' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-hashes', announcerStyleHash()],
				'connect-src': ['self', 'data:', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self']
			}
		}
	}
};

export default config;
