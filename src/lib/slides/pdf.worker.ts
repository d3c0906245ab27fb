// Writes the PDF off the main thread (font parsing and compression took 150–380 ms tasks there);
// the page draws each map figure when the worker asks, since only it holds the pictures.
import { writeSlidesPdf } from './pdfDocument';
import type { PdfWorkerReply, PdfWorkerRequest } from './pdfWorkerProtocol';

const reply = (message: PdfWorkerReply, transfer: Transferable[] = []) =>
	postMessage(message, { transfer });
const figureWaiters = new Map<number, (jpeg: Uint8Array) => void>();

async function fontBytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`its font could not be loaded (${response.status})`);
	return new Uint8Array(await response.arrayBuffer());
}

addEventListener('message', async (event: MessageEvent<PdfWorkerRequest>) => {
	const request = event.data;
	if (request.type === 'figure') {
		figureWaiters.get(request.index)?.(new Uint8Array(request.jpeg));
		figureWaiters.delete(request.index);
		return;
	}
	try {
		const [regular, bold] = await Promise.all([
			fontBytes(request.fontUrls.regular),
			fontBytes(request.fontUrls.bold)
		]);
		const pdf = await writeSlidesPdf({
			...request,
			fonts: { regular, bold },
			figure: (index) =>
				new Promise((resolve) => {
					figureWaiters.set(index, resolve);
					reply({ type: 'figure', index });
				})
		});
		reply({ type: 'done', pdf: pdf.buffer as ArrayBuffer }, [pdf.buffer as ArrayBuffer]);
	} catch (error) {
		reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
});
