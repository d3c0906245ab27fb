import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, type ArticleInput } from '../../src/lib/extract/index';
import { gazetteer } from './extract-fixture';

/** Articles written for these tests (not the evaluation corpus), so the rules are tried on unseen text. */
function fixture(name: string): ArticleInput {
	const text = fs.readFileSync(path.resolve('tests/fixtures/articles', name), 'utf8');
	const ext = path.extname(name);
	return { id: name, text, format: ext === '.html' ? 'html' : ext === '.md' ? 'markdown' : 'text' };
}

const run = (name: string) => {
	const x = extractArticle(fixture(name), gazetteer());
	return {
		x,
		places: x.toponyms.map((t) => `${t.text}=${t.countryIso2 ?? t.kind}`),
		dates: x.events.map((e) => `${e.dateText}=${e.interval.start}..${e.interval.end}`)
	};
};

describe('unseen fixture articles', () => {
	it('baltic-security-2024.txt: dateline, Belarusian Brest, named gap, no unit or ship names', () => {
		const { x, places, dates } = run('baltic-security-2024.txt');
		expect(x.doc.meta.published).toBe('2024-06-14');
		expect(places).toEqual(
			expect.arrayContaining([
				'Brest=BY',
				'Grodno=BY',
				'Suwałki Gap=region',
				'Kaliningrad Oblast=RU'
			])
		);
		expect(places.join()).not.toMatch(/Klaipėda|Gap=FR/);
		expect(dates).toEqual(
			expect.arrayContaining([
				'the spring of 2023=2023-03-01..2023-05-31',
				'Last year=2023-01-01..2023-12-31',
				'the past two years=2022-06-14..2024-06-14'
			])
		);
		expect(dates.join()).not.toMatch(/Zapad|1,000/);
	});

	it('sahel-2023.md: Markdown, a byline date, water bodies and coordinates', () => {
		const { x, places, dates } = run('sahel-2023.md');
		expect(x.doc.meta.published).toBe('2023-09-03');
		expect(places).toEqual(
			expect.arrayContaining([
				'Niamey=NE',
				'Gulf of Guinea=water',
				'Lake Chad basin=water',
				'16.97, 7.99=coordinates'
			])
		);
		expect(dates).toContain('26 July 2023=2023-07-26..2023-07-26');
	});

	it('caucasus-2019.html: metadata from HTML, no script text, no people taken for places', () => {
		const { x, places } = run('caucasus-2019.html');
		expect(x.doc.meta.published).toBe('2019-11-20');
		expect(x.doc.text).not.toMatch(/tracking|alert|Sukhumi/);
		expect(places).toEqual(expect.arrayContaining(['Tbilisi=GE', 'South Ossetia=GE', 'Batumi=GE']));
		expect(places.join()).not.toMatch(/Chad|Jordan/);
	});
});
