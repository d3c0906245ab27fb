/** A request waiting for its worker's replies. */
export interface PendingRequest {
	reject: (error: Error) => void;
}

/**
 * One Web Worker, started on first use, and the requests waiting for its replies, matched by
 * request id. If the worker crashes, every waiting request is rejected and the next request
 * starts a fresh worker.
 */
export class WorkerRequests<Pending extends PendingRequest, Reply extends { requestId: number }> {
	#worker: Worker | undefined;
	#pending = new Map<number, Pending>();
	#nextId = 1;
	#start: () => Worker;
	#handle: (reply: Reply, pending: Pending) => 'settled' | 'waiting';
	#crashMessage: string;

	/**
	 * @param start creates the worker (keep `new Worker(new URL(…), …)` literal for the bundler)
	 * @param handle acts on one reply and says whether the request is now settled
	 */
	constructor(
		start: () => Worker,
		handle: (reply: Reply, pending: Pending) => 'settled' | 'waiting',
		crashMessage: string
	) {
		this.#start = start;
		this.#handle = handle;
		this.#crashMessage = crashMessage;
	}

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		const worker = this.#start();
		worker.onmessage = (event: MessageEvent<Reply>) => {
			const pending = this.#pending.get(event.data.requestId);
			if (pending && this.#handle(event.data, pending) === 'settled') {
				this.#pending.delete(event.data.requestId);
			}
		};
		worker.onerror = (event) => {
			const error = new Error(event.message || this.#crashMessage);
			for (const pending of this.#pending.values()) pending.reject(error);
			this.#pending.clear();
			worker.terminate();
			this.#worker = undefined;
		};
		this.#worker = worker;
		return worker;
	}

	/** Posts the message that `message(requestId)` builds and waits for its replies. */
	send(pending: Pending, message: (requestId: number) => unknown): void {
		const worker = this.#ensureWorker();
		const requestId = this.#nextId++;
		this.#pending.set(requestId, pending);
		worker.postMessage(message(requestId));
	}

	/** Stops the worker, if running; waiting requests are rejected with `reason`. */
	terminate(reason: string): void {
		for (const pending of this.#pending.values()) pending.reject(new Error(reason));
		this.#pending.clear();
		this.#worker?.terminate();
		this.#worker = undefined;
	}
}
