import type { ArticleInput, ArticleMeta, BoilerplateSpan, Paragraph, Span } from './types';
import { isoDate, MONTHS } from '$lib/time/calendar';

export interface IngestedDoc {
	text: string;
	meta: ArticleMeta;
	publishedDetected: boolean;
	paragraphs: Paragraph[];
	boilerplate: BoilerplateSpan[];
}

/** Larger inputs are refused: they are not articles, and the regex passes are linear but not free. */
export const MAX_INPUT_CHARS = 5_000_000;

/** Share of control characters (or U+FFFD) above which the input is treated as binary junk. */
const BINARY_SHARE = 0.05;
/** Share of NUL characters above which it is too: a stray one, as text copied from a PDF may hold, is not. */
const NUL_SHARE = 0.001;

/**
 * Whether a text is binary data, not writing, judged on its first 20,000 characters: over 5% of
 * them control characters or U+FFFD (bytes that were not UTF-8), or over 0.1% NUL, which no
 * writing holds.
 */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, 20000);
	let junk = 0;
	let nul = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if (c === 0) nul++;
		if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) junk++;
	}
	return junk > sample.length * BINARY_SHARE || nul > sample.length * NUL_SHARE;
}

/** Elements whose content is never text for the reader. */
const DROPPED_ELEMENTS = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'iframe',
	'svg',
	'head',
	'object',
	'canvas',
	'math'
]);
/** Elements that break a line. */
const BLOCK_ELEMENTS = new Set(
	'p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer blockquote figure figcaption aside nav main hr pre dd dt title'.split(
		' '
	)
);
const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…',
	laquo: '«',
	raquo: '»',
	deg: '°',
	prime: '′',
	Prime: '″',
	eacute: 'é',
	copy: '©'
};

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code =
				body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : +body.slice(1);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
		}
		return NAMED_ENTITIES[body] ?? whole;
	});
}

function metaContent(html: string, names: string[]): string {
	for (const name of names) {
		const tag = new RegExp(
			`<meta[^<>]{0,500}?(?:name|property)=["']${name}["'][^<>]{0,500}>`,
			'i'
		).exec(html);
		const content = tag && /content=["']([^"']*)["']/i.exec(tag[0]);
		if (content) return decodeEntities(content[1]).trim();
	}
	return '';
}

/**
 * Drops tags (and the whole content of DROPPED_ELEMENTS) in one left-to-right pass; each
 * character is looked at a bounded number of times, so hostile input cannot make it slow.
 */
function stripTags(html: string): string {
	const lower = html.toLowerCase();
	let out = '';
	let i = 0;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt < 0) {
			out += html.slice(i);
			break;
		}
		out += html.slice(i, lt);
		if (lower.startsWith('<!--', lt)) {
			const end = html.indexOf('-->', lt + 4);
			i = end < 0 ? html.length : end + 3;
			continue;
		}
		const tag = /^<(\/?)([a-z][a-z0-9-]*)/.exec(lower.slice(lt, lt + 40));
		const gt = tag || lower[lt + 1] === '!' || lower[lt + 1] === '?' ? html.indexOf('>', lt) : -2;
		if (gt === -2) {
			out += '<';
			i = lt + 1;
			continue;
		}
		if (gt < 0) break;
		const name = tag?.[2] ?? '';
		i = gt + 1;
		if (tag && !tag[1] && DROPPED_ELEMENTS.has(name)) {
			const close = lower.indexOf(`</${name}`, i);
			const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
			i = closeEnd < 0 ? html.length : closeEnd + 1;
		}
		out += BLOCK_ELEMENTS.has(name) || DROPPED_ELEMENTS.has(name) ? '\n' : '';
	}
	return out;
}

