import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkerRequests, type PendingRequest } from './workerRequests';

interface Reply {
	requestId: number;
	type: 'done';
}

/** A stand-in for a Web Worker: it records what it is sent and answers when told to. */
class FakeWorker {
	posted: { requestId: number; task: string }[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	postMessage(message: { requestId: number; task: string }) {
		this.posted.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	/** Answers the oldest task posted, as a worker that finished it would. */
	finishOldest() {
		const task = this.posted.shift()!;
		this.onmessage?.({ data: { requestId: task.requestId, type: 'done' } } as MessageEvent<Reply>);
	}
}

describe('WorkerRequests', () => {
	let workers: FakeWorker[];
	let requests: WorkerRequests<PendingRequest & { resolve: () => void }, Reply>;
	const outcomes: Record<string, string> = {};
	const send = (task: string, limits = {}, transfer: Transferable[] = []) =>
		requests.send(
			{ resolve: () => (outcomes[task] = 'done'), reject: (e) => (outcomes[task] = e.message) },
			(requestId) => ({ requestId, task }),
			limits,
			transfer
		);
	const worker = () => workers.at(-1)!;

	beforeEach(() => {
		vi.useFakeTimers();
		workers = [];
		for (const key of Object.keys(outcomes)) delete outcomes[key];
		requests = new WorkerRequests(
			() => {
				workers.push(new FakeWorker());
				return worker() as unknown as Worker;
			},
			(_, pending) => {
				pending.resolve();
				return 'settled';
			},
			'crashed'
		);
	});
	afterEach(() => vi.useRealTimers());

	it('stops a task over its budget, and the tasks queued behind it go to a new worker', () => {
		send('stuck', { budgetMs: 1000, overBudget: 'too hard' });
		send('next', { budgetMs: 1000 });
		send('search');
		vi.advanceTimersByTime(999);
		expect(outcomes).toEqual({});
		vi.advanceTimersByTime(1);
		expect(outcomes).toEqual({ stuck: 'too hard' });
		expect(workers).toHaveLength(2);
		expect(workers[0].terminated).toBe(true);
		expect(worker().posted.map((m) => m.task)).toEqual(['next', 'search']);
		vi.advanceTimersByTime(500);
		worker().finishOldest();
		worker().finishOldest();
		expect(outcomes).toEqual({ stuck: 'too hard', next: 'done', search: 'done' });
	});

	it('rejects, not sends again, a queued task whose buffers went to the worker that was stopped', () => {
		send('stuck', { budgetMs: 1000, overBudget: 'too hard' });
		send('moved', {}, [new ArrayBuffer(8)]);
		send('copied');
		vi.advanceTimersByTime(1000);
		expect(outcomes).toEqual({ stuck: 'too hard', moved: 'too hard' });
		expect(worker().posted.map((m) => m.task)).toEqual(['copied']);
	});

	it('starts a task’s budget only when the tasks before it are done', () => {
		send('first');
		send('second', { budgetMs: 1000, overBudget: 'too hard' });
		vi.advanceTimersByTime(5000);
		expect(outcomes).toEqual({});
		worker().finishOldest();
		vi.advanceTimersByTime(999);
		expect(outcomes).toEqual({ first: 'done' });
		vi.advanceTimersByTime(1);
		expect(outcomes.second).toBe('too hard');
	});

	it('stops an aborted task (its article was removed) and keeps the others', () => {
		const removal = new AbortController();
		send('removed', { signal: removal.signal });
		send('kept');
		removal.abort('The article was removed.');
		expect(outcomes).toEqual({ removed: 'The article was removed.' });
		expect(worker().posted.map((m) => m.task)).toEqual(['kept']);
		worker().finishOldest();
		expect(outcomes.kept).toBe('done');
	});
});
