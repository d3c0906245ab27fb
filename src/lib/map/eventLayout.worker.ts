/// <reference lib="webworker" />
import { layOutEvents, layoutBuffers } from '$lib/events/eventLayout';
import { tableBuffers } from '$lib/events/eventTable';
import type { EventLayoutReply, EventLayoutRequest } from './eventLayoutProtocol';

onmessage = ({ data }: MessageEvent<EventLayoutRequest>) => {
	const { requestId, table } = data;
	const layout = layOutEvents(table);
	const reply: EventLayoutReply = { requestId, table, layout };
	postMessage(reply, { transfer: [...layoutBuffers(layout), ...tableBuffers(table)] });
};