/** Reduces HTML to paragraphs of text. Nothing is executed: tags are matched and dropped. */
export function htmlToText(html: string): { text: string; meta: Partial<ArticleMeta> } {
	const title = /<title[^<>]*>([^<]*)<\/title>/i.exec(html);
	const meta: Partial<ArticleMeta> = {
		title: title ? decodeEntities(title[1]).trim() : metaContent(html, ['og:title']),
		author: metaContent(html, ['author', 'article:author']),
		publisher: metaContent(html, ['og:site_name']),
		published: metaContent(html, ['article:published_time', 'date', 'pubdate']).slice(0, 10)
	};
	const body = /<body[\s>]/i.exec(html);
	const text = stripTags(body ? html.slice(body.index) : html)
		.split('\n')
		.map((line) => decodeEntities(line).replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n\n');
	return { text, meta: Object.fromEntries(Object.entries(meta).filter(([, v]) => v)) };
}

/** Strips Markdown syntax that a reader should not see; links keep their text. */
export function markdownToText(md: string): string {
	return md
		.replace(/^```[\s\S]*?^```/gm, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/^\s{0,3}(#{1,6}|>+|[-*+]|\d+\.)\s+/gm, '')
		.replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`\n]{1,300}?)\1/g, '$2')
		.replace(/^\s*([-*_]\s*){3,}$/gm, '');
}

/**
 * A line that stops mid-sentence (after a comma or a lower-case word) and is followed by a line
 * that starts in lower case was wrapped by hand: it and the next line are one paragraph.
 */
const WRAPPED_LINE_END = /(?:[,;]|\p{Ll})$/u;
const CONTINUATION_START = /^[\p{Ll}\d]/u;

function paragraphSpans(text: string): Span[] {
	const spans: Span[] = [];
	const line = /[^\n]+/g;
	for (let m = line.exec(text); m; m = line.exec(text)) {
		const lead = m[0].length - m[0].trimStart().length;
		const body = m[0].trim();
		if (!body) continue;
		const start = m.index + lead;
		const previous = spans.at(-1);
		const joinsPrevious =
			previous &&
			text.slice(previous.end, start).trim() === '' &&
			!text.slice(previous.end, start).includes('\n\n') &&
			WRAPPED_LINE_END.test(text.slice(previous.start, previous.end)) &&
			CONTINUATION_START.test(body);
		if (joinsPrevious) previous.end = start + body.length;
		else spans.push({ start, end: start + body.length });
	}
	return spans;
}

const DATELINE = new RegExp(
	String.raw`^(?:[A-Z][\p{L} .'-]{1,40},\s*)?(?:(?:published|posted|updated|date)(?: on)?:?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(${MONTHS.source})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})\s+(${MONTHS.source})\.?,?\s+(\d{4}))\s*(?:[–—-]|$)`,
	'iu'
);
const CAPTION =
	/^(?:photo|image|picture|credit|illustration|cover photo|source: reuters)\b.{0,300}$|\((?:REUTERS|AP|AFP|EPA|Getty)[^)]*\)\s*$|\(CC\)|commons\.wikimedia/i;
const TRAILER_START =
	/^(?:further reading|read more|related(?: articles| reading)?|more from|see also|recommended|share this|tags:|the views expressed|disclaimer)\b/i;
const SENTENCE_END = /[.!?…"”’)]$/;
/** Words from which a paragraph ending as a sentence does is the article's text, not its header. */
const BODY_WORDS = 15;
/** A shorter sentence ending in a full stop, right before such a paragraph, is its lede. */
const LEDE_WORDS = 8;
/** A first line of this many words, before the body and not a sentence, is a headline ... */
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 20;
/** ... unless it is a byline, a time stamp, a label or a breadcrumb trail, or ends as a sentence. */
const NOT_A_HEADLINE =
	/^(?:by|updated|published|posted|last modified|advertisement|sponsored|photo|image|watch|listen)\b|\||[.:]$/i;
/** The place of a wire dateline, in capitals: "DHAKA, ", "ST. LOUIS, ". */
const WIRE_PLACE = /^\p{Lu}[\p{Lu} .'-]{1,40},/u;

function words(s: string): string[] {
	return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A paragraph whose words mostly recur in one later paragraph is a teaser or standfirst. */
function isTeaser(text: string, para: Span, later: Span[]): boolean {
	const own = new Set(words(text.slice(para.start, para.end)));
	if (own.size < 8) return false;
	return later.some((p) => {
		const other = new Set(words(text.slice(p.start, p.end)));
		let shared = 0;
		for (const w of own) if (other.has(w)) shared++;
		return shared / own.size >= 0.85;
	});
}

function detectBoilerplate(
	text: string,
	paras: Span[]
): { spans: BoilerplateSpan[]; dateline: RegExpExecArray | null } {
	const spans: BoilerplateSpan[] = [];
	let dateline: RegExpExecArray | null = null;
	const isBody = (p: Span) => {
		const s = text.slice(p.start, p.end);
		return words(s).length >= BODY_WORDS && SENTENCE_END.test(s);
	};
	// A short sentence right before the body is its lede; before a byline, a standfirst.
	const isLede = (i: number) => {
		const s = text.slice(paras[i].start, paras[i].end);
		return (
			words(s).length >= LEDE_WORDS &&
			s.endsWith('.') &&
			i + 1 < paras.length &&
			isBody(paras[i + 1])
		);
	};
	// Header zone: everything before the first body paragraph that is not a teaser.
	let bodyStart = paras.length;
	for (let i = 0; i < paras.length; i++) {
		if (
			(isBody(paras[i]) || isLede(i)) &&
			!(i < 3 && isTeaser(text, paras[i], paras.slice(i + 1)))
		) {
			bodyStart = i;
			break;
		}
	}
	if (bodyStart === paras.length) bodyStart = 0;
	for (let i = 0; i < bodyStart; i++) {
		const p = paras[i];
		const s = text.slice(p.start, p.end);
		const date = i < 8 ? DATELINE.exec(s) : null;
		if (date && !dateline) dateline = date;
		const reason = date
			? 'dateline'
			: isBody(p)
				? 'teaser'
				: CAPTION.test(s)
					? 'caption'
					: words(s).length <= 4 && i > 0
						? 'byline'
						: 'header';
		spans.push({ ...p, reason });
	}
	// "DHAKA, 14 June 2024 — Floodwaters…": a wire dateline, its place in capitals, opening the
	// first body paragraph ("11 March 2011 — a date etched in memory" is no dateline).
	const opening = paras[bodyStart];
	const inline =
		!dateline && opening ? DATELINE.exec(text.slice(opening.start, opening.end)) : null;
	if (
		inline &&
		WIRE_PLACE.test(inline[0]) &&
		inline[0].trim().length < opening.end - opening.start
	) {
		dateline = inline;
		spans.push({ start: opening.start, end: opening.start + inline[0].length, reason: 'dateline' });
	}
	let trailer = false;
	for (let i = bodyStart; i < paras.length; i++) {
		const p = paras[i];
		const s = text.slice(p.start, p.end);
		if (!trailer && i > bodyStart && TRAILER_START.test(s)) trailer = true;
		if (trailer) spans.push({ ...p, reason: 'trailer' });
		else if (CAPTION.test(s) && words(s).length < 60) spans.push({ ...p, reason: 'caption' });
	}
	return { spans, dateline };
}

/** Whether a YYYY-MM-DD string names a day of the calendar ("2023-02-30" does not). */
function isRealIsoDay(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	return !!m && isoDate(+m[1], +m[2], +m[3]) === value;
}

function datelineIso(m: RegExpExecArray): string | null {
	const month = m[1] ?? m[5];
	const day = +(m[2] ?? m[4]);
	const year = +(m[3] ?? m[6]);
	const monthIndex = MONTHS.index(month);
	return monthIndex === null ? null : isoDate(year, monthIndex, day);
}

/** Text for the reader (offsets refer to it), metadata, paragraphs and boilerplate ranges. */
export function ingest(input: ArticleInput): IngestedDoc {
	if (input.text.length > MAX_INPUT_CHARS) {
		throw new Error(
			`extractArticle: text is ${input.text.length} characters; the limit is ${MAX_INPUT_CHARS}`
		);
	}
	let text = input.text;
	let found: Partial<ArticleMeta> = {};
	if (input.format === 'html') ({ text, meta: found } = htmlToText(text));
	else if (input.format === 'markdown') text = markdownToText(text);

	const paraSpans = paragraphSpans(text);
	const { spans, dateline } = detectBoilerplate(text, paraSpans);
	const detected = dateline ? datelineIso(dateline) : null;
	const given = input.meta?.published || found.published;
	// A plain text's first line, a short header that is no sentence, is its headline.
	const first = spans[0];
	const firstLine = first?.reason === 'header' ? text.slice(first.start, first.end).trim() : '';
	const headlineWords = words(firstLine).length;
	const headline =
		first?.start === paraSpans[0]?.start &&
		headlineWords >= MIN_HEADLINE_WORDS &&
		headlineWords <= MAX_HEADLINE_WORDS &&
		!NOT_A_HEADLINE.test(firstLine)
			? firstLine
			: '';
	const published = given && isRealIsoDay(given) ? given : detected;
	// A dateline opening a paragraph leaves the rest of it to be read.
	const boilerplateAt = new Set(spans.map((s) => `${s.start}:${s.end}`));
	return {
		text,
		meta: {
			title: input.meta?.title ?? found.title ?? headline,
			author: input.meta?.author ?? found.author ?? '',
			publisher: input.meta?.publisher ?? found.publisher ?? '',
			published: published ?? '',
			url: input.meta?.url ?? null
		},
		publishedDetected: !given && !!detected,
		paragraphs: paraSpans.map((p) => ({
			...p,
			boilerplate: boilerplateAt.has(`${p.start}:${p.end}`)
		})),
		boilerplate: spans
	};
}
