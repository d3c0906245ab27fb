/**
 * npm run -s extract -- FILE [--published YYYY-MM-DD] [--format json|geojson]
 * Prints the extraction of one article as the evaluation JSON (shared/eval/GUIDELINES.md) or GeoJSON.
 * A sibling FILE-stem.meta.json (as in geodata/corpus) supplies id, title and publication date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	extractArticle,
	parseGazetteer,
	toEvalJson,
	toGeoJson,
	type ArticleInput,
	type ArticleMeta,
	type Gazetteer
} from '../src/lib/extract/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GAZETTEER_FILE = path.join(root, 'geodata/build/gazetteer.json');

export function loadGazetteer(file = GAZETTEER_FILE): Gazetteer {
	if (!fs.existsSync(file)) {
		throw new Error(`${file} not found: run node geodata/scripts/build-gazetteer.mjs first`);
	}
	return parseGazetteer(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Reads FILE and its optional FILE-stem.meta.json; rejects text that is not UTF-8. */
export function readArticle(file: string, published?: string): ArticleInput {
	const bytes = fs.readFileSync(file);
	const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
	if (bytes.includes(0) || (text.match(/\ufffd/g)?.length ?? 0) > text.length * 0.01) {
		throw new Error(`${file} is not UTF-8 text`);
	}
	const ext = path.extname(file).toLowerCase();
	const stem = file.slice(0, file.length - ext.length);
	const metaFile = `${stem}.meta.json`;
	const meta: Partial<ArticleMeta> & { id?: string } = fs.existsSync(metaFile)
		? JSON.parse(fs.readFileSync(metaFile, 'utf8'))
		: {};
	return {
		id: meta.id ?? path.basename(stem),
		text,
		format: ext === '.html' || ext === '.htm' ? 'html' : ext === '.md' ? 'markdown' : 'text',
		meta: {
			...(meta.title ? { title: meta.title } : {}),
			...(meta.author ? { author: meta.author } : {}),
			...(meta.publisher ? { publisher: meta.publisher } : {}),
			...(meta.url !== undefined ? { url: meta.url } : {}),
			...((published ?? meta.published) ? { published: published ?? meta.published } : {})
		}
	};
}

function parseArgs(argv: string[]) {
	let file: string | undefined;
	let published: string | undefined;
	let format = 'json';
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--published') published = argv[++i];
		else if (argv[i] === '--format') format = argv[++i];
		else if (!file) file = argv[i];
		else throw new Error(`unexpected argument ${argv[i]}`);
	}
	if (!file)
		throw new Error('usage: extract FILE [--published YYYY-MM-DD] [--format json|geojson]');
	if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
		throw new Error(`--published must be YYYY-MM-DD, got ${published}`);
	}
	if (format !== 'json' && format !== 'geojson')
		throw new Error(`--format must be json or geojson`);
	if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
	return { file, published, format };
}

function main() {
	try {
		const { file, published, format } = parseArgs(process.argv.slice(2));
		const input = readArticle(file, published);
		if (!input.text.trim()) throw new Error(`${file} is empty`);
		const result = extractArticle(input, loadGazetteer());
		for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
		const out = format === 'geojson' ? toGeoJson(result) : toEvalJson(result);
		process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
	} catch (e) {
		process.stderr.write(`extract: ${(e as Error).message}\n`);
		process.exit(1);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
