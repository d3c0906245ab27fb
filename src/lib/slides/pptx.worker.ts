// Builds the .pptx off the main thread; pptxgenjs is imported only when the first export starts.
import { base64FromBytes } from './base64';
import { buildPptx } from './pptxDeck';
import type { PptxWorkerReply, PptxWorkerRequest } from './pptxWorkerProtocol';

const reply = (message: PptxWorkerReply, transfer: Transferable[] = []) =>
	postMessage(message, { transfer });

addEventListener('message', async (event: MessageEvent<PptxWorkerRequest>) => {
	try {
		const started = performance.now();
		const { default: PptxGenJS } = await import('pptxgenjs');
		const { title, slides, sources } = event.data;
		const pptx = await buildPptx(PptxGenJS, {
			title,
			sources,
			slides: slides.map(({ figureJpeg, ...text }) => ({
				...text,
				figure: { type: 'image/jpeg', base64: base64FromBytes(new Uint8Array(figureJpeg)) }
			}))
		});
		reply({ ok: true, pptx, buildMs: performance.now() - started }, [pptx]);
	} catch (error) {
		reply({ ok: false, message: error instanceof Error ? error.message : String(error) });
	}
});
