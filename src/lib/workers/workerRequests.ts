/** A request waiting for its worker's replies. */
export interface PendingRequest {
	reject: (error: Error) => void;
}

/** How a request may be ended early: by a signal, or when it has run for `budgetMs`. */
export interface RequestLimits {
	signal?: AbortSignal;
	/** Longest the worker may spend on the request once it has started it. */
	budgetMs?: number;
	/** The rejection's message when the budget runs out. */
	overBudget?: string;
}

interface Queued<Pending> {
	pending: Pending;
	message: unknown;
	limits: RequestLimits;
	/** Its buffers were transferred: it cannot be sent to another worker. */
	transferred: boolean;
}

/**
 * One Web Worker, started on first use, and the requests waiting for its replies, matched by
 * request id; the worker takes them one at a time, in order. If the worker crashes, every
 * waiting request is rejected and the next request starts a fresh worker. A request that is
 * aborted, or that runs past its budget, is rejected and the worker replaced, since a running
 * task cannot be stopped any other way; the requests queued behind it go to the new worker.
 */
export class WorkerRequests<Pending extends PendingRequest, Reply extends { requestId: number }> {
	#worker: Worker | undefined;
	#pending = new Map<number, Queued<Pending>>();
	/** The request the worker is on (the oldest waiting) and the timer of its budget. */
	#timed: { requestId: number; timer: ReturnType<typeof setTimeout> } | null = null;
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
			const queued = this.#pending.get(event.data.requestId);
			if (queued && this.#handle(event.data, queued.pending) === 'settled') {
				this.#pending.delete(event.data.requestId);
				this.#timeOldest();
			}
		};
		worker.onerror = (event) => {
			const error = new Error(event.message || this.#crashMessage);
			for (const { pending } of this.#pending.values()) pending.reject(error);
			this.#pending.clear();
			this.#timeOldest();
			worker.terminate();
			this.#worker = undefined;
		};
		this.#worker = worker;
		return worker;
	}

	/**
	 * Posts the message that `message(requestId)` builds and waits for its replies. Buffers in
	 * `transfer` are moved, not copied (a copy of 2 MB took 30–50 ms of the page's time); such a
	 * request is rejected, not sent again, if the worker is replaced before it answers.
	 */
	send(
		pending: Pending,
		message: (requestId: number) => unknown,
		limits: RequestLimits = {},
		transfer: Transferable[] = []
	): void {
		const { signal } = limits;
		if (signal?.aborted) return pending.reject(new Error(String(signal.reason)));
		const worker = this.#ensureWorker();
		const requestId = this.#nextId++;
		const built = message(requestId);
		this.#pending.set(requestId, {
			pending,
			message: built,
			limits,
			transferred: transfer.length > 0
		});
		signal?.addEventListener('abort', () => this.#end(requestId, String(signal.reason)), {
			once: true
		});
		worker.postMessage(built, transfer);
		this.#timeOldest();
	}

	/** Starts the budget of the request the worker is on, once it is at the head of the queue. */
	#timeOldest() {
		const oldest = this.#pending.keys().next();
		const requestId = oldest.done ? null : oldest.value;
		if (this.#timed?.requestId === requestId) return;
		if (this.#timed) clearTimeout(this.#timed.timer);
		this.#timed = null;
		const limits = requestId === null ? undefined : this.#pending.get(requestId)?.limits;
		if (requestId === null || limits?.budgetMs === undefined) return;
		const timer = setTimeout(
			() => this.#end(requestId, limits.overBudget ?? 'The worker took too long.'),
			limits.budgetMs
		);
		this.#timed = { requestId, timer };
	}

	/** Rejects one request; if the worker had it (started or queued), a new worker takes the rest. */
	#end(requestId: number, reason: string) {
		const ended = this.#pending.get(requestId);
		if (!ended) return;
		this.#pending.delete(requestId);
		ended.pending.reject(new Error(reason));
		this.#worker?.terminate();
		this.#worker = undefined;
		if (this.#timed) clearTimeout(this.#timed.timer);
		this.#timed = null;
		for (const [id, queued] of this.#pending) {
			if (!queued.transferred) continue;
			this.#pending.delete(id);
			queued.pending.reject(new Error(reason));
		}
		if (this.#pending.size) {
			const worker = this.#ensureWorker();
			for (const { message } of this.#pending.values()) worker.postMessage(message);
		}
		this.#timeOldest();
	}

	/** Stops the worker, if running; waiting requests are rejected with `reason`. */
	terminate(reason: string): void {
		for (const { pending } of this.#pending.values()) pending.reject(new Error(reason));
		this.#pending.clear();
		this.#timeOldest();
		this.#worker?.terminate();
		this.#worker = undefined;
	}
}
