import { layOutEvents, type EventLayout } from '$lib/events/eventLayout';
import {
	buildEventTable,
	tableBuffers,
	type EventTable,
	type MapEvent
} from '$lib/events/eventTable';
import { WorkerRequests } from '$lib/workers/workerRequests';
import type { EventLayoutReply, EventLayoutRequest } from './eventLayoutProtocol';

/** A table of events and its layout, which drawing and picking use together. */
export interface LaidOutTable {
	table: EventTable;
	layout: EventLayout;
}

interface Pending {
	resolve: (laidOut: LaidOutTable) => void;
	reject: (error: Error) => void;
}

/** Tables this small are laid out on the page at once (well under a millisecond). */
const laidOutOnPage = 2_000;

/**
 * Lays out event tables in a Web Worker: for 100,000 imported rows the work took 100–300 ms of
 * the page's time. Small tables, and any table where workers fail, are laid out on the page.
 */
export class EventLayoutClient {
	#requests = new WorkerRequests<Pending, EventLayoutReply>(
		() => new Worker(new URL('./eventLayout.worker.ts', import.meta.url), { type: 'module' }),
		(reply, pending) => {
			pending.resolve({ table: reply.table, layout: reply.layout });
			return 'settled';
		},
		'The event layout worker crashed.'
	);

	#stopped = false;

	/**
	 * The events' table and its layout; null once stopped. The table goes to the worker and
	 * comes back, moved both ways (copying 100,000 rows' columns took 30–50 ms each way).
	 */
	async layOut(events: readonly MapEvent[]): Promise<LaidOutTable | null> {
		const onPage = () => {
			const table = buildEventTable(events);
			return { table, layout: layOutEvents(table) };
		};
		if (events.length <= laidOutOnPage || typeof Worker === 'undefined') return onPage();
		const table = buildEventTable(events);
		try {
			return await new Promise<LaidOutTable>((resolve, reject) =>
				this.#requests.send(
					{ resolve, reject },
					(requestId) => ({ requestId, table }) satisfies EventLayoutRequest,
					{},
					tableBuffers(table)
				)
			);
		} catch {
			// The table went with the worker that failed.
			return this.#stopped ? null : onPage();
		}
	}

	stop() {
		this.#stopped = true;
		this.#requests.terminate('The event layer was removed.');
	}
}
