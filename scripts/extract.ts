/**
 * npm run -s extract -- FILE [--published YYYY-MM-DD] [--format json|geojson]
 *   Prints the extraction of one article as the evaluation JSON (shared/eval/GUIDELINES.md) or GeoJSON.
 * npm run -s extract -- --out DIR FILE_OR_DIR... [--published YYYY-MM-DD] [--format json|geojson]
 *   Batch mode: one process, the gazetteer loaded once; writes DIR/<id>.json for every article
 *   (.txt, .md, .html in a folder), with a progress line on stderr.
 * A sibling FILE-stem.meta.json (as in geodata/corpus) supplies id, title and publication date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	extractArticle,
	openGazetteer,
	toEvalJson,
	toGeoJson,
	type ArticleInput,
	type ArticleMeta,
	type Extraction,
	type Gazetteer
} from '../src/lib/extract/index';
import { MAX_INPUT_CHARS } from '../src/lib/extract/01-ingest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GAZETTEER_FILE = path.join(root, 'geodata/build/gazetteer.bin');
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);
/** UTF-8 takes at most 4 bytes a character: a longer file cannot be under the character limit. */
const MAX_INPUT_BYTES = MAX_INPUT_CHARS * 4;

const USAGE = `usage:
  extract FILE [--published YYYY-MM-DD] [--format json|geojson]
  extract --out DIR FILE_OR_DIR... [--published YYYY-MM-DD] [--format json|geojson]
Reads .txt, .md and .html articles; a sibling NAME.meta.json may give id, title and published.`;

export function loadGazetteer(file = GAZETTEER_FILE): Gazetteer {
	if (!fs.existsSync(file)) {
		throw new Error(`${file} not found: run npm run geodata first`);
	}
	return openGazetteer(fs.readFileSync(file));
}

/** True for a real calendar day written YYYY-MM-DD (not 2023-02-30, not 0000-00-00). */
export function isCalendarDay(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m || +m[1] < 1) return false;
	const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
}

/** Reads a regular file of at most `limit` bytes; devices, FIFOs and folders are refused unread. */
function readRegularFile(file: string, limit: number): Buffer {
	const stat = fs.statSync(file, { throwIfNoEntry: false });
	if (!stat) throw new Error(`${file}: no such file`);
	if (stat.isDirectory()) throw new Error(`${file} is a folder (use --out DIR to read a folder)`);
	if (!stat.isFile()) throw new Error(`${file} is not a regular file`);
	if (stat.size > limit) {
		throw new Error(
			`${file} is ${stat.size} bytes; articles are limited to ${MAX_INPUT_CHARS} characters`
		);
	}
	return fs.readFileSync(file);
}

function readMeta(file: string): Partial<ArticleMeta> & { id?: string } {
	if (!fs.existsSync(file)) return {};
	try {
		const meta: unknown = JSON.parse(readRegularFile(file, 1_000_000).toString('utf8'));
		if (typeof meta !== 'object' || meta === null || Array.isArray(meta))
			throw new Error('not an object');
		return meta as Partial<ArticleMeta> & { id?: string };
	} catch (e) {
		throw new Error(`${file}: not a readable meta file (${(e as Error).message})`, { cause: e });
	}
}

/** Reads FILE and its optional FILE-stem.meta.json; rejects text that is not UTF-8. */
export function readArticle(file: string, published?: string): ArticleInput {
	const bytes = readRegularFile(file, MAX_INPUT_BYTES);
	const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
	if (bytes.includes(0) || (text.match(/\ufffd/g)?.length ?? 0) > text.length * 0.01) {
		throw new Error(`${file} is not UTF-8 text`);
	}
	if (text.length > MAX_INPUT_CHARS) {
		throw new Error(`${file} has ${text.length} characters; the limit is ${MAX_INPUT_CHARS}`);
	}
	const ext = path.extname(file).toLowerCase();
	const stem = file.slice(0, file.length - ext.length);
	const meta = readMeta(`${stem}.meta.json`);
	const date = published ?? meta.published;
	if (date !== undefined && (typeof date !== 'string' || !isCalendarDay(date))) {
		throw new Error(`${stem}.meta.json: published must be a calendar day YYYY-MM-DD`);
	}
	return {
		id: typeof meta.id === 'string' ? meta.id : path.basename(stem),
		text,
		format: ext === '.html' || ext === '.htm' ? 'html' : ext === '.md' ? 'markdown' : 'text',
		meta: {
			...(meta.title ? { title: meta.title } : {}),
			...(meta.author ? { author: meta.author } : {}),
			...(meta.publisher ? { publisher: meta.publisher } : {}),
			...(meta.url !== undefined ? { url: meta.url } : {}),
			...(date ? { published: date } : {})
		}
	};
}

