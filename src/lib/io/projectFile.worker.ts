/// <reference lib="webworker" />
import { parseProject } from './projectFile';
import type { ProjectFileReply, ProjectFileRequest } from './projectFileReader';

const reply = (message: ProjectFileReply) => postMessage(message);

onmessage = async (event: MessageEvent<ProjectFileRequest>) => {
	const { requestId, file } = event.data;
	try {
		reply({ requestId, project: parseProject(await file.text()) });
	} catch (error) {
		reply({ requestId, problem: error instanceof Error ? error.message : String(error) });
	}
};
