import { WorkerRequests } from '$lib/workers/workerRequests';
import type { Project } from './projectFile';

export interface ProjectFileRequest {
	requestId: number;
	/** Read and parsed in the worker: a project file can be hundreds of megabytes. */
	file: File;
}

export type ProjectFileReply =
	{ requestId: number; project: Project } | { requestId: number; problem: string };

interface Pending {
	resolve: (project: Project) => void;
	reject: (error: Error) => void;
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
			if ('project' in reply) pending.resolve(reply.project);
			else pending.reject(new Error(reply.problem));
			return 'settled';
		},
		'The project file could not be read (its reader stopped).'
	);
	return new Promise((resolve, reject) =>
		requests!.send(
			{ resolve, reject },
			(requestId) => ({ requestId, file }) satisfies ProjectFileRequest
		)
	);
}
