import type {
	EventKind,
	EventModality,
	EventLocation,
	ExtractedEvent,
	Sentence,
	TemporalExpression,
	Toponym
} from './types';
import { sentenceAt } from './02-segment';
import { choosePlaces } from './eventPlace';
import { pastVerbAt } from './dates/referenceTime';

const MAX_LABEL_CHARS = 80;

/** Natural disasters and their harm: what makes an event humanitarian even where people die. */
const DISASTER =
	/\b(?:floods?|flooding|flooded|floodwaters?|landslides?|mudslides?|earthquakes?|quakes?|tsunamis?|cyclones?|hurricanes?|typhoons?|storms?|tornado(?:es)?|wildfires?|droughts?|monsoon|rainfall|heavy rains?|downpours?|stranded|disasters?|famine|epidemic|cholera)\b/gi;

/** Keyword rules for an event's kind; the kind with most hits in the sentence wins, list order breaks ties. */
const KIND_RULES: { kind: EventKind; rule: string; pattern: RegExp }[] = [
	{
		kind: 'military',
		rule: 'military:combat',
		pattern:
			/\b(?:invasion|invade\w*|assault|offensive|attack\w*|strikes?|airstrikes?|shell\w*|missiles?|rockets?|drones?|artillery|combat|fighting|battl\w*|militants?|insurgents?|killed|casualties|war|hostilities|aggression|occupation|occupied|seizure)\b/gi
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
		rule: 'humanitarian:disaster',
		pattern: DISASTER
	},
	{
		kind: 'humanitarian',
		rule: 'humanitarian:people',
		pattern:
			/\b(?:refugees?|migra\w*|emigration|deport\w*|prisoners?|captivity|humanitarian|aid|civilians?|displaced|evacuat\w*|persecution|fled|exchange[sd]?|detention|detained|human rights)\b/gi
	}
];

/**
 * Deaths a disaster causes too: beside one, they are no sign of combat; nor are troops, who are
 * sent to rescue and evacuate ("the army was deployed to evacuate families from flooded villages").
 */
const DEATHS = /\b(?:killed|casualties)\b/gi;

