/* eslint-disable @typescript-eslint/no-unused-vars -- upstream file, kept as it is */
// Copied from /work/shared/eval/score.mjs (the shared scorer), reformatted by prettier: update the
// shared copy, then copy it here again.
// score.mjs — geoparsing + temporal-event scorer (plain Node >= 18, no dependencies).
//
// Usage:
//   node score.mjs GOLD PRED [options]
//     GOLD, PRED: a gold JSON file and a prediction JSON file of the same shape, or two
//                 directories (gold: *.gold.json; pred: any *.json, paired by doc_id).
// Options:
//   --json                 print a machine-readable JSON report instead of text
//   --literal-only         drop gold toponyms with literal === false (metonyms, associative
//                          modifiers); predictions overlapping them are then ignored
//   --exclude-kinds a,b    drop gold toponyms of these kinds (e.g. border,water); predictions
//                          overlapping them are ignored
//   --no-ignore            do not use the gold file's ignore_spans
//   --km N                 distance threshold for accuracy@N (default 161)
//
// File shape (gold and prediction):
//   { doc_id, published, toponyms: [{text,start,end,name,lat,lon,kind,country_iso2,geonameid?}],
//     events: [{id,date_text,start,end,normalized:{start,end,precision,...},place_refs,...}],
//     ignore_spans?: [{start,end,layer:'toponym'|'event'|'both'}] }   (ignore_spans read from GOLD only)
//
// Matching: one-to-one, greedy by largest character overlap (ties: closer starts), any overlap
// of >= 1 character counts. P = matched/predicted, R = matched/gold. Unmatched predictions that
// overlap a gold ignore span (or a gold item removed by --literal-only/--exclude-kinds) are
// neither rewarded nor penalised.
//
// Resolution (over matched toponyms): great-circle error in km (haversine, R = 6371.0088 km).
//   acc@161     : error <= 161 km; a matched prediction without lat/lon counts as wrong.
//   acc@161_cc  : same, but a gold kind=country item also counts as correct when the prediction
//                 has kind=country and the same country_iso2, or the same geonameid (country
//                 "centre points" differ a lot between gazetteers).
//   median/mean : over matched predictions that have coordinates.
//   AUC         : area under the log-error curve (Gritta et al. 2018), 0 = perfect, 1 = worst.
//
// Event dates: matched by span overlap like toponyms. A match is value-correct when the
//   predicted normalized.start and normalized.end agree with the gold ones truncated to the gold
//   precision (day: YYYY-MM-DD; month/season: YYYY-MM; year: YYYY; range: YYYY-MM-DD), or both
//   ends are within gold normalized.tolerance_days, or the same holds for any gold
//   normalized.alt[] alternative. Gold events with normalized.vague === true count for span
//   detection only. Partial ISO values in predictions ('2022', '2022-03') are expanded
//   (start -> first day, end -> last day); a missing end defaults to the start's expansion.

import fs from 'fs';
import path from 'path';

// ---------------- CLI ----------------
const argv = process.argv.slice(2);
const opts = { json: false, literalOnly: false, excludeKinds: new Set(), useIgnore: true, km: 161 };
const pos = [];
for (let i = 0; i < argv.length; i++) {
	const a = argv[i];
	if (a === '--json') opts.json = true;
	else if (a === '--literal-only') opts.literalOnly = true;
	else if (a === '--no-ignore') opts.useIgnore = false;
	else if (a === '--exclude-kinds')
		opts.excludeKinds = new Set((argv[++i] || '').split(',').filter(Boolean));
	else if (a === '--km') opts.km = Number(argv[++i]);
	else if (a === '-h' || a === '--help') {
		usage(0);
	} else pos.push(a);
}
if (pos.length !== 2) usage(2);

function usage(code) {
	const src = fs.readFileSync(new URL(import.meta.url), 'utf8');
	console.error(
		src
			.split('\n')
			.filter((l) => l.startsWith('//'))
			.slice(0, 20)
			.map((l) => l.slice(3))
			.join('\n')
	);
	process.exit(code);
}

