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
		project.layers.forEach((layer, n) =>
			layer.events.chunks.forEach((text, index) =>
				reply({ requestId, chunk: { layer: n, index, text } })
			)
		);
		const layers = project.layers.map((layer) => ({
			...layer,
			events: { ...layer.events, chunks: [] }
		}));
		reply(
			{ requestId, project: { ...project, layers } },
			layers.flatMap((layer) => packedBuffers(layer.events))
		);
	} catch (error) {
		reply({ requestId, problem: error instanceof Error ? error.message : String(error) });
	}
};
