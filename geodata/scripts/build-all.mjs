// `npm run geodata`: runs every geodata/scripts/build-*.mjs except this one, in name order,
// each in its own Node process (with tsx: the gazetteer keys names with the extractor's own
// tokenizer), stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const dir = dirname(here);
const scripts = readdirSync(dir)
	.filter((name) => /^build-.*\.mjs$/.test(name) && name !== basename(here))
	.sort();

const started = performance.now();
for (const name of scripts) {
	const t0 = performance.now();
	const { status, signal } = spawnSync(process.execPath, ['--import', 'tsx', join(dir, name)], {
		stdio: 'inherit'
	});
	if (status !== 0) {
		console.error(`geodata: ${name} failed (${signal ?? `exit ${status}`})`);
		process.exit(status || 1);
	}
	console.log(`  ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
console.log(
	`geodata: ${scripts.length} builders in ${((performance.now() - started) / 1000).toFixed(1)} s`
);