function classify(sentence: string): { kind: EventKind; kindRule: string } {
	const score = new Map<EventKind, { hits: number; rule: string }>();
	const disaster = sentence.search(DISASTER) >= 0;
	for (const { kind, rule, pattern } of KIND_RULES) {
		let hits = sentence.match(pattern)?.length ?? 0;
		if (disaster && rule === 'military:combat') hits -= sentence.match(DEATHS)?.length ?? 0;
		if (disaster && rule === 'military:forces') hits = 0;
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

const NEGATION = /\b(?:not(?! only)|never|no longer|\w+n[’']t|neither|nor)\b/gi;
/** Cue words of a clause, strongest first: what did not happen, what might, what is planned. */
const MODALITY_CUES: [EventModality, RegExp][] = [
	['negated', new RegExp(NEGATION.source, 'i')],
	[
		'hypothetical',
		/\b(?:may|[Mm]ight(?! of\b)|[Cc]ould|[Ww]ould|[Ii]f|[Uu]nless|[Ww]hether|[Pp]ossibly|[Pp]erhaps|[Pp]otential(?:ly)?)\b/
	],
	[
		'planned',
		/\b(?:will|shall|plans? to|planned|scheduled|(?:is|are|was|were) (?:set |due )?to|intends? to|expected to)\b/i
	]
];
/** How far either side of the date a clause may reach, so the work per date stays bounded. */
const CLAUSE_REACH = 160;
/** Verbs that report speech: what follows them is a clause of its own. */
const REPORTING = String.raw`(?:said|says|say|told|tells|added|adds|announced|stated|claimed|reported|noted|warned|insisted|argued)`;
/** Where a clause starts, looking back from the date: punctuation, a contrast, a relative pronoun or a reported statement. */
const CLAUSE_START = new RegExp(
	String.raw`[;:—–(]|,\s+(?:but|while|whereas|although|who|whom|whose|which|where|when)\b|\b${REPORTING}\b`,
	'gi'
);
/** Where a clause ends, looking on from the date: punctuation, a comma, or a new clause's first word. */
const CLAUSE_END = new RegExp(
	String.raw`[;:—–)]|,|\b(?:that|who|which|whose|where|when|but|while|whereas|although)\b|\b${REPORTING}\b`,
	'i'
);
/** A date that opens its clause ("In 2019, …", "On 9 May the …") keeps the clause after its comma. */
const OPENS_CLAUSE =
	/^\W*(?:(?:in|on|by|since|until|from|at|during|after|before|through|early|late|of|the)\W+)*$/i;
/**
 * A verb before the date ("signed in 2015", "left in May"): the date belongs to it, so cues after
 * the date govern another verb. A cheap test, not a parser: past forms and common auxiliaries.
 */
const VERB_BEFORE =
	/\b(?:\w{3,}ed|is|are|was|were|be|been|has|have|had|did|does|took|left|began|made|held|met|came|went|won|lost|fell|rose|built|sent|fought|led)\b/i;

/**
 * Verbs saying whether an event took place at all. Negated, they deny a dated event that is their
 * subject ("A joint exercise in May 2020 has never taken place"); other negated verbs after such a
 * subject deny something else about it ("The change after February 2022 did not mean …").
 */
const OCCURRENCE =
	/\b(?:happen\w*|occur\w*|(?:takes?|took|taken|taking) place|materiali[sz]\w*|go(?:es|ne)? ahead|went ahead|exist\w*|held)\b/i;
/**
 * A denied identity just before the date ("… was not the Zapad 2021 exercises"): the copula's
 * negation says what something was not, not that the dated event did not happen.
 */
const DENIED_IDENTITY =
	/\b(?:is|are|was|were|be|been)(?:\s+not|\s+never|n[’']t)(?=\s+(?:the|a|an)\s[^,;]*$)/i;

/**
 * The modality of the clause holding the date (see EventModality), if any. A cue counts only in
 * the date's own clause: from the last clause start before the date (a relative pronoun or a
 * reporting verb starts a new clause) to the next comma after it, so "X, who left in 2020, said
 * the talks may resume in March" marks March, not 2020.
 */
function modalityOf(
	text: string,
	sentence: Sentence,
	date: TemporalExpression
): EventModality | undefined {
	const from = Math.max(sentence.start, date.start - CLAUSE_REACH);
	const to = Math.min(sentence.end, date.end + CLAUSE_REACH);
	const before = text.slice(from, date.start);
	const after = text.slice(date.end, to);
	const start = Math.max(
		...[...before.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length),
		0
	);
	const head = before.slice(start);
	// "will return on 14 December after no candidate won … on Sunday": a verb in the past tense
	// before the date governs it, not a cue before that verb.
	const governing = head.slice(Math.max(0, pastVerbAt(head)));
	const opens = OPENS_CLAUSE.test(head);
	const tail = opens ? after.replace(/^\s*,/, ' ') : after;
	const end = tail.search(CLAUSE_END);
	const inSubject = !opens && !VERB_BEFORE.test(head);
	const rest = !opens && !inSubject ? '' : end < 0 ? tail : tail.slice(0, end);
	const clause =
		governing.replace(DENIED_IDENTITY, 'is') +
		' ' +
		(inSubject && !OCCURRENCE.test(rest) ? rest.replace(NEGATION, '') : rest);
	// "have not seen anything like it since July 1997": what is denied is anything since; the
	// dated event is the last time it happened.
	const since = date.interval.mod === 'since';
	return MODALITY_CUES.find(
		([modality, cue]) => !(since && modality === 'negated') && cue.test(clause)
	)?.[0];
}

/** What all events of one sentence share: its kind, its text on one line, and its clauses. */
interface SentenceReading {
	kind: EventKind;
	kindRule: string;
	whole: string;
	/** Clauses of a sentence too long for a label, each with the offset just past it. */
	clauses: { next: number; label: string }[];
}

/** Reads a sentence once, however many dates it holds: per-date work is then a binary search. */
function readSentence(text: string, sentence: Sentence): SentenceReading {
	const raw = text.slice(sentence.start, sentence.end);
	const whole = raw.replace(/\s+/g, ' ').trim();
	const clauses: SentenceReading['clauses'] = [];
	if (whole.length > MAX_LABEL_CHARS) {
		let at = sentence.start;
		for (const clause of raw.split(/(?<=[,;:–—])\s+/)) {
			at += clause.length + 1;
			const label = clause
				.replace(/\s+/g, ' ')
				.replace(/[,;:–—]$/, '')
				.trim();
			clauses.push({ next: at, label });
		}
	}
	return { ...classify(raw), whole, clauses };
}

/** The clause around the date when the sentence is too long, cut at a word. */
function labelFor({ whole, clauses }: SentenceReading, date: TemporalExpression): string {
	if (whole.length <= MAX_LABEL_CHARS) return whole;
	let lo = 0;
	let hi = clauses.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (date.start < clauses[mid].next) hi = mid;
		else lo = mid + 1;
	}
	const clause = clauses[lo]?.label ?? '';
	if (clause.length >= 24 && clause.length <= MAX_LABEL_CHARS) return clause;
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
	const readings = new Map<number, SentenceReading>();
	return dates.flatMap((date, n) => {
		const s = sentenceAt(sentences, date.start);
		if (s < 0) return [];
		const sentence = sentences[s];
		let reading = readings.get(s);
		if (!reading) readings.set(s, (reading = readSentence(text, sentence)));
		const refs = choosePlaces(text, sentences, toponyms, bySentence, s, date, demonyms);
		const top = refs[0];
		const modality = modalityOf(text, sentence, date);
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
				label: labelFor(reading, date),
				kind: reading.kind,
				kindRule: reading.kindRule,
				placeRefs: refs.map((r) => r.i),
				location,
				confidence:
					Math.round(date.confidence * (top ? 0.6 + 0.4 * top.t.confidence : 0.6) * 100) / 100,
				...(modality ? { modality } : {}),
				...(date.fromDuration ? { fromDuration: true as const } : {})
			}
		];
	});
}
