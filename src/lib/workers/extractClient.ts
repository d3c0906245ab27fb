import type { ArticleInput, Extraction } from '$lib/extract';
import type { ExtractRequest, ExtractResponse } from './extractProtocol';
import { WorkerRequests } from './workerRequests';

interface Pending {
	resolve: (result: Extraction) => void;
	reject: (error: Error) => void;
	onProgress?: (fraction: number) => void;
}

/** Runs the extraction pipeline in one shared Web Worker so the page never blocks on it. */
export class ExtractClient {
	#requests = new WorkerRequests<Pending, ExtractResponse>(
		() => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' }),
		(reply, pending) => {
			if (reply.type === 'progress') {
				pending.onProgress?.(reply.fraction);
				return 'waiting';
			}
			if (reply.type === 'done') pending.resolve(reply.result);
			else pending.reject(new Error(reply.message));
			return 'settled';
		},
		'The extraction worker crashed.'
	);

	extract(input: ArticleInput, onProgress?: (fraction: number) => void): Promise<Extraction> {
		return new Promise((resolve, reject) =>
			this.#requests.send(
				{ resolve, reject, onProgress },
				(requestId) => ({ requestId, input }) satisfies ExtractRequest
			)
		);
	}
}
