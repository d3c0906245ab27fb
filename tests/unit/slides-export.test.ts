import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { writeSlidesPdf } from '$lib/slides/pdfDocument';
import { xmlAllowedText } from '$lib/io/xmlText';
import { buildPptx, type PptxSlideInput } from '$lib/slides/pptxDeck';
import { slideRegions } from '$lib/slides/slideLayout';
import {
	overlappingLines,
	pdfTextLines,
	pptxToPdf,
	soffice,
	type TextLine
} from '../support/pdfTextLines.mjs';
import { zipEntries } from '../support/zipEntries.mjs';
import { snapshotContent } from './slides-fixture';

/** The smallest byte sequence a PDF writer's parser accepts as a JPEG header. */
function fakeJpeg(width: number, height: number, components = 3): Uint8Array {
	const app0 = [0xff, 0xe0, 0x00, 0x04, 0x00, 0x00];
	const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255];
	return new Uint8Array([
		0xff,
		0xd8,
		...app0,
		...sof0,
		components,
		...Array(9).fill(0),
		0xff,
		0xd9
	]);
}

/** A 1×1 red PNG. */
const pixelPng =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** What poppler's pdftotext and pdfinfo read from a PDF (Debian's poppler-utils; .ci/run installs it). */
function popplerRead(pdf: Uint8Array) {
	const dir = mkdtempSync(join(tmpdir(), 'geobrief-pdf-'));
	const file = join(dir, 'deck.pdf');
	writeFileSync(file, pdf);
	return {
		text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
		info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
		links: execFileSync('pdfinfo', ['-url', file], { encoding: 'utf8' }),
		lines: pdfTextLines(file)
	};
}

/** Every line lies inside the title band or the caption band: none is set over the open map. */
function expectInBands(lines: TextLine[]) {
	const { titleBand, captionBand } = slideRegions;
	for (const line of lines) {
		const inTitleBand = line.yMax <= titleBand.y + titleBand.height;
		const inCaptionBand =
			line.yMin >= captionBand.y && line.yMax <= captionBand.y + captionBand.height;
		expect(inTitleBand || inCaptionBand, `“${line.text}” at ${line.yMin}–${line.yMax} pt`).toBe(
			true
		);
	}
}

describe('writeSlidesPdf', async () => {
	const fonts = {
		regular: readFileSync(
			'node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'
		),
		bold: readFileSync('node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')
	};
	const slide = (title: string, notes = '') => ({
		title,
		timeWindowText: '1–31 August 2020',
		caption: 'Protests after the presidential election, as reported in two articles.',
		notes,
		attribution: '© OpenStreetMap contributors, Natural Earth'
	});
	const deck = {
		title: 'Брифінг “Minsk”',
		subject: 'Belarus, August 2020',
		slides: [
			slide('Minsk, August 2020', 'Open with the crowd sizes.'),
			slide(
				'A title long enough to need a second line on a projected slide, about Kuźnica and Мінск'
			)
		],
		sources: [
			{
				id: 'a',
				kind: 'article' as const,
				text: 'Davidzon, V. Difficult neighbors. Atlantic Council, 2021.',
				url: 'https://www.atlanticcouncil.org/'
			}
		],
		fonts,
		async figure() {
			return fakeJpeg(1280, 720);
		}
	};
	const pdf = await writeSlidesPdf(deck);
	const { text, info, links, lines } = popplerRead(pdf);

	it('sets titles, time windows, captions and attributions as text a PDF reader can read', () => {
		expect(text).toContain('Minsk, August 2020');
		expect(text).toContain('1–31 August 2020');
		expect(text).toContain('Protests after the presidential election');
		expect(text).toContain('© OpenStreetMap contributors, Natural Earth');
		expect(text).toMatch(/Kuźnica and\s+Мінск/);
	});

	it('ends with the speaker notes and the sources, as text with a working link', () => {
		expect(text).toMatch(/Speaker notes\s+1\. Minsk, August 2020\s+Open with the crowd sizes\./);
		expect(text).toMatch(/Sources\s+Davidzon, V\. Difficult neighbors/);
		expect(links).toMatch(/^\s*4\s+Annotation\s+https:\/\/www\.atlanticcouncil\.org\/$/m);
		expect(info).toMatch(/Pages:\s+4/);
	});

	it('has 16:9 pages and the deck title and subject as document metadata', () => {
		expect(info).toMatch(/Page size:\s+960 x 540 pts/);
		expect(info).toMatch(/Title:\s+Брифінг “Minsk”/);
		expect(info).toMatch(/Subject:\s+Belarus, August 2020/);
	});

	it('sets a one- and a two-line title in the title band, the caption in the caption band, no line over another', () => {
		const slideLines = lines.filter((line) => line.page <= 2);
		expect(overlappingLines(slideLines)).toEqual([]);
		expectInBands(slideLines);
		const titleLines = (page: number) =>
			slideLines.filter(
				(line) =>
					line.page === page && line.yMax <= slideRegions.title.y + slideRegions.title.height + 1
			);
		expect(titleLines(1)).toHaveLength(1);
		expect(titleLines(2)).toHaveLength(2);
	});

	it('refuses to write a PDF without slides', async () => {
		await expect(writeSlidesPdf({ ...deck, slides: [] })).rejects.toThrow(
			'A PDF needs at least one slide.'
		);
	});
});

