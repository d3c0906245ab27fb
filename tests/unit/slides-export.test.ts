import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { jpegInfo } from '$lib/slides/jpegInfo';
import { writeImagePdf } from '$lib/slides/pdfDocument';
import { xmlAllowedText } from '$lib/io/xmlText';
import { buildPptx, type PptxSlideInput } from '$lib/slides/pptxDeck';
import { zipEntries } from '../support/zipEntries.mjs';
import { snapshotContent } from './slides-fixture';

/** The smallest byte sequence jpegInfo and a PDF reader's parser accept as a JPEG header. */
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

describe('jpegInfo', () => {
	it('reads the size and components from the frame header', () => {
		expect(jpegInfo(fakeJpeg(2560, 1440))).toEqual({ width: 2560, height: 1440, components: 3 });
	});

	it('throws a clear message for a PNG', () => {
		expect(() => jpegInfo(Buffer.from(pixelPng, 'base64'))).toThrow('The image is not a JPEG.');
	});

	it('throws for a JPEG cut before its frame header', () => {
		expect(() => jpegInfo(fakeJpeg(10, 10).slice(0, 8))).toThrow(/no frame header/);
	});
});

/** Parses a PDF the way a reader starts: startxref → xref table → each object at its offset. */
function readPdf(pdf: Uint8Array) {
	const text = Buffer.from(pdf).toString('latin1');
	const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
	const xref = text.slice(startxref);
	const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(xref) ?? [];
	const rows = xref.split('\n').slice(2, 2 + Number(count));
	const objects = new Map<number, string>();
	rows.forEach((row, index) => {
		expect(row.length + 1).toBe(20);
		const id = Number(first) + index;
		if (row.endsWith('f ')) return;
		const offset = Number(row.slice(0, 10));
		const end = text.indexOf('endobj', offset);
		expect(text.startsWith(`${id} 0 obj\n`, offset)).toBe(true);
		objects.set(id, text.slice(offset, end));
	});
	const trailer = /trailer\n<<(.*)>>/.exec(xref)?.[1] ?? '';
	return { text, objects, trailer };
}

describe('writeImagePdf', () => {
	const pages = [fakeJpeg(1280, 720), fakeJpeg(2560, 1440), fakeJpeg(1280, 720, 1)];
	const pdf = writeImagePdf(
		pages.map((jpeg) => ({ jpeg, widthPt: 960, heightPt: 540 })),
		{ title: 'Брифінг “Minsk”' }
	);
	const { text, objects, trailer } = readPdf(pdf);

	it('starts with a PDF header and a binary comment', () => {
		expect(text.startsWith('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')).toBe(true);
	});

	it('has a cross-reference row pointing at every object', () => {
		expect(objects.size).toBe(3 + 3 * pages.length);
		expect(trailer).toContain(`/Size ${4 + 3 * pages.length}`);
		expect(trailer).toContain('/Root 1 0 R');
	});

	it('has one 16:9 page per image', () => {
		expect(objects.get(2)).toMatch(/\/Count 3 >>/);
		const pageObjects = [...objects.values()].filter((body) => body.includes('/Type /Page '));
		expect(pageObjects).toHaveLength(3);
		for (const page of pageObjects) expect(page).toContain('/MediaBox [0 0 960 540]');
	});

	it('embeds each JPEG unchanged with DCTDecode and its own size and colour space', () => {
		const images = [...objects.values()].filter((body) => body.includes('/Subtype /Image'));
		expect(images.map((body) => /\/Width (\d+) \/Height (\d+)/.exec(body)?.slice(1))).toEqual([
			['1280', '720'],
			['2560', '1440'],
			['1280', '720']
		]);
		expect(images[2]).toContain('/ColorSpace /DeviceGray');
		for (const [index, body] of images.entries()) {
			expect(body).toContain('/Filter /DCTDecode');
			const length = Number(/\/Length (\d+)/.exec(body)?.[1]);
			const data = body.slice(body.indexOf('stream\n') + 7, body.indexOf('\nendstream'));
			expect(length).toBe(pages[index].length);
			expect(Buffer.from(data, 'latin1')).toEqual(Buffer.from(pages[index]));
		}
	});

	it('gives each content stream its exact length', () => {
		const contents = [...objects.values()].filter((body) => body.includes(' Do Q'));
		for (const body of contents) {
			const length = Number(/\/Length (\d+)/.exec(body)?.[1]);
			expect(body.slice(body.indexOf('stream\n') + 7, body.indexOf('\nendstream'))).toHaveLength(
				length
			);
		}
	});

	it('writes the title as UTF-16', () => {
		expect(objects.get(3)).toContain('/Title <FEFF0411044004380444');
	});

	it('refuses to write a PDF without pages', () => {
		expect(() => writeImagePdf([], { title: 'x' })).toThrow('A PDF needs at least one page.');
	});
});

describe('buildPptx', () => {
	const slide = (title: string): PptxSlideInput => ({
		title,
		timeWindowText: snapshotContent.timeWindowText,
		caption: snapshotContent.caption,
		notes: `Notes for ${title}`,
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

	it('refuses an empty deck with a clear message', async () => {
		await expect(buildPptx(PptxGenJS, { title: 'x', slides: [], sources: [] })).rejects.toThrow(
			'There are no slides to export.'
		);
	});
});