// ---------------- helpers ----------------
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const f1 = (p, r) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const ratio = (a, b) => (b > 0 ? a / b : null);

function haversineKm(lat1, lon1, lat2, lon2) {
	const R = 6371.0088,
		rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad,
		dLon = (lon2 - lon1) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}
const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
const median = (xs) => {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
function aucLogError(errs) {
	// Gritta et al. 2018: trapezoid over sorted ln(err+1), normalised by ln(max error)
	if (errs.length < 2) return errs.length === 1 ? Math.log(errs[0] + 1) / Math.log(20039) : null;
	const ln = errs.map((e) => Math.log(Math.min(e, 20039) + 1)).sort((a, b) => a - b);
	let area = 0;
	for (let i = 1; i < ln.length; i++) area += (ln[i] + ln[i - 1]) / 2;
	return area / (Math.log(20039) * (ln.length - 1));
}

// one-to-one greedy matching by overlap size
function match(golds, preds) {
	const pairs = [];
	golds.forEach((g, gi) =>
		preds.forEach((p, pi) => {
			const o = overlap(g, p);
			if (o > 0) pairs.push({ gi, pi, o, d: Math.abs(g.start - p.start) });
		})
	);
	pairs.sort((a, b) => b.o - a.o || a.d - b.d || a.gi - b.gi || a.pi - b.pi);
	const gUsed = new Map(),
		pUsed = new Map();
	for (const pr of pairs)
		if (!gUsed.has(pr.gi) && !pUsed.has(pr.pi)) {
			gUsed.set(pr.gi, pr.pi);
			pUsed.set(pr.pi, pr.gi);
		}
	return { g2p: gUsed, p2g: pUsed };
}

// ---------------- dates ----------------
function lastDay(y, m) {
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function expandIso(s, which) {
	// 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD...' -> 'YYYY-MM-DD'
	if (typeof s !== 'string') return null;
	const m = s.match(/^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
	if (!m) return null;
	const y = +m[1];
	if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
	if (m[2])
		return which === 'end'
			? `${m[1]}-${m[2]}-${String(lastDay(y, +m[2])).padStart(2, '0')}`
			: `${m[1]}-${m[2]}-01`;
	return which === 'end' ? `${m[1]}-12-31` : `${m[1]}-01-01`;
}
const dayNum = (iso) =>
	Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;
const TRUNC = { day: 10, range: 10, month: 7, season: 7, year: 4 };
function valueOk(goldNorm, predNorm) {
	if (!predNorm) return false;
	const ps = expandIso(predNorm.start, 'start');
	const pe = expandIso(predNorm.end ?? predNorm.start, 'end');
	if (!ps || !pe) return false;
	const cands = [
		goldNorm,
		...(Array.isArray(goldNorm.alt)
			? goldNorm.alt.map((a) => ({ tolerance_days: goldNorm.tolerance_days, ...a }))
			: [])
	];
	for (const g of cands) {
		const gs = expandIso(g.start, 'start'),
			ge = expandIso(g.end ?? g.start, 'end');
		const k = TRUNC[g.precision] ?? 10;
		if (gs.slice(0, k) === ps.slice(0, k) && ge.slice(0, k) === pe.slice(0, k)) return true;
		const tol = g.tolerance_days || 0;
		if (
			tol > 0 &&
			Math.abs(dayNum(gs) - dayNum(ps)) <= tol &&
			Math.abs(dayNum(ge) - dayNum(pe)) <= tol
		)
			return true;
	}
	return false;
}

// ---------------- per-document scoring ----------------
function validSpan(x) {
	return x && Number.isInteger(x.start) && Number.isInteger(x.end) && x.end > x.start;
}

function scoreDoc(gold, pred) {
	const warnings = [];
	if (pred.doc_id && gold.doc_id && pred.doc_id !== gold.doc_id)
		warnings.push(`doc_id differs: gold=${gold.doc_id} pred=${pred.doc_id}`);
	if (pred.text_sha256 && gold.text_sha256 && pred.text_sha256 !== gold.text_sha256)
		warnings.push('text_sha256 differs: offsets may refer to a different text');
	const ign = opts.useIgnore ? gold.ignore_spans || [] : [];
	const ignT = ign.filter((s) => s.layer === 'toponym' || s.layer === 'both');
	const ignE = ign.filter((s) => s.layer === 'event' || s.layer === 'both');

	// ---- toponyms
	const gAll = (gold.toponyms || []).filter(validSpan);
	const keepGold = (t) =>
		!(opts.literalOnly && t.literal === false) && !opts.excludeKinds.has(t.kind);
	const gT = gAll.filter(keepGold);
	const droppedGold = gAll.filter((t) => !keepGold(t));
	const pTraw = (pred.toponyms || []).filter(validSpan);
	if ((pred.toponyms || []).length !== pTraw.length)
		warnings.push(
			`${(pred.toponyms || []).length - pTraw.length} predicted toponyms with invalid spans skipped`
		);
	const { g2p, p2g } = match(gT, pTraw);
	let ignoredPreds = 0;
	const pT = [];
	pTraw.forEach((p, i) => {
		if (!p2g.has(i) && [...ignT, ...droppedGold].some((s) => overlap(s, p) > 0)) {
			ignoredPreds++;
			return;
		}
		pT.push(p);
	});
	const tMatched = g2p.size;
	const tP = ratio(tMatched, pT.length),
		tR = ratio(tMatched, gT.length);
	const errs = [],
		rows = [];
	let ok161 = 0,
		ok161cc = 0,
		noCoord = 0;
	for (const [gi, pi] of g2p) {
		const g = gT[gi],
			p = pTraw[pi];
		let err = null;
		if (isNum(p.lat) && isNum(p.lon) && isNum(g.lat) && isNum(g.lon)) {
			err = haversineKm(g.lat, g.lon, p.lat, p.lon);
			errs.push(err);
		} else noCoord++;
		const okDist = err !== null && err <= opts.km;
		const sameId =
			g.geonameid != null && p.geonameid != null && String(g.geonameid) === String(p.geonameid);
		const ccCredit =
			g.kind === 'country' &&
			p.kind === 'country' &&
			g.country_iso2 &&
			p.country_iso2 === g.country_iso2;
		if (okDist) ok161++;
		if (okDist || sameId || ccCredit) ok161cc++;
		rows.push({
			gold: g.text,
			gold_start: g.start,
			pred: p.text,
			err_km: err === null ? null : Math.round(err * 10) / 10
		});
	}
	const topo = {
		gold: gT.length,
		pred: pT.length,
		matched: tMatched,
		ignored_preds: ignoredPreds,
		precision: tP,
		recall: tR,
		f1: f1(tP ?? 0, tR ?? 0),
		resolution: {
			n: tMatched,
			with_coords: errs.length,
			without_coords: noCoord,
			[`acc@${opts.km}`]: ratio(ok161, tMatched),
			[`acc@${opts.km}_cc`]: ratio(ok161cc, tMatched),
			median_km: median(errs),
			mean_km: mean(errs),
			auc: aucLogError(errs)
		},
		missed: gT.filter((_, i) => !g2p.has(i)).map((t) => `${t.text}@${t.start}`),
		spurious: pT
			.filter((p) => {
				const oi = pTraw.indexOf(p);
				return !p2g.has(oi);
			})
			.map((p) => `${p.text ?? ''}@${p.start}`),
		worst: rows.filter((r) => r.err_km === null || r.err_km > opts.km).slice(0, 20)
	};

	// ---- events
	const gE = (gold.events || []).filter(validSpan);
	const pEraw = (pred.events || []).filter(validSpan);
	if ((pred.events || []).length !== pEraw.length)
		warnings.push(
			`${(pred.events || []).length - pEraw.length} predicted events with invalid spans skipped`
		);
	const em = match(gE, pEraw);
	let eIgnored = 0;
	const pE = [];
	pEraw.forEach((p, i) => {
		if (!em.p2g.has(i) && ignE.some((s) => overlap(s, p) > 0)) {
			eIgnored++;
			return;
		}
		pE.push(i);
	});
	let vOk = 0,
		vMatchedNonVague = 0,
		predOnVague = 0;
	const wrongVals = [];
	for (const [gi, pi] of em.g2p) {
		const g = gE[gi],
			p = pEraw[pi];
		if (g.normalized && g.normalized.vague) {
			predOnVague++;
			continue;
		}
		vMatchedNonVague++;
		if (valueOk(g.normalized, p.normalized)) vOk++;
		else
			wrongVals.push({
				gold: g.date_text,
				gold_value: `${g.normalized.start}..${g.normalized.end}/${g.normalized.precision}`,
				pred: p.date_text,
				pred_value: p.normalized ? `${p.normalized.start}..${p.normalized.end ?? ''}` : null
			});
	}
	// event place: for matched events whose gold names where it happened (place_refs with coordinates), is the
	// prediction's first place within opts.km of one of them, or in the same country when gold names a country?
	const refOf = (doc, r) =>
		Number.isInteger(r)
			? (doc.toponyms || [])[r]
			: (doc.toponyms || []).find((t) => t.name === r || t.text === r);
	let plScored = 0,
		plOk = 0;
	const wrongPlaces = [];
	for (const [gi, pi] of em.g2p) {
		const g = gE[gi],
			p = pEraw[pi];
		const golds = (g.place_refs || [])
			.map((r) => refOf(gold, r))
			.filter((t) => t && Number.isFinite(t.lat) && Number.isFinite(t.lon));
		if (!golds.length) continue;
		plScored++;
		const pt = (p.place_refs || []).length ? refOf(pred, p.place_refs[0]) : null;
		const ok =
			pt &&
			Number.isFinite(pt.lat) &&
			golds.some(
				(t) =>
					haversineKm(t.lat, t.lon, pt.lat, pt.lon) <= opts.km ||
					(t.kind === 'country' && t.country_iso2 && pt.country_iso2 === t.country_iso2)
			);
		if (ok) plOk++;
		else
			wrongPlaces.push(
				`${g.date_text}@${g.start}: ${pt ? (pt.name ?? pt.text) : 'no place'} vs ${golds.map((t) => t.name).join('/')}`
			);
	}
	const gNonVague = gE.filter((e) => !(e.normalized && e.normalized.vague)).length;
	const eP = ratio(em.g2p.size, pE.length),
		eR = ratio(em.g2p.size, gE.length);
	const vP = ratio(vOk, pE.length - predOnVague),
		vR = ratio(vOk, gNonVague);
	const ev = {
		gold: gE.length,
		gold_vague: gE.length - gNonVague,
		pred: pE.length,
		matched: em.g2p.size,
		ignored_preds: eIgnored,
		span: { precision: eP, recall: eR, f1: f1(eP ?? 0, eR ?? 0) },
		value: {
			correct: vOk,
			precision: vP,
			recall: vR,
			f1: f1(vP ?? 0, vR ?? 0),
			accuracy_on_matched: ratio(vOk, vMatchedNonVague)
		},
		missed: gE.filter((_, i) => !em.g2p.has(i)).map((e) => `${e.date_text}@${e.start}`),
		spurious: pE
			.filter((i) => !em.p2g.has(i))
			.map((i) => `${pEraw[i].date_text ?? ''}@${pEraw[i].start}`),
		wrong_values: wrongVals,
		place: { scored: plScored, correct: plOk, accuracy: ratio(plOk, plScored) },
		wrong_places: wrongPlaces
	};
	return {
		doc_id: gold.doc_id,
		warnings,
		toponyms: topo,
		events: ev,
		_raw: { errs, ok161, ok161cc, vOk, vMatchedNonVague, predOnVague, gNonVague, plScored, plOk }
	};
}

// ---------------- load + run ----------------
function readJson(p) {
	try {
		return JSON.parse(fs.readFileSync(p, 'utf8'));
	} catch (e) {
		console.error(`cannot read ${p}: ${e.message}`);
		process.exit(2);
	}
}
function pairs(goldArg, predArg) {
	const gs = fs.statSync(goldArg),
		ps = fs.statSync(predArg);
	if (gs.isFile() && ps.isFile()) return [[readJson(goldArg), readJson(predArg), predArg]];
	if (gs.isDirectory() && ps.isDirectory()) {
		const golds = fs
			.readdirSync(goldArg)
			.filter((f) => f.endsWith('.gold.json'))
			.map((f) => readJson(path.join(goldArg, f)));
		const preds = new Map();
		for (const f of fs.readdirSync(predArg).filter((f) => f.endsWith('.json'))) {
			const j = readJson(path.join(predArg, f));
			if (j.doc_id) preds.set(j.doc_id, [j, path.join(predArg, f)]);
		}
		return golds.map((g) => {
			const pr = preds.get(g.doc_id);
			if (!pr) console.error(`warning: no prediction for ${g.doc_id} (scored as empty)`);
			return [
				g,
				pr ? pr[0] : { doc_id: g.doc_id, toponyms: [], events: [] },
				pr ? pr[1] : '(none)'
			];
		});
	}
	console.error('GOLD and PRED must both be files or both be directories');
	process.exit(2);
}

const docs = pairs(pos[0], pos[1]).map(([g, p]) => scoreDoc(g, p));

// micro-average across documents
function micro(docs) {
	const S = (f) => docs.reduce((a, d) => a + f(d), 0);
	const tm = S((d) => d.toponyms.matched),
		tg = S((d) => d.toponyms.gold),
		tp = S((d) => d.toponyms.pred);
	const errs = docs.flatMap((d) => d._raw.errs);
	const ok = S((d) => d._raw.ok161),
		okcc = S((d) => d._raw.ok161cc);
	const em = S((d) => d.events.matched),
		eg = S((d) => d.events.gold),
		ep = S((d) => d.events.pred);
	const vOk = S((d) => d._raw.vOk),
		gNV = S((d) => d._raw.gNonVague),
		pOV = S((d) => d._raw.predOnVague),
		vM = S((d) => d._raw.vMatchedNonVague);
	const P = ratio(tm, tp),
		R = ratio(tm, tg),
		eP = ratio(em, ep),
		eR = ratio(em, eg),
		vP = ratio(vOk, ep - pOV),
		vR = ratio(vOk, gNV);
	return {
		toponyms: {
			gold: tg,
			pred: tp,
			matched: tm,
			precision: P,
			recall: R,
			f1: f1(P ?? 0, R ?? 0),
			resolution: {
				n: tm,
				with_coords: errs.length,
				[`acc@${opts.km}`]: ratio(ok, tm),
				[`acc@${opts.km}_cc`]: ratio(okcc, tm),
				median_km: median(errs),
				mean_km: mean(errs),
				auc: aucLogError(errs)
			}
		},
		events: {
			gold: eg,
			pred: ep,
			matched: em,
			span: { precision: eP, recall: eR, f1: f1(eP ?? 0, eR ?? 0) },
			value: {
				correct: vOk,
				precision: vP,
				recall: vR,
				f1: f1(vP ?? 0, vR ?? 0),
				accuracy_on_matched: ratio(vOk, vM)
			},
			place: {
				scored: S((d) => d._raw.plScored),
				correct: S((d) => d._raw.plOk),
				accuracy: ratio(
					S((d) => d._raw.plOk),
					S((d) => d._raw.plScored)
				)
			}
		}
	};
}
const total = micro(docs);

if (opts.json) {
	console.log(
		JSON.stringify(
			{
				options: { ...opts, excludeKinds: [...opts.excludeKinds] },
				documents: docs.map(({ _raw, ...d }) => d),
				micro: total
			},
			null,
			2
		)
	);
} else {
	const f = (x, d = 3) =>
		x === null || x === undefined ? '  n/a' : typeof x === 'number' ? x.toFixed(d) : String(x);
	const k = `acc@${opts.km}`;
	for (const d of docs) {
		const t = d.toponyms,
			e = d.events;
		console.log(`== ${d.doc_id}`);
		for (const w of d.warnings) console.log(`   WARNING: ${w}`);
		console.log(
			`   toponyms  gold=${t.gold} pred=${t.pred} matched=${t.matched} (ignored preds=${t.ignored_preds})  P=${f(t.precision)} R=${f(t.recall)} F1=${f(t.f1)}`
		);
		if (t.resolution.n > 0 && t.resolution.with_coords === 0)
			console.log(
				`   resolve   n/a: none of the ${t.resolution.n} matched predictions has lat/lon (scored as wrong in ${k})`
			);
		else
			console.log(
				`   resolve   n=${t.resolution.n} ${k}=${f(t.resolution[k])} ${k}_cc=${f(t.resolution[k + '_cc'])} median_km=${f(t.resolution.median_km, 1)} mean_km=${f(t.resolution.mean_km, 1)} AUC=${f(t.resolution.auc)}${t.resolution.without_coords ? ` (no coords: ${t.resolution.without_coords})` : ''}`
			);
		console.log(
			`   events    gold=${e.gold} (vague ${e.gold_vague}) pred=${e.pred} matched=${e.matched}  span P=${f(e.span.precision)} R=${f(e.span.recall)} F1=${f(e.span.f1)} | value P=${f(e.value.precision)} R=${f(e.value.recall)} F1=${f(e.value.f1)} acc_on_matched=${f(e.value.accuracy_on_matched)} | place acc=${f(e.place.accuracy)} (n=${e.place.scored})`
		);
		if (t.missed.length)
			console.log(
				`   missed toponyms: ${t.missed.slice(0, 15).join(', ')}${t.missed.length > 15 ? ` … (+${t.missed.length - 15})` : ''}`
			);
		if (t.spurious.length)
			console.log(
				`   spurious toponyms: ${t.spurious.slice(0, 15).join(', ')}${t.spurious.length > 15 ? ` … (+${t.spurious.length - 15})` : ''}`
			);
		if (t.worst.length)
			console.log(
				`   resolution errors >${opts.km} km: ${t.worst
					.slice(0, 8)
					.map((r) => `${r.gold}@${r.gold_start}→${r.err_km ?? 'no coords'}`)
					.join(', ')}`
			);
		if (e.missed.length) console.log(`   missed events: ${e.missed.join(', ')}`);
		if (e.spurious.length) console.log(`   spurious events: ${e.spurious.join(', ')}`);
		if (e.wrong_places.length)
			console.log(`   wrong event places: ${e.wrong_places.slice(0, 8).join('; ')}`);
		if (e.wrong_values.length)
			console.log(
				`   wrong values: ${e.wrong_values
					.slice(0, 8)
					.map((w) => `${w.gold} ${w.gold_value} vs ${w.pred_value}`)
					.join('; ')}`
			);
	}
	if (docs.length > 1) {
		const t = total.toponyms,
			e = total.events;
		console.log(`== MICRO (${docs.length} docs)`);
		console.log(
			`   toponyms  P=${f(t.precision)} R=${f(t.recall)} F1=${f(t.f1)} | ${t.resolution.with_coords === 0 ? 'resolution n/a (no coordinates in predictions)' : `${k}=${f(t.resolution[k])} ${k}_cc=${f(t.resolution[k + '_cc'])} median_km=${f(t.resolution.median_km, 1)} AUC=${f(t.resolution.auc)}`}`
		);
		console.log(
			`   events    span P=${f(e.span.precision)} R=${f(e.span.recall)} F1=${f(e.span.f1)} | value P=${f(e.value.precision)} R=${f(e.value.recall)} F1=${f(e.value.f1)} | place acc=${f(e.place.accuracy)} (n=${e.place.scored})`
		);
	}
}