describe('buildPptx', () => {
	const slide = (title: string): PptxSlideInput => ({
		title,
		timeWindowText: snapshotContent.timeWindowText,
		caption: snapshotContent.caption,
		attribution: snapshotContent.attribution,
		notes: `Notes for ${title}`,
		annotations: [],
		figure: { type: 'image/png', base64: pixelPng }
	});

	it('writes one slide per snapshot, a sources slide, images, titles and notes', async () => {
		const pptx = await buildPptx(PptxGenJS, {
			title: 'Briefing',
			slides: [slide('Minsk'), slide('Kyiv'), slide('Border')],
			sources: snapshotContent.sources
		});
		const entries = zipEntries(new Uint8Array(pptx));
		const slideParts = [...entries.keys()].filter((name) =>
			/^ppt\/slides\/slide\d+\.xml$/.test(name)
		);
		expect(slideParts).toHaveLength(4);
		const xml = (name: string) => entries.get(name)!.toString('utf8');
		expect(xml('ppt/slides/slide1.xml')).toContain('Minsk');
		expect(xml('ppt/slides/slide3.xml')).toContain('Border');
		expect(xml('ppt/slides/slide4.xml')).toContain('Sources');
		expect(xml('ppt/slides/slide4.xml')).toContain('Difficult neighbors');
		expect(xml('ppt/slides/slide4.xml')).toContain('OpenStreetMap contributors');
		const media = [...entries.keys()].filter((name) => /^ppt\/media\/.+\.png$/.test(name));
		expect(media).toHaveLength(3);
		const notes = [...entries.keys()].filter((name) => /notesSlide\d+\.xml$/.test(name));
		expect(notes.map((name) => xml(name)).join()).toContain('Notes for Kyiv');
	});

	it('writes text pasted with control characters as well-formed XML, and links only web and mail addresses', async () => {
		const pptx = await buildPptx(PptxGenJS, {
			title: 'Briefing\u0001',
			slides: [
				{
					...slide('Minsk\u000bKyiv'),
					caption: 'A caption\u000bfrom Word\ud800',
					notes: 'Notes\u000cwith a form feed'
				}
			],
			sources: [
				{ id: 'a', kind: 'article', text: 'Web', url: 'https://example.org/a' },
				{ id: 'b', kind: 'article', text: 'Mail', url: 'mailto:desk@example.org' },
				{ id: 'c', kind: 'article', text: 'File', url: 'file://server/share/x.docx' },
				{ id: 'd', kind: 'article', text: 'Script', url: 'javascript:alert(1)' },
				{ id: 'e', kind: 'data', text: 'Diagnostic', url: 'ms-msdt:/id PCWDiagnostic' }
			]
		});
		const entries = zipEntries(new Uint8Array(pptx));
		for (const [name, bytes] of entries) {
			if (!/\.(xml|rels)$/.test(name)) continue;
			const text = bytes.toString('utf8');
			expect(xmlAllowedText(text), `${name} holds only characters XML allows`).toBe(text);
			expect(text).not.toContain('\ufffd');
		}
		const xml = (name: string) => entries.get(name)!.toString('utf8');
		expect(xml('ppt/slides/slide1.xml')).toContain('MinskKyiv');
		const links = [
			...xml('ppt/slides/_rels/slide2.xml.rels').matchAll(
				/Target="([^"]*)"[^>]*TargetMode="External"/g
			)
		].map((m) => m[1]);
		expect(links).toEqual(['https://example.org/a', 'mailto:desk@example.org']);
		expect(xml('ppt/slides/slide2.xml')).toContain('javascript:alert(1)');
	});

	it.skipIf(!soffice)(
		'renders in LibreOffice with a one- and a two-line title in the title band and no text box over another',
		{ timeout: 60_000 },
		async () => {
			const pptx = await buildPptx(PptxGenJS, {
				title: 'Briefing',
				slides: [
					slide('Minsk'),
					slide(
						'A title long enough to need a second line on a projected slide,\nabout Kuźnica and Мінск'
					)
				],
				sources: snapshotContent.sources
			});
			const lines = pdfTextLines(pptxToPdf(new Uint8Array(pptx))).filter((line) => line.page <= 2);
			expect(overlappingLines(lines)).toEqual([]);
			expectInBands(lines);
			const titleBandText = (page: number) =>
				lines
					.filter((line) => line.page === page && line.yMax <= slideRegions.titleBand.height)
					.map((line) => line.text);
			const when = snapshotContent.timeWindowText;
			expect(titleBandText(1)).toEqual(['Minsk', when]);
			expect(titleBandText(2)).toEqual([
				'A title long enough to need a second line on a projected slide,',
				'about Kuźnica and Мінск',
				when
			]);
			expect(lines.map((line) => line.text)).toContain(snapshotContent.attribution);
		}
	);

	it('refuses an empty deck with a clear message', async () => {
		await expect(buildPptx(PptxGenJS, { title: 'x', slides: [], sources: [] })).rejects.toThrow(
			'There are no slides to export.'
		);
	});
});
