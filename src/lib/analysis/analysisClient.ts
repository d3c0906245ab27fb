import type {
	AnalysisOperation,
	AnalysisOperations,
	AnalysisRequest,
	AnalysisResponse
} from './analysisProtocol';

type Pending = { resolve: (result: unknown) => void; reject: (error: Error) => void };

/**
 * Sends analysis computations to one shared Web Worker, started on first use, so the page
 * neither blocks on Turf nor downloads it before a layer is switched on.
 */
export class AnalysisClient {
	#worker: Worker | undefined;
	#pending = new Map<number, Pending>();
	#nextId = 1;

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
			const message = event.data;
			const pending = this.#pending.get(message.requestId);
			if (!pending) return;
			this.#pending.delete(message.requestId);
			if (message.ok) pending.resolve(message.result);
			else pending.reject(new Error(message.message));
		};
		worker.onerror = (event) => {
			const error = new Error(event.message || 'The analysis worker stopped.');
			for (const pending of this.#pending.values()) pending.reject(error);
			this.#pending.clear();
			worker.terminate();
			this.#worker = undefined;
		};
		this.#worker = worker;
		return worker;
	}

	run<K extends AnalysisOperation>(
		op: K,
		input: AnalysisOperations[K]['input']
	): Promise<AnalysisOperations[K]['result']> {
		const worker = this.#ensureWorker();
		const requestId = this.#nextId++;
		return new Promise((resolve, reject) => {
			this.#pending.set(requestId, {
				resolve: resolve as (result: unknown) => void,
				reject
			});
			worker.postMessage({ requestId, op, input } satisfies AnalysisRequest<K>);
		});
	}
}
