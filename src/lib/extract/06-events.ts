import type {
	EventKind,
	EventLocation,
	ExtractedEvent,
	Sentence,
	TemporalExpression,
	Toponym
} from './types';
import { sentenceAt } from './02-segment';
import { choosePlaces } from './eventPlace';

const MAX_LABEL_CHARS = 80;

/** Keyword rules for an event's kind; the kind with most hits in the sentence wins, list order breaks ties. */
const KIND_RULES: { kind: EventKind; rule: string; pattern: RegExp }[] = [
	{
		kind: 'military',
		rule: 'military:combat',
		pattern:
			/\b(?:invasion|invade\w*|assault|offensive|attack\w*|strikes?|shelling|missiles?|drones?|artillery|combat|fighting|battle|killed|casualties|war|hostilities|aggression|occupation|occupied|seizure)\b/gi
	},
	{
		kind: 'military',
		rule: 'military:forces',
		pattern:
			/\b(?:troops|forces|army|military|soldiers|battalion|regiment|brigade|units|airbase|air base|aircraft|nuclear weapons|weapons|exercises|drills|manoeuvres|maneuvers|deploy\w*|mutiny|volunteers|tactical|mobili[sz]\w*)\b/gi
	},
	{
		kind: 'diplomatic',
		rule: 'diplomatic:relations',
		pattern:
			/\b(?:diplomat\w*|ambassador|embassy|envoy|talks|negotiations?|summit|treaty|visit\w*|foreign minist\w*|recogni[sz]\w*|mediat\w*|ceasefire|peace process|delegations?|bilateral|united nations|vote|recalled)\b/gi
	},
	{
		kind: 'political',
		rule: 'political:power',
		pattern:
			/\b(?:elections?|electoral|protests?|demonstrat\w*|opposition|regime|president\w*|parliament\w*|government|referendum|legitimacy|crackdown|repressions?|dissidents?|uprising|revolution|coup|dictator\w*|politic\w*|democra\w*)\b/gi
	},
	{
		kind: 'economic',
		rule: 'economic:trade',
		pattern:
			/\b(?:trade|import\w*|export\w*|econom\w*|sanctions?|oil|gas|electricity|fuel|bitumen|refiner\w*|billion|million|dollars|euros|investment|market|companies|industry|tariffs?|gdp|prices?)\b/gi
	},
	{
		kind: 'humanitarian',
		rule: 'humanitarian:people',
		pattern:
			/\b(?:refugees?|migra\w*|emigration|deport\w*|prisoners?|captivity|humanitarian|aid|civilians?|displaced|evacuat\w*|persecution|fled|exchange[sd]?|detention|detained|human rights)\b/gi
	}
];

function classify(sentence: string): { kind: EventKind; kindRule: string } {
	const score = new Map<EventKind, { hits: number; rule: string }>();
	for (const { kind, rule, pattern } of KIND_RULES) {
		const hits = sentence.match(pattern)?.length ?? 0;
		if (!hits) continue;
		const prev = score.get(kind);
		score.set(kind, { hits: (prev?.hits ?? 0) + hits, rule: prev?.rule ?? rule });
	}
	let best: { kind: EventKind; kindRule: string; hits: number } = {
		kind: 'other',
		kindRule: 'other:no-keyword',
		hits: 0
	};
	for (const [kind, { hits, rule }] of score)
		if (hits > best.hits) best = { kind, kindRule: rule, hits };
	return { kind: best.kind, kindRule: best.kindRule };
}

/** The clause around the date when the sentence is too long, cut at a word. */
function labelFor(text: string, sentence: Sentence, date: TemporalExpression): string {
	const whole = text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
	if (whole.length <= MAX_LABEL_CHARS) return whole;
	const clauses = text.slice(sentence.start, sentence.end).split(/(?<=[,;:–—])\s+/);
	let at = sentence.start;
	for (const clause of clauses) {
		const next = at + clause.length + 1;
		if (date.start < next) {
			const c = clause
				.replace(/\s+/g, ' ')
				.replace(/[,;:–—]$/, '')
				.trim();
			if (c.length >= 24 && c.length <= MAX_LABEL_CHARS) return c;
			break;
		}
		at = next;
	}
	const cut = whole.slice(0, MAX_LABEL_CHARS - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

function scopeOf(t: Toponym): EventLocation['scope'] {
	if (t.kind === 'country') return 'country';
	return t.kind === 'city' || t.kind === 'facility' || t.kind === 'coordinates'
		? 'point'
		: 'region';
}

/** Toponym indexes per sentence index, in text order. */
function toponymsBySentence(toponyms: Toponym[], sentences: Sentence[]): Map<number, number[]> {
	const bySentence = new Map<number, number[]>();
	toponyms.forEach((t, i) => {
		const s = sentenceAt(sentences, t.start);
		if (s < 0 || t.end > sentences[s].end) return;
		const list = bySentence.get(s);
		if (list) list.push(i);
		else bySentence.set(s, [i]);
	});
	return bySentence;
}

/** One event per temporal expression, with its sentence as quote, places and kind. */
export function buildEvents(
	docId: string,
	text: string,
	sentences: Sentence[],
	toponyms: Toponym[],
	dates: TemporalExpression[],
	demonyms?: ReadonlyMap<string, string>
): ExtractedEvent[] {
	const bySentence = toponymsBySentence(toponyms, sentences);
	return dates.flatMap((date, n) => {
		const s = sentenceAt(sentences, date.start);
		if (s < 0) return [];
		const sentence = sentences[s];
		const refs = choosePlaces(text, sentences, toponyms, bySentence, s, date, demonyms);
		const top = refs[0];
		const location: EventLocation | null = top
			? { lat: top.t.lat, lon: top.t.lon, toponymIndex: top.i, scope: scopeOf(top.t) }
			: null;
		return [
			{
				id: `${docId}:e${n}`,
				docId,
				interval: date.interval,
				dateText: date.text,
				dateStart: date.start,
				dateEnd: date.end,
				quoteStart: sentence.start,
				quoteEnd: sentence.end,
				label: labelFor(text, sentence, date),
				...classify(text.slice(sentence.start, sentence.end)),
				placeRefs: refs.map((r) => r.i),
				location,
				confidence:
					Math.round(date.confidence * (top ? 0.6 + 0.4 * top.t.confidence : 0.6) * 100) / 100
			}
		];
	});
}
