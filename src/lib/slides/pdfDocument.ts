import { jpegInfo } from './jpegInfo';

/** One page: a JPEG drawn over the whole page. */
export interface PdfImagePage {
	jpeg: Uint8Array;
	/** Page size in PostScript points (1/72 inch). */
	widthPt: number;
	heightPt: number;
}

const colourSpaces = { 1: '/DeviceGray', 3: '/DeviceRGB', 4: '/DeviceCMYK' } as const;
const ascii = new TextEncoder();

/** A PDF text string in UTF-16BE hex, so any title (Cyrillic, curly quotes) survives. */
function pdfTextString(text: string): string {
	let hex = 'FEFF';
	for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
	return `<${hex.toUpperCase()}>`;
}

/**
 * Writes a PDF 1.4 file with one page per image, each JPEG embedded as is (DCTDecode), plus a
 * document title. The file is built in memory; its cross-reference table gives exact offsets.
 *
 * @example writeImagePdf([{ jpeg, widthPt: 960, heightPt: 540 }], { title: 'Briefing' })
 */
export function writeImagePdf(
	pages: readonly PdfImagePage[],
	options: { title: string }
): Uint8Array {
	if (pages.length === 0) throw new Error('A PDF needs at least one page.');
	const chunks: Uint8Array[] = [];
	const offsets: number[] = [];
	let length = 0;
	const push = (chunk: Uint8Array | string) => {
		const bytes = typeof chunk === 'string' ? ascii.encode(chunk) : chunk;
		chunks.push(bytes);
		length += bytes.length;
	};
	const object = (id: number, body: string, stream?: Uint8Array) => {
		offsets[id] = length;
		push(`${id} 0 obj\n${body}\n`);
		if (stream) {
			push('stream\n');
			push(stream);
			push('\nendstream\n');
		}
		push('endobj\n');
	};

	// Objects 1–3 are the catalogue, the page tree and the document information; each page then
	// takes three: the page, its content stream and its image.
	const pageId = (index: number) => 4 + index * 3;
	push('%PDF-1.4\n');
	// A comment of four bytes above 127 tells file-transfer tools that the file is binary.
	push(new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
	object(1, '<< /Type /Catalog /Pages 2 0 R >>');
	const kids = pages.map((_, index) => `${pageId(index)} 0 R`).join(' ');
	object(2, `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
	object(3, `<< /Title ${pdfTextString(options.title)} /Producer (geobrief) >>`);
	pages.forEach((page, index) => {
		const id = pageId(index);
		const image = jpegInfo(page.jpeg);
		const { widthPt: w, heightPt: h } = page;
		const content = ascii.encode(`q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`);
		object(
			id,
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Contents ${id + 1} 0 R ` +
				`/Resources << /XObject << /Im0 ${id + 2} 0 R >> >> >>`
		);
		object(id + 1, `<< /Length ${content.length} >>`, content);
		object(
			id + 2,
			`<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} ` +
				`/ColorSpace ${colourSpaces[image.components]} /BitsPerComponent 8 ` +
				`/Filter /DCTDecode /Length ${page.jpeg.length} >>`,
			page.jpeg
		);
	});

	const objectCount = pageId(pages.length);
	const xrefOffset = length;
	push(`xref\n0 ${objectCount}\n0000000000 65535 f \n`);
	for (let id = 1; id < objectCount; id++) {
		push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
	}
	push(`trailer\n<< /Size ${objectCount} /Root 1 0 R /Info 3 0 R >>\n`);
	push(`startxref\n${xrefOffset}\n%%EOF\n`);

	const pdf = new Uint8Array(length);
	let at = 0;
	for (const chunk of chunks) {
		pdf.set(chunk, at);
		at += chunk.length;
	}
	return pdf;
}
