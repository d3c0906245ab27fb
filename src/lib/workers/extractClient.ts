import type { ArticleInput, ExtractedEvent, Extraction, Span, Toponym } from '$lib/extract';
import type { EventDraft } from '$lib/extract/draftEvent';
import type { PlaceMatch } from '$lib/extract/gazetteerSearch';
import { placeRun, type ExtractResponse, type ExtractTask } from './extractProtocol';
import { WorkerRequests, type RequestLimits } from './workerRequests';

/**
 * Longest the worker may spend reading one article. Extraction is linear in the text (a 5 MB
 * text takes seconds), so only a pathological text reaches it; it is then stopped, said to be
 * too hard to read, and the articles queued behind it are read.
 */
export const extractionBudgetMs = 60_000;

interface Pending {
	reject: (error: Error) => void;
	resolve: (
		reply: Extract<ExtractResponse, { type: 'ready' | 'digest' | 'done' | 'places' | 'draft' }>
	) => void;
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
				// At their offsets: a request sent again to a new worker gets the same rows again.
				if (pending.rows) placeRun<unknown>(pending.rows[reply.of], reply.offset, reply.rows);
				return 'waiting';
			}
			if (reply.type === 'error') pending.reject(new Error(reply.message));
			else pending.resolve(reply);
			return 'settled';
		},
		'The extraction worker crashed.'
	);

	#request(
		message: ExtractTask,
		waiting: Pick<Pending, 'onProgress' | 'rows'> = {},
		limits?: RequestLimits
	): Promise<Extract<ExtractResponse, { type: 'ready' | 'digest' | 'done' | 'places' | 'draft' }>> {
		return new Promise((resolve, reject) =>
			this.#requests.send(
				{ resolve, reject, ...waiting },
				(requestId) => ({ ...message, requestId }),
				limits
			)
		);
	}

	/**
	 * Loads the gazetteer ahead of the first article, while the user is still writing or pasting
	 * it; rejects as an extraction would when it cannot be loaded (the next request tries again).
	 */
	async prepare(): Promise<void> {
		const reply = await this.#request({ type: 'prepare' });
		if (reply.type !== 'ready') throw new Error('The extraction worker replied out of turn.');
	}

	/** The input's digest (inputDigest), computed in the worker, off the page's thread. */
	async digest(input: ArticleInput): Promise<string> {
		const reply = await this.#request({ type: 'digest', input });
		if (reply.type !== 'digest') throw new Error('The extraction worker replied out of turn.');
		return reply.digest;
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
		const reply = await this.#request(
			{ type: 'extract', input },
			{ onProgress, rows },
			{
				signal,
				budgetMs: extractionBudgetMs,
				overBudget: `This article is too hard to read: it was stopped after ${extractionBudgetMs / 1000} s. Split it into shorter texts, or remove it.`
			}
		);
		if (reply.type !== 'done') throw new Error('The extraction worker replied out of turn.');
		rows.toponyms.length = reply.toponymCount;
		rows.events.length = reply.eventCount;
		const extraction = { ...reply.rest, ...rows };
		return { extraction, serialized: reply.serialized, digest: reply.digest };
	}

	/** Gazetteer places matching a name as typed, best first. */
	async searchPlaces(query: string): Promise<PlaceMatch[]> {
		const reply = await this.#request({ type: 'searchPlaces', query });
		if (reply.type !== 'places') throw new Error('The extraction worker replied out of turn.');
		return reply.places;
	}

	/** The event the pipeline would make around a date the reader selected in an article. */
	async draftEvent(extraction: Extraction, span: Span): Promise<EventDraft> {
		const reply = await this.#request({ type: 'draftEvent', extraction, span });
		if (reply.type !== 'draft') throw new Error('The extraction worker replied out of turn.');
		return reply.draft;
	}
}
