import type { ArticleInput, Extraction } from '$lib/extract';
import type { ExtractRequest, ExtractResponse } from './extractProtocol';

type Pending = {
	resolve: (result: Extraction) => void;
	reject: (error: Error) => void;
	onProgress?: (fraction: number) => void;
};

/** Runs the extraction pipeline in one shared Web Worker so the page never blocks on it. */
export class ExtractClient {
	#worker: Worker | undefined;
	#pending = new Map<number, Pending>();
	#nextId = 1;

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<ExtractResponse>) => this.#receive(event.data);
		worker.onerror = (event) =>
			this.#failAll(new Error(event.message || 'The extraction worker crashed.'));
		this.#worker = worker;
		return worker;
	}

	#receive(message: ExtractResponse) {
		const pending = this.#pending.get(message.requestId);
		if (!pending) return;
		if (message.type === 'progress') return pending.onProgress?.(message.fraction);
		this.#pending.delete(message.requestId);
		if (message.type === 'done') pending.resolve(message.result);
		else pending.reject(new Error(message.message));
	}

	#failAll(error: Error) {
		for (const pending of this.#pending.values()) pending.reject(error);
		this.#pending.clear();
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	extract(input: ArticleInput, onProgress?: (fraction: number) => void): Promise<Extraction> {
		const worker = this.#ensureWorker();
		const requestId = this.#nextId++;
		return new Promise((resolve, reject) => {
			this.#pending.set(requestId, { resolve, reject, onProgress });
			worker.postMessage({ requestId, input } satisfies ExtractRequest);
		});
	}
}
