/// <reference lib="webworker" />
import { extractArticle, openGazetteer, type Gazetteer } from '$lib/extract';
import { draftEvent } from '$lib/extract/draftEvent';
import { searchGazetteer } from '$lib/extract/gazetteerSearch';
import gazetteerUrl from '$geodata/build/gazetteer.bin?url';
import type { ExtractRequest, ExtractResponse } from './extractProtocol';

let gazetteer: Promise<Gazetteer> | undefined;

async function loadGazetteer(): Promise<Gazetteer> {
	const response = await fetch(gazetteerUrl);
	if (!response.ok) throw new Error(`The gazetteer could not be loaded (${response.status}).`);
	return openGazetteer(new Uint8Array(await response.arrayBuffer()));
}

function reply(message: ExtractResponse, transfer: Transferable[] = []) {
	postMessage(message, { transfer });
}

onmessage = async (event: MessageEvent<ExtractRequest>) => {
	const request = event.data;
	const { requestId } = request;
	try {
		gazetteer ??= loadGazetteer();
		const loaded = await gazetteer.catch((error) => {
			gazetteer = undefined;
			throw error;
		});
		if (request.type === 'prepare') {
			reply({ requestId, type: 'ready' });
			return;
		}
		if (request.type === 'searchPlaces') {
			reply({ requestId, type: 'places', places: searchGazetteer(loaded, request.query) });
			return;
		}
		if (request.type === 'draftEvent') {
			const draft = draftEvent(request.extraction, request.span, loaded.eventAnchors);
			reply({ requestId, type: 'draft', draft });
			return;
		}
		const result = extractArticle(request.input, loaded, {
			onProgress: (fraction) => reply({ requestId, type: 'progress', fraction })
		});
		// Also as JSON bytes, moved rather than copied: the page keeps them in its cache of
		// extractions without cloning a large result on its own thread.
		const serialized = new TextEncoder().encode(JSON.stringify(result)).buffer;
		reply({ requestId, type: 'done', result, serialized }, [serialized]);
	} catch (error) {
		reply({
			requestId,
			type: 'error',
			message: error instanceof Error ? error.message : String(error)
		});
	}
};
