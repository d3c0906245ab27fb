import { describe, expect, it } from 'vitest';
import { extractArticle, parseGazetteer, toEvalJson, toGeoJson } from '../../src/lib/extract/index';
import { htmlToText, looksBinary, MAX_INPUT_CHARS } from '../../src/lib/extract/01-ingest';
import { gazetteer } from './extract-fixture';

const ARTICLE = `Teaser: Belarus allowed Russian forces to use its territory for the assault on Kyiv in 2022.
December 7, 2025 –
Jane Doe
Photo: Minsk, Belarus. (REUTERS/Someone)
Belarus allowed Russian forces to use its territory for the assault on Kyiv after February 24th 2022, and Minsk still hosts them. In April 2023, Kyiv recalled its ambassador from Minsk.
Further reading
Read more about Kyiv in 2024.`;

describe('extractArticle', () => {
	const x = extractArticle({ id: 'doc', text: ARTICLE }, gazetteer());

	it('keeps the text unchanged so offsets match the input', () => {
		expect(x.doc.text).toBe(ARTICLE);
		for (const t of x.toponyms) expect(ARTICLE.slice(t.start, t.end)).toBe(t.text);
		for (const e of x.events) expect(ARTICLE.slice(e.dateStart, e.dateEnd)).toBe(e.dateText);
	});

	it('reads a publication day given that is not a real day as not given', () => {
		for (const published of ['2023-13-45', '2023-02-30', '0000-00-00']) {
			const y = extractArticle({ id: 'doc', text: ARTICLE, meta: { published } }, gazetteer());
			expect(y.doc.meta.published, published).toBe('2025-12-07');
		}
	});

	it('detects the dateline as the publication day', () => {
		expect(x.doc.meta.published).toBe('2025-12-07');
		expect(x.doc.publishedDetected).toBe(true);
	});

	it('reads a wire dateline opening the first paragraph, and a first line as the headline', () => {
		const text = `Floods close roads in the north\n\nMINSK, 14 June 2024 — Floodwaters closed roads near Hrodna on Friday, and rescuers moved 300 people, officials said.`;
		const y = extractArticle({ id: 'doc', text }, gazetteer());
		expect(y.doc.meta).toMatchObject({
			title: 'Floods close roads in the north',
			published: '2024-06-14'
		});
		// The paragraph stays text to read; its dateline is no event of its own.
		expect(y.doc.paragraphs.map((p) => p.boilerplate)).toEqual([true, false]);
		expect(y.events.map((e) => e.dateText)).toEqual(['Friday']);
		expect(y.toponyms.map((t) => t.text)).toEqual(['MINSK', 'Hrodna']);
	});

	it('reports teaser, dateline, byline, caption and trailer as boilerplate; finds places there but no events', () => {
		expect(x.doc.boilerplate.map((b) => b.reason)).toEqual([
			'teaser',
			'dateline',
			'byline',
			'caption',
			'trailer',
			'trailer'
		]);
		// Gold annotations count a place in a teaser, caption or trailer as a place (GUIDELINES.md).
		expect(x.toponyms.filter((t) => t.start < 20).map((t) => t.text)).toEqual(['Belarus']);
		expect(x.toponyms.at(-1)?.text).toBe('Kyiv');
		expect(x.events.map((e) => e.dateText)).toEqual(['February 24th 2022', 'April 2023']);
	});

	it('gives events places, a kind with its rule, a short label and a location', () => {
		const [invasion, recall] = x.events;
		expect(invasion.kind).toBe('military');
		expect(invasion.kindRule).toMatch(/^military:/);
		expect(recall.kind).toBe('diplomatic');
		expect(recall.label.length).toBeLessThanOrEqual(80);
		expect(recall.location?.scope).toBe('point');
		expect(x.toponyms[recall.placeRefs[0]].text).toBe('Minsk');
	});

	it('reads no dateline in a date opening a paragraph, nor a headline in a byline', () => {
		const text = `By Jane Doe\n\n11 March 2011 — a date etched into the memory of everyone in Hrodna, where the river swept away whole streets, survivors recalled this week.`;
		const y = extractArticle({ id: 'doc', text, meta: { published: '2024-03-11' } }, gazetteer());
		expect(y.doc.meta.title).toBe('');
		expect(y.events.map((e) => e.dateText)).toEqual(['11 March 2011', 'this week']);
	});

	it('keeps combat military when a disaster is only mentioned beside it', () => {
		const y = extractArticle(
			{
				id: 'doc',
				text: 'Militants fired rockets at Hrodna on 8 June 2024 as heavy rain hampered the army. A storm killed twelve people in Minsk on 9 June 2024.',
				meta: { published: '2024-06-14' }
			},
			gazetteer()
		);
		expect(y.events.map((e) => e.kindRule)).toEqual(['military:combat', 'humanitarian:disaster']);
	});

	it('tells a disaster from combat: people killed in landslides, troops evacuating are no military event', () => {
		const y = extractArticle(
			{
				id: 'doc',
				text: 'Ten people were killed in landslides near Hrodna on 11 June 2024. By 12 June 2024, 700 people were stranded by floods. On 13 June 2024 the army was deployed to evacuate families from flooded villages.',
				meta: { published: '2024-06-14' }
			},
			gazetteer()
		);
		expect(y.events.map((e) => e.kindRule)).toEqual([
			'humanitarian:disaster',
			'humanitarian:disaster',
			'humanitarian:disaster'
		]);
	});

	it('serialises to the evaluation shape and to GeoJSON', () => {
		const json = toEvalJson(x) as {
			doc_id: string;
			toponyms: unknown[];
			events: { normalized: unknown }[];
		};
		expect(json.doc_id).toBe('doc');
		expect(json.events[0].normalized).toEqual({
			start: '2022-02-24',
			end: '2022-02-24',
			precision: 'day',
			mod: 'after'
		});
		const geo = toGeoJson(x);
		expect(geo.features).toHaveLength(2);
		expect(geo.features[0].geometry.coordinates[0]).toBeCloseTo(30.52, 1);
	});

	it('writes quarters and decades at the guidelines’ month and year precisions', () => {
		const y = extractArticle(
			{
				id: 'q',
				text: 'Minsk cut gas to Kyiv in Q3 2023. Kyiv was quiet in the late 1980s.',
				meta: { published: '2024-01-10' }
			},
			gazetteer()
		);
		expect(y.events.map((e) => e.interval.precision)).toEqual(['quarter', 'decade']);
		const json = toEvalJson(y) as { events: { normalized: unknown }[] };
		expect(json.events.map((e) => e.normalized)).toEqual([
			{ start: '2023-07-01', end: '2023-09-30', precision: 'month' },
			{ start: '1987-01-01', end: '1989-12-31', precision: 'year', tolerance_days: 366 }
		]);
	});

	it('returns an empty result with a warning for empty text', () => {
		const empty = extractArticle({ id: 'e', text: '   ' }, gazetteer());
		expect(empty.toponyms).toEqual([]);
		expect(empty.events).toEqual([]);
		expect(empty.warnings).toHaveLength(1);
	});

	it('returns an empty result for binary junk, quickly', () => {
		const junk = Array.from({ length: 200_000 }, (_, i) =>
			String.fromCharCode((i * 7919) % 256)
		).join('');
		const t0 = performance.now();
		const x = extractArticle({ id: 'b', text: junk }, gazetteer());
		expect(x.events).toEqual([]);
		expect(x.warnings[0]).toMatch(/binary/);
		expect(performance.now() - t0).toBeLessThan(1000);
	});

	it('takes text with NUL bytes for binary, however few its other control characters', () => {
		const junk = Array.from({ length: 3000 }, (_, i) =>
			String.fromCharCode(32 + ((i * 7919) % 20000))
		).join('');
		expect(looksBinary(junk)).toBe(false);
		const withNuls = junk.replace(/(.{300})/g, '$1\0');
		expect(looksBinary(withNuls)).toBe(true);
		// A stray NUL, as text copied from a PDF may hold, is still text.
		expect(looksBinary(junk.slice(0, 1500) + '\0' + junk.slice(1500))).toBe(false);
		expect(looksBinary('Minsk,\tKyiv\r\nand Lviv\f')).toBe(false);
	});

	it('refuses text over the size limit with a clear error', () => {
		expect(() =>
			extractArticle({ id: 'h', text: 'a'.repeat(MAX_INPUT_CHARS + 1) }, gazetteer())
		).toThrow(/limit/);
	});

	it('stays fast on hostile text without places or dates', () => {
		const hostile = `${'1.23 '.repeat(20000)}${' '.repeat(50000)}${'<a '.repeat(20000)}${'*_'.repeat(20000)}`;
		for (const format of ['text', 'html', 'markdown'] as const) {
			const t0 = performance.now();
			extractArticle(
				{ id: 'x', text: hostile, format, meta: { published: '2020-01-01' } },
				gazetteer()
			);
			expect(performance.now() - t0).toBeLessThan(2000);
		}
	});
});

