/**
 * npm run eval: extracts every geodata/corpus/*.txt, writes predictions to a temporary folder and
 * scores them against tests/eval/gold with tests/eval/score.mjs (per document and micro-averaged).
 * npm run eval -- --unseen: the same for tests/eval/unseen/*.txt against the *.gold.json beside
 * them (articles the extractor was not developed on; see tests/eval/unseen/README.md).
 * Other arguments are passed to the scorer (e.g. --json, --literal-only).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractArticle, toEvalJson } from '../src/lib/extract/index';
import { loadGazetteer, readArticle } from './extract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const unseen = args.includes('--unseen');
const corpus = path.join(root, unseen ? 'tests/eval/unseen' : 'geodata/corpus');
const gold = path.join(root, unseen ? 'tests/eval/unseen' : 'tests/eval/gold');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'geobrief-eval-'));

const gazetteer = loadGazetteer();
for (const name of fs.readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
	const input = readArticle(path.join(corpus, name));
	const prediction = toEvalJson(extractArticle(input, gazetteer));
	fs.writeFileSync(path.join(out, `${input.id}.json`), JSON.stringify(prediction, null, 1));
}
const scored = spawnSync(
	process.execPath,
	[path.join(root, 'tests/eval/score.mjs'), gold, out, ...args.filter((a) => a !== '--unseen')],
	{ stdio: 'inherit' }
);
fs.rmSync(out, { recursive: true, force: true });
process.exit(scored.status ?? 1);
