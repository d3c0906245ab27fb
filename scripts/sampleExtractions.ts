/**
 * The sample articles of geodata/corpus as the pipeline extracts them, for the build
 * (scripts/sampleExtractionsPlugin.ts) and the tests.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, type Extraction, type Gazetteer } from '../src/lib/extract/index';
import { GAZETTEER_FILE, loadGazetteer, readArticle } from './extract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.join(root, 'geodata/corpus');

export function sampleArticleIds(): string[] {
	return fs
		.readdirSync(CORPUS)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => f.slice(0, -'.txt'.length))
		.sort();
}

let gazetteer: Gazetteer | undefined;

/** The extraction shipped for one sample article. */
export function sampleExtraction(id: string): Extraction {
	if (!sampleArticleIds().includes(id)) throw new Error(`There is no sample article “${id}”.`);
	gazetteer ??= loadGazetteer();
	return extractArticle(readArticle(path.join(CORPUS, `${id}.txt`)), gazetteer);
}

/** A hash of the pipeline's code and data: extractions cached under another version are re-read. */
export function pipelineVersion(): string {
	const extractDir = path.join(root, 'src/lib/extract');
	const files = [
		...fs
			.readdirSync(extractDir, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
			.sort()
			.map((f) => path.join(extractDir, f)),
		GAZETTEER_FILE
	];
	const hash = createHash('sha256');
	for (const file of files) hash.update(fs.readFileSync(file));
	return hash.digest('hex').slice(0, 16);
}