describe('htmlToText', () => {
	it('drops scripts, styles and event handlers and decodes entities', () => {
		const { text, meta } = htmlToText(
			`<html><head><title>Kyiv &amp; Minsk</title><script>alert(1)</script></head><body>
			<p>Talks in <b>Minsk</b> &ndash; again.</p><img src=x onerror="alert(2)"><style>p{}</style>
			<script type="module">evil()</script><p>Second&#8217;s &#x41;</p></body></html>`
		);
		expect(text).toBe('Talks in Minsk – again.\n\nSecond’s A');
		expect(meta.title).toBe('Kyiv & Minsk');
	});
});

describe('parseGazetteer', () => {
	it('throws a clear error on bad data', () => {
		expect(() => parseGazetteer(null)).toThrow(/compileGazetteer/);
		expect(() => parseGazetteer({ format: 'other' })).toThrow(/format/);
		expect(() => parseGazetteer({ format: 'geobrief-gazetteer/1', countries: 'x' })).toThrow(
			/countries/
		);
	});
});

describe('a text without a publication date', () => {
	it('is dated the end of the latest year it names, however many years it names', () => {
		const text = '2021 1999\n'.repeat(100_000);
		const result = extractArticle({ id: 'years', text, meta: {} }, gazetteer());
		expect(result.doc.meta.published).toBe('2021-12-31');
	});
});