/** The article files named: files as given, folders by their .txt/.md/.html files (not recursive). */
export function articleFiles(paths: string[]): string[] {
	return paths.flatMap((p) => {
		const stat = fs.statSync(p, { throwIfNoEntry: false });
		if (!stat) throw new Error(`${p}: no such file or folder`);
		if (!stat.isDirectory()) return [p];
		return fs
			.readdirSync(p)
			.filter((f) => ARTICLE_EXTENSIONS.has(path.extname(f).toLowerCase()))
			.sort()
			.map((f) => path.join(p, f));
	});
}

export type Format = 'json' | 'geojson';

function render(result: Extraction, format: Format): string {
	return `${JSON.stringify(format === 'geojson' ? toGeoJson(result) : toEvalJson(result), null, 2)}\n`;
}

/**
 * Extracts every file into outDir/<id>.json with one gazetteer; a file that fails is reported and
 * skipped. `publishedOf` may give a file's publication day. Returns the number of failures.
 */
export function extractFiles(
	files: string[],
	outDir: string,
	options: {
		gazetteer: Gazetteer;
		format?: Format;
		publishedOf?: (file: string) => string | undefined;
	}
): { failed: number; words: number; ms: number } {
	fs.mkdirSync(outDir, { recursive: true });
	const t0 = performance.now();
	let failed = 0;
	let words = 0;
	files.forEach((file, i) => {
		try {
			const input = readArticle(file, options.publishedOf?.(file));
			words += input.text.split(/\s+/).length;
			const result = extractArticle(input, options.gazetteer);
			for (const w of result.warnings) process.stderr.write(`\nwarning: ${file}: ${w}\n`);
			fs.writeFileSync(
				path.join(outDir, `${input.id}.json`),
				render(result, options.format ?? 'json')
			);
		} catch (e) {
			failed++;
			process.stderr.write(`\nextract: ${(e as Error).message}\n`);
		}
		process.stderr.write(`\rextract: ${i + 1}/${files.length} ${path.basename(file)}\u001b[K`);
	});
	if (files.length) process.stderr.write('\n');
	return { failed, words, ms: performance.now() - t0 };
}

type Command =
	| { help: true }
	| { help: false; inputs: string[]; out?: string; published?: string; format: Format };

export function parseArgs(argv: string[]): Command {
	const inputs: string[] = [];
	let out: string | undefined;
	let published: string | undefined;
	let format = 'json';
	const valueOf = (flag: string, i: number) => {
		const value = argv[i];
		if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
		return value;
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') return { help: true };
		if (arg === '--published') published = valueOf(arg, ++i);
		else if (arg === '--format') format = valueOf(arg, ++i);
		else if (arg === '--out') out = valueOf(arg, ++i);
		else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
		else inputs.push(arg);
	}
	if (!inputs.length) throw new Error(USAGE);
	if (!out && inputs.length > 1) throw new Error(`several inputs need --out DIR\n${USAGE}`);
	if (published !== undefined && !isCalendarDay(published)) {
		throw new Error(`--published must be a calendar day YYYY-MM-DD, got ${published}`);
	}
	if (format !== 'json' && format !== 'geojson')
		throw new Error('--format must be json or geojson');
	return { help: false, inputs, out, published, format };
}

/** Writes to stdout; a closed pipe ends quietly, a full disk with one line. */
function writeStdout(text: string) {
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code !== 'EPIPE')
			process.stderr.write(`extract: cannot write the output: ${e.message}\n`);
		process.exit(e.code === 'EPIPE' ? 0 : 1);
	});
	process.stdout.write(text);
}

function main() {
	try {
		const command = parseArgs(process.argv.slice(2));
		if (command.help) {
			process.stdout.write(`${USAGE}\n`);
			return;
		}
		const gazetteer = loadGazetteer();
		if (command.out) {
			const files = articleFiles(command.inputs);
			const { failed } = extractFiles(files, command.out, {
				gazetteer,
				format: command.format,
				publishedOf: () => command.published
			});
			if (failed) {
				process.stderr.write(`extract: ${failed} of ${files.length} articles failed\n`);
				process.exit(1);
			}
			return;
		}
		const file = command.inputs[0];
		const input = readArticle(file, command.published);
		if (!input.text.trim()) throw new Error(`${file} is empty`);
		const result = extractArticle(input, gazetteer);
		for (const w of result.warnings) process.stderr.write(`warning: ${file}: ${w}\n`);
		writeStdout(render(result, command.format));
	} catch (e) {
		process.stderr.write(`extract: ${(e as Error).message}\n`);
		process.exit(1);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
