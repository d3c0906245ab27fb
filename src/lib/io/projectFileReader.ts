import { WorkerRequests } from '$lib/workers/workerRequests';
import type { Project } from './projectFile';

export interface ProjectFileRequest {
	requestId: number;
	/** Read and parsed in the worker: a project file can be hundreds of megabytes. */
	file: File;
}

/**
 * The project's layers come without their events' text, which comes before, a chunk per message:
 * the page takes each message in a task of its own (50 chunks of a 100,000-row layer, 76 MB,
 * would take it hundreds of ms in one).
 */
export type ProjectFileReply =
	| { requestId: number; chunk: { layer: number; index: number; text: string } }
	| { requestId: number; project: Project }
	| { requestId: number; problem: string };

interface Pending {
	resolve: (project: Project) => void;
	reject: (error: Error) => void;
	/** The text chunks received, by layer. */
	chunks: string[][];
}

let requests: WorkerRequests<Pending, ProjectFileReply> | null = null;

/**
 * Reads and checks a project file in a Web Worker, so that a large one does not stop the page.
 * Rejects with the reason in words when the file is not a project geobrief can open.
 */
export function readProjectFile(file: File): Promise<Project> {
	requests ??= new WorkerRequests<Pending, ProjectFileReply>(
		() => new Worker(new URL('./projectFile.worker.ts', import.meta.url), { type: 'module' }),
		(reply, pending) => {
			if ('chunk' in reply) {
				const { layer, index, text } = reply.chunk;
				(pending.chunks[layer] ??= [])[index] = text;
				return 'waiting';
			}
			if ('project' in reply) pending.resolve(withChunks(reply.project, pending.chunks));
			else pending.reject(new Error(reply.problem));
			return 'settled';
		},
		'The project file could not be read (its reader stopped).'
	);
	return new Promise((resolve, reject) =>
		requests!.send(
			{ resolve, reject, chunks: [] },
			(requestId) => ({ requestId, file }) satisfies ProjectFileRequest
		)
	);
}

function withChunks(project: Project, chunks: string[][]): Project {
	const layers = project.layers.map((layer, n) => ({
		...layer,
		events: { ...layer.events, chunks: chunks[n] ?? [] }
	}));
	return { ...project, layers };
}
