// Draws the event points on an OffscreenCanvas handed over by EventPointsLayer. Without a GPU,
// Chromium reads every changed WebGL canvas back in the thread that committed it, waiting for
// the software renderer: here that wait blocks this worker, never the page.
import type { EventPointsMessage, EventPointsReply } from './eventPointsProtocol';
import { EventPointsRenderer } from './eventPointsRenderer';

let renderer: EventPointsRenderer | undefined;

function reply(message: EventPointsReply, transfer: Transferable[] = []): void {
	postMessage(message, { transfer });
}

onmessage = ({ data }: MessageEvent<EventPointsMessage>) => {
	if (data.type === 'start')
		renderer = new EventPointsRenderer(data.canvas, data.kindColors, reply);
	else renderer?.receive(data);
};
