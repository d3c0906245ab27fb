import type { ArticleInput, ExtractedEvent, Extraction, Span, Toponym } from '$lib/extract';
import type { EventDraft } from '$lib/extract/draftEvent';
import type { PlaceMatch } from '$lib/extract/gazetteerSearch';
import type { ExtractResponse, ExtractTask } from './extractProtocol';
import { WorkerRequests, type RequestLimits } from './workerRequests';

/**
 * Longest the worker may spend reading one article. Extraction is linear in the text (a 5 MB
 * text takes seconds), so only a pathological text reaches it; it is then stopped, said to be
 * too hard to read, and the articles queued behind it are read.
 */
export const extractionBudgetMs = 60_000;

/** The replies that settle a request. */
type Settling = Exclude<ExtractResponse, { type: 'progress' | 'rows' | 'error' }>;

interface Pending {
	reject: (error: Error) => void;
	resolve: (reply: Settling) => void;
	onProgress?: (fraction: number) => void;
	/** An extraction's toponyms and events as they arrive, each run at its offset. */
	rows?: { toponyms: Toponym[]; events: ExtractedEvent[] };
}

/** An article read by the worker: its extraction, the same as UTF-8 JSON, its input's digest. */
export interface ReadArticle {
	extraction: Extraction;
	serialized: ArrayBuffer;
	digest: string;
}

/**
 * Runs the extraction pipeline in one shared Web Worker so the page never blocks on it; the
 * worker holds the gazetteer, so place searches for the reviewer go there too.
 */
export class ExtractClient {
	#requests = new WorkerRequests<Pending, ExtractResponse>(
		() => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' }),
		(reply, pending) => {
			if (reply.type === 'progress') {
				pending.onProgress?.(reply.fraction);
				return 'waiting';
			}
			if (reply.type === 'rows') {
				// At their offset: a request sent again to a new worker gets the same rows again.
				const target = pending.rows?.[reply.of] as unknown[] | undefined;
				target?.splice(reply.offset, reply.rows.length, ...reply.rows);
				return 'waiting';
			}
			if (reply.type === 'error') pending.reject(new Error(reply.message));
			else pending.resolve(reply);
			return 'settled';
		},
		'The extraction worker crashed.'
	);

	/** Sends a task and waits for its answer, the reply of type `answer`. */
	async #ask<Answer extends Settling['type']>(
		message: ExtractTask,
		answer: Answer,
		waiting: Pick<Pending, 'onProgress' | 'rows'> = {},
		limits?: RequestLimits
	): Promise<Extract<Settling, { type: Answer }>> {
		const reply = await new Promise<Settling>((resolve, reject) =>
			this.#requests.send(
				{ resolve, reject, ...waiting },
				(requestId) => ({ ...message, requestId }),
				limits
			)
		);
		if (reply.type !== answer) throw new Error('The extraction worker replied out of turn.');
		return reply as Extract<Settling, { type: Answer }>;
	}

	/**
	 * Loads the gazetteer ahead of the first article, while the user is still writing or pasting
	 * it; rejects as an extraction would when it cannot be loaded (the next request tries again).
	 */
	async prepare(): Promise<void> {
		await this.#ask({ type: 'prepare' }, 'ready');
	}

	/** The input's digest (inputDigest), computed in the worker, off the page's thread. */
	async digest(input: ArticleInput): Promise<string> {
		return (await this.#ask({ type: 'digest', input }, 'digest')).digest;
	}

	/**
	 * Reads an article: its extraction, and for the cache the same as UTF-8 JSON and the input's
	 * digest. `signal` stops it (the article was removed), and so does the time budget.
	 */
	async extract(
		input: ArticleInput,
		onProgress?: (fraction: number) => void,
		signal?: AbortSignal
	): Promise<ReadArticle> {
		const rows = { toponyms: [] as Toponym[], events: [] as ExtractedEvent[] };
		const { rest, serialized, digest } = await this.#ask(
			{ type: 'extract', input },
			'done',
			{ onProgress, rows },
			{
				signal,
				budgetMs: extractionBudgetMs,
				overBudget: `This article is too hard to read: it was stopped after ${extractionBudgetMs / 1000} s. Split it into shorter texts, or remove it.`
			}
		);
		return { extraction: { ...rest, ...rows }, serialized, digest };
	}

	/** Gazetteer places matching a name as typed, best first. */
	async searchPlaces(query: string): Promise<PlaceMatch[]> {
		return (await this.#ask({ type: 'searchPlaces', query }, 'places')).places;
	}

	/** The event the pipeline would make around a date the reader selected in an article. */
	async draftEvent(extraction: Extraction, span: Span): Promise<EventDraft> {
		return (await this.#ask({ type: 'draftEvent', extraction, span }, 'draft')).draft;
	}
}
