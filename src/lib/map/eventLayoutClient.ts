import { layOutEvents, type EventLayout } from '$lib/events/eventLayout';
import type { EventTable } from '$lib/events/eventTable';
import { WorkerRequests } from '$lib/workers/workerRequests';
import type { EventLayoutReply, EventLayoutRequest } from './eventLayoutProtocol';

interface Pending {
	resolve: (layout: EventLayout) => void;
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
			pending.resolve(reply.layout);
			return 'settled';
		},
		'The event layout worker crashed.'
	);

	#stopped = false;

	/** The table's layout; null once stopped. */
	async layOut(table: EventTable): Promise<EventLayout | null> {
		if (table.count <= laidOutOnPage || typeof Worker === 'undefined') return layOutEvents(table);
		try {
			return await new Promise<EventLayout>((resolve, reject) =>
				this.#requests.send(
					{ resolve, reject },
					(requestId) => ({ requestId, table }) satisfies EventLayoutRequest
				)
			);
		} catch {
			return this.#stopped ? null : layOutEvents(table);
		}
	}

	stop() {
		this.#stopped = true;
		this.#requests.terminate('The event layer was removed.');
	}
}
