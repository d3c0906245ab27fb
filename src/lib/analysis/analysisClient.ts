import type {
	AnalysisOperation,
	AnalysisOperations,
	AnalysisRequest,
	AnalysisResponse
} from './analysisProtocol';

import { WorkerRequests } from '$lib/workers/workerRequests';

interface Pending {
	resolve: (result: unknown) => void;
	reject: (error: Error) => void;
}

/**
 * Sends analysis computations to one shared Web Worker, started on first use, so the page
 * neither blocks on Turf nor downloads it before a layer is switched on.
 */
export class AnalysisClient {
	#requests = new WorkerRequests<Pending, AnalysisResponse>(
		() => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
		(reply, pending) => {
			if (reply.ok) pending.resolve(reply.result);
			else pending.reject(new Error(reply.message));
			return 'settled';
		},
		'The analysis worker stopped.'
	);

	run<K extends AnalysisOperation>(
		op: K,
		input: AnalysisOperations[K]['input']
	): Promise<AnalysisOperations[K]['result']> {
		return new Promise((resolve, reject) =>
			this.#requests.send(
				{ resolve: resolve as (result: unknown) => void, reject },
				(requestId) => ({ requestId, op, input }) satisfies AnalysisRequest<K>
			)
		);
	}
}
