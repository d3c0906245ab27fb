// Where a PDF's text lines are, as poppler's `pdftotext -bbox-layout` reads them, to check
// a slide layout as a viewer draws it: no line over another, each in its place.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * @typedef {{ page: number, text: string, xMin: number, yMin: number, xMax: number, yMax: number }} TextLine
 * Coordinates in points from the page's top left corner.
 */

/**
 * The text lines of every page of a PDF file.
 * @param {string} pdfFile
 * @returns {TextLine[]}
 */
export function pdfTextLines(pdfFile) {
	const html = execFileSync('pdftotext', ['-bbox-layout', pdfFile, '-'], { encoding: 'utf8' });
	const lines = [];
	let page = 0;
	for (const match of html.matchAll(/<page |<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
		if (!match[1]) {
			page++;
			continue;
		}
		const box = Object.fromEntries(
			[...match[1].matchAll(/(\w+)="([\d.]+)"/g)].map(([, key, value]) => [key, Number(value)])
		);
		const text = [...match[2].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ');
		lines.push({ page, text, xMin: box.xMin, yMin: box.yMin, xMax: box.xMax, yMax: box.yMax });
	}
	return lines;
}

/**
 * Pairs of lines on one page whose boxes overlap by more than `tolerance` points each way.
 * @param {TextLine[]} lines
 * @returns {TextLine[][]}
 */
export function overlappingLines(lines, tolerance = 0.5) {
	const pairs = [];
	for (const [index, a] of lines.entries()) {
		for (const b of lines.slice(index + 1)) {
			if (a.page !== b.page) continue;
			const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
			const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
			if (across > tolerance && down > tolerance) pairs.push([a, b]);
		}
	}
	return pairs;
}

/** LibreOffice's command, or undefined when it is not installed. */
export const soffice = ['soffice', 'libreoffice'].find(
	(command) => spawnSync('which', [command]).status === 0
);

/**
 * Renders a .pptx to PDF with LibreOffice Impress (headless) and returns the PDF's path.
 * @param {Uint8Array} pptx
 * @returns {string}
 */
export function pptxToPdf(pptx, name = 'deck.pptx') {
	if (!soffice)
		throw new Error('LibreOffice is not installed (apt-get install libreoffice-impress)');
	const dir = mkdtempSync(join(tmpdir(), 'geobrief-pptx-'));
	const input = join(dir, name);
	writeFileSync(input, pptx);
	execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
		timeout: 120_000,
		stdio: 'pipe',
		env: { ...process.env, HOME: dir }
	});
	const pdf = join(dir, basename(name, '.pptx') + '.pdf');
	if (!existsSync(pdf)) throw new Error('LibreOffice wrote no PDF');
	return pdf;
}
