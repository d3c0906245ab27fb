import type { EventLayout } from '$lib/events/eventLayout';
import type { EventTable } from '$lib/events/eventTable';

export interface EventLayoutRequest {
	requestId: number;
	table: EventTable;
}

/** The table comes back with its layout: both ways it is transferred, not copied. */
export interface EventLayoutReply {
	requestId: number;
	table: EventTable;
	layout: EventLayout;
}
