/**
 * npm run eval: extracts every geodata/corpus/*.txt and scores it against tests/eval/gold with
 * tests/eval/score.mjs (per document and micro-averaged).
 * npm run eval -- --unseen: the same for tests/eval/unseen/*.txt against the *.gold.json beside them.
 * npm run eval -- --external [--only gwn,trnews,te3-platinum] [--keep DIR]: the public benchmark
 * corpora in ../shared/eval/external (or $GEOBRIEF_EXTERNAL_EVAL), read from there and never copied,
 * scored with the shared scorer beside the published figures of other systems.
 * Other arguments are passed to the scorer (e.g. --json, --literal-only).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { articleFiles, extractFiles, loadGazetteer } from './extract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const optionValue = (flag: string) => {
	const i = args.indexOf(flag);
	return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const flag = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 && args.splice(i, 1).length > 0;
};

const EXTERNAL_CORPORA = ['gwn', 'trnews', 'te3-platinum'];
/** Published figures of other systems (../shared/eval/external/README.md), as fractions. */
const PUBLISHED: Record<string, { system: string; figures: Record<string, number> }[]> = {
	gwn: [
		{ system: 'Google Cloud NL', figures: { toponymF1: 0.821 } },
		{ system: 'Edinburgh Geoparser', figures: { toponymF1: 0.791, acc161: 0.88 } },
		{ system: 'Mordecai 3 (given gold names)', figures: { acc161: 0.941 } }
	],
	trnews: [{ system: 'Mordecai 3 (given gold names)', figures: { acc161: 0.873 } }],
	'te3-platinum': [
		{ system: 'HeidelTime', figures: { spanF1: 0.903, valueF1: 0.776 } },
		{ system: 'SUTime', figures: { valueF1: 0.674 } }
	]
};

function score(scorer: string, gold: string, predictions: string, extra: string[] = []) {
	const run = spawnSync(process.execPath, [scorer, gold, predictions, ...extra], {
		encoding: 'utf8',
		maxBuffer: 1 << 28,
		stdio: extra.includes('--json') ? ['ignore', 'pipe', 'inherit'] : 'inherit'
	});
	if (run.status !== 0) throw new Error(`the scorer failed on ${gold}`);
	return run.stdout;
}

type Micro = {
	toponyms: {
		precision: number;
		recall: number;
		f1: number;
		gold: number;
		resolution: Record<string, number>;
	};
	events: {
		gold: number;
		span: { precision: number; recall: number; f1: number };
		value: { f1: number };
		place?: { accuracy: number | null; scored: number };
	};
};

const pct = (x: number | null | undefined) =>
	x === null || x === undefined ? '—' : (x * 100).toFixed(1);

function external() {
	const base = path.resolve(
		process.env.GEOBRIEF_EXTERNAL_EVAL ?? path.join(root, '../shared/eval/external')
	);
	const scorer = path.join(base, '../score.mjs');
	if (!fs.existsSync(scorer)) {
		throw new Error(`${base}: the external corpora are not there (set GEOBRIEF_EXTERNAL_EVAL)`);
	}
	const only = optionValue('--only')?.split(',') ?? EXTERNAL_CORPORA;
	const keep = optionValue('--keep');
	const out = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'geobrief-eval-'));
	const t0 = performance.now();
	const gazetteer = loadGazetteer();
	console.log(`gazetteer loaded in ${Math.round(performance.now() - t0)} ms`);
	const rows: string[] = [];
	for (const corpus of only) {
		const dir = path.join(base, corpus);
		const goldOf = (file: string) => file.replace(/\.[a-z]+$/, '.gold.json');
		const files = articleFiles([dir]).filter((f) => fs.existsSync(goldOf(f)));
		const predictions = path.join(out, corpus);
		const options = {
			gazetteer,
			publishedOf: (f: string) => JSON.parse(fs.readFileSync(goldOf(f), 'utf8')).published
		};
		// words/s is the steady state, after an untimed pass: otherwise whichever corpus comes first
		// pays the JIT and GC warm-up (GeoWebNews read 72–85k words/s first, 123k after TR-News).
		extractFiles(files, predictions, options);
		const run = extractFiles(files, predictions, options);
		const micro: Micro = JSON.parse(score(scorer, dir, predictions, ['--json', ...args])).micro;
		const t = micro.toponyms;
		const e = micro.events;
		const wordsPerSecond = Math.round(run.words / (run.ms / 1000));
		rows.push(
			`| ${corpus} | geobrief | ${files.length} | ${t.gold ? `${pct(t.precision)} / ${pct(t.recall)} / **${pct(t.f1)}**` : '—'} | ${t.gold ? `${pct(t.resolution['acc@161'])} (${pct(t.resolution['acc@161_cc'])})` : '—'} | ${e.gold ? `${pct(e.span.precision)} / ${pct(e.span.recall)} / **${pct(e.span.f1)}**` : '—'} | ${e.gold ? pct(e.value.f1) : '—'} | ${wordsPerSecond.toLocaleString('en')} |`
		);
		for (const { system, figures } of PUBLISHED[corpus] ?? []) {
			rows.push(
				`| ${corpus} | ${system} | | ${figures.toponymF1 ? `**${pct(figures.toponymF1)}**` : ''} | ${pct(figures.acc161)} | ${figures.spanF1 ? `**${pct(figures.spanF1)}**` : ''} | ${pct(figures.valueF1)} | |`
			);
		}
		if (corpus === 'gwn') {
			const systems = path.join(base, 'gwn-systems');
			for (const system of fs.existsSync(systems) ? fs.readdirSync(systems).sort() : []) {
				const s: Micro = JSON.parse(
					score(scorer, dir, path.join(systems, system), ['--json'])
				).micro;
				const withCoords = s.toponyms.resolution.with_coords > 0;
				rows.push(
					`| ${corpus} | ${system} (its output, same scorer) | | ${pct(s.toponyms.precision)} / ${pct(s.toponyms.recall)} / ${pct(s.toponyms.f1)} | ${withCoords ? `${pct(s.toponyms.resolution['acc@161'])} (${pct(s.toponyms.resolution['acc@161_cc'])})` : '—'} | | | |`
				);
			}
		}
	}
	console.log(
		[
			'| corpus | system | docs | toponym P / R / F1 | acc@161 (crediting countries) | event span P / R / F1 | value F1 | words/s |',
			'|---|---|---|---|---|---|---|---|',
			...rows
		].join('\n')
	);
	if (keep)
		console.log(
			`predictions kept in ${keep}/<corpus>: node ${scorer} ${base}/<corpus> ${keep}/<corpus>`
		);
	else fs.rmSync(out, { recursive: true, force: true });
}

function own() {
	const unseen = flag('--unseen');
	const corpus = path.join(root, unseen ? 'tests/eval/unseen' : 'geodata/corpus');
	const gold = path.join(root, unseen ? 'tests/eval/unseen' : 'tests/eval/gold');
	const out = fs.mkdtempSync(path.join(os.tmpdir(), 'geobrief-eval-'));
	const files = articleFiles([corpus]).filter((f) => f.endsWith('.txt'));
	const { failed } = extractFiles(files, out, { gazetteer: loadGazetteer() });
	if (failed) throw new Error(`${failed} articles failed`);
	score(path.join(root, 'tests/eval/score.mjs'), gold, out, args);
	fs.rmSync(out, { recursive: true, force: true });
}

try {
	if (flag('--external')) external();
	else own();
} catch (e) {
	process.stderr.write(`eval: ${(e as Error).message}\n`);
	process.exit(1);
}