describe('hand-wrapped plain text', () => {
	it('joins lines wrapped mid-sentence into one paragraph, so the first line is not a header', () => {
		const text =
			'Officials in Chișinău said on 14 March 2023 that a drone had crashed near Ocnița,\nclose to the border with Ukraine. In the autumn of 2022 missile debris fell near Briceni.\n\nA Title Line Stays Apart\nDecember 7, 2025 –';
		const result = extractArticle(
			{ id: 'wrapped', text, meta: { published: '2023-04-01' } },
			gazetteer()
		);
		expect(result.doc.paragraphs[0].end).toBeGreaterThan(text.indexOf('Briceni'));
		expect(result.events.map((event) => event.dateText)).toContain('14 March 2023');
		expect(result.doc.paragraphs.length).toBe(3);
	});

	it('reads a short lede as the article, and a title line and a standfirst as its header', () => {
		const body =
			'On 19 May 2024 the strikes resumed, and the regional governor said that two people were wounded.';
		const read = (text: string) =>
			extractArticle({ id: 'lede', text, meta: { published: '2024-05-20' } }, gazetteer());
		const lede = read(
			`Strikes Hit Kharkiv\n\nDrones struck Kharkiv on 18 May 2024, officials said.\n\n${body}`
		);
		expect(lede.doc.boilerplate.map((span) => lede.doc.text.slice(span.start, span.end))).toEqual([
			'Strikes Hit Kharkiv'
		]);
		expect(lede.events.map((event) => event.dateText)).toEqual(['18 May 2024', '19 May 2024']);
		const standfirst = read(
			`Minsk is tightening its grip on the opposition abroad, again.\n\nBy Jane Doe | 5 May 2024\n\n${body}`
		);
		expect(standfirst.doc.boilerplate.map((span) => span.reason)).toEqual(['header', 'header']);
		expect(standfirst.events.map((event) => event.dateText)).toEqual(['19 May 2024']);
	});
});
