/// <reference lib="webworker" />
import { extractArticle, openGazetteer, type Gazetteer } from '$lib/extract';
import { draftEvent } from '$lib/extract/draftEvent';
import { searchGazetteer } from '$lib/extract/gazetteerSearch';
import { inputDigest } from '$lib/extract/inputDigest';
import gazetteerUrl from '$geodata/build/gazetteer.bin?url';
import { runsOf, type ExtractRequest, type ExtractResponse } from './extractProtocol';

let gazetteer: Promise<Gazetteer> | undefined;

async function loadGazetteer(): Promise<Gazetteer> {
	const response = await fetch(gazetteerUrl);
	if (!response.ok) throw new Error(`The gazetteer could not be loaded (${response.status}).`);
	return openGazetteer(new Uint8Array(await response.arrayBuffer()));
}

function reply(message: ExtractResponse, transfer: Transferable[] = []) {
	postMessage(message, { transfer });
}

/**
 * Rows of an extraction per message. The page takes each message in a task of its own: a
 * 4.9M-character article's 39,000 toponyms and 9,700 events took 180 ms to receive in one.
 */
const rowsPerMessage = 2_000;

/**
 * Requests are answered one at a time, in order, as WorkerRequests expects (it times the oldest):
 * an extraction's digest is awaited after it, and the next request must not start meanwhile.
 */
let answered = Promise.resolve();
onmessage = (event: MessageEvent<ExtractRequest>) => {
	answered = answered.then(() => answer(event.data));
};

async function answer(request: ExtractRequest) {
	const { requestId } = request;
	try {
		if (request.type === 'digest') {
			reply({ requestId, type: 'digest', digest: await inputDigest(request.input) });
			return;
		}
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
		// Also as JSON bytes, moved rather than copied, for the page's cache of extractions, and
		// under the input's digest, its key: at 5 MB, encoding and hashing took the page's
		// thread a few hundred ms. (Decoding and parsing those bytes took it longer than
		// receiving the result as objects.)
		const serialized = new TextEncoder().encode(JSON.stringify(result)).buffer;
		const digest = await inputDigest(request.input);
		const { toponyms, events, ...rest } = result;
		for (const run of runsOf(toponyms, rowsPerMessage)) {
			reply({ requestId, type: 'rows', of: 'toponyms', ...run });
		}
		for (const run of runsOf(events, rowsPerMessage)) {
			reply({ requestId, type: 'rows', of: 'events', ...run });
		}
		reply({ requestId, type: 'done', rest, serialized, digest }, [serialized]);
	} catch (error) {
		reply({
			requestId,
			type: 'error',
			message: error instanceof Error ? error.message : String(error)
		});
	}
}
