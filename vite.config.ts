import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { sampleExtractionsPlugin } from './scripts/sampleExtractionsPlugin.ts';

export default defineConfig({
	plugins: [sampleExtractionsPlugin(), sveltekit()],
	server: { host: '127.0.0.1', fs: { allow: ['geodata'] } },
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// The first extraction test of a file parses the world gazetteer (about 1 s of CPU; 5 s and
		// more on a shared 2-core machine under load), which the default 5 s timeout does not cover.
		testTimeout: 20_000
	}
});
