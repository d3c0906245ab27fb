import type { EventLayout } from '$lib/events/eventLayout';
import type { EventTable } from '$lib/events/eventTable';

export interface EventLayoutRequest {
	requestId: number;
	table: EventTable;
}

export interface EventLayoutReply {
	requestId: number;
	layout: EventLayout;
}
