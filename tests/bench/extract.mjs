// Extraction speed: gazetteer load time and words/s end to end, over the sample corpus and, when
// they are there, the public benchmark corpora in ../shared/eval/external (read, never copied).
// Run: npx tsx tests/bench/extract.mjs   (target >= 100,000 words/s on every corpus, load <= 1.5 s)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../src/lib/extract/index.ts';
import { loadGazetteer } from '../../scripts/extract.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const external = process.env.GEOBRIEF_EXTERNAL_EVAL ?? path.join(root, '../shared/eval/external');

let t0 = performance.now();
const gazetteer = loadGazetteer();
console.log(`gazetteer load (read + openGazetteer): ${(performance.now() - t0).toFixed(0)} ms`);

/** The .txt articles of a folder, with the publication day of their meta or gold file. */
function articlesIn(folder) {
	return fs
		.readdirSync(folder)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => {
			const stem = path.join(folder, f.slice(0, -4));
			const side = [`${stem}.meta.json`, `${stem}.gold.json`].find((p) => fs.existsSync(p));
			const published = side ? JSON.parse(fs.readFileSync(side, 'utf8')).published : undefined;
			return { id: f, text: fs.readFileSync(`${stem}.txt`, 'utf8'), meta: { published } };
		});
}

const corpora = [
	['sample', path.join(root, 'geodata/corpus')],
	...['gwn', 'trnews', 'te3-platinum'].map((name) => [name, path.join(external, name)])
].filter(([, folder]) => fs.existsSync(folder));

for (const [name, folder] of corpora) {
	const articles = articlesIn(folder);
	const words = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
	const rounds = Math.max(3, Math.ceil(200_000 / words));
	for (const a of articles) extractArticle(a, gazetteer);
	t0 = performance.now();
	for (let i = 0; i < rounds; i++) for (const a of articles) extractArticle(a, gazetteer);
	const wordsPerSecond = (words * rounds) / ((performance.now() - t0) / 1000);
	console.log(
		`${name}: ${Math.round(wordsPerSecond).toLocaleString('en')} words/s (${articles.length} articles, ${words.toLocaleString('en')} words, ${rounds} rounds after one warm-up)`
	);
}
