import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { sampleExtractionsPlugin } from './scripts/sampleExtractionsPlugin.ts';

export default defineConfig({
	plugins: [sampleExtractionsPlugin(), sveltekit()],
	server: { host: '127.0.0.1', fs: { allow: ['geodata'] } },
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
