/// <reference lib="webworker" />
import { packedBuffers } from './packedEvents';
import { parseProject } from './projectFile';
import type { ProjectFileReply, ProjectFileRequest } from './projectFileReader';

const reply = (message: ProjectFileReply, transfer: Transferable[] = []) =>
	postMessage(message, transfer);

onmessage = async (event: MessageEvent<ProjectFileRequest>) => {
	const { requestId, file } = event.data;
	try {
		const project = parseProject(await file.text());
		reply(
			{ requestId, project },
			project.layers.flatMap((layer) => packedBuffers(layer.events))
		);
	} catch (error) {
		reply({ requestId, problem: error instanceof Error ? error.message : String(error) });
	}
};
