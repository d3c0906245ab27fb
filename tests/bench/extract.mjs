// Extraction speed: gazetteer load time and words/s end to end over the sample corpus.
// Run: npx tsx tests/bench/extract.mjs   (target >= 100,000 words/s, load <= 1 s)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, parseGazetteer } from '../../src/lib/extract/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const gazetteerFile = path.join(root, 'geodata/build/gazetteer.json');
const corpus = path.join(root, 'geodata/corpus');

let t0 = performance.now();
const raw = fs.readFileSync(gazetteerFile, 'utf8');
const gazetteer = parseGazetteer(JSON.parse(raw));
const loadMs = performance.now() - t0;

const articles = fs
	.readdirSync(corpus)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => ({
		id: f,
		text: fs.readFileSync(path.join(corpus, f), 'utf8'),
		meta: { published: '2025-12-07' }
	}));
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);

for (let i = 0; i < 5; i++) for (const a of articles) extractArticle(a, gazetteer);
const rounds = 40;
t0 = performance.now();
for (let i = 0; i < rounds; i++) for (const a of articles) extractArticle(a, gazetteer);
const seconds = (performance.now() - t0) / 1000;

const wordsPerSecond = (words * rounds) / seconds;
console.log(`gazetteer load (read + JSON.parse + parseGazetteer): ${loadMs.toFixed(0)} ms`);
console.log(
	`extraction: ${Math.round(wordsPerSecond).toLocaleString('en')} words/s (${articles.length} articles, ${words} words, ${rounds} rounds)`
);
console.log(`a 2,000-word article: ${((2000 / wordsPerSecond) * 1000).toFixed(1)} ms`);
