/// <reference lib="webworker" />
import { layOutEvents, layoutBuffers } from '$lib/events/eventLayout';
import type { EventLayoutReply, EventLayoutRequest } from './eventLayoutProtocol';

onmessage = ({ data }: MessageEvent<EventLayoutRequest>) => {
	const layout = layOutEvents(data.table);
	const reply: EventLayoutReply = { requestId: data.requestId, layout };
	postMessage(reply, { transfer: layoutBuffers(layout) });
};
