// Imported layers in IndexedDB, beside the articles (workspaceStore): fetched once the first
// view is drawn, as most visits have no layer to show.
import type { ImportedLayer } from '$lib/io/importedLayer';
import type { ImportedEvent } from '$lib/io/importResult';
import type { PackedEvents } from '$lib/io/packedEvents';
import { isSafeId } from '$lib/io/safeId';
import { settle } from './indexedDb';
import { ArticleStorageError, removalNotSaved, transactWorkspace } from './workspaceStore';

/** The stored chunks of a layer: keys [layer id, chunk index]. */
const chunksOf = (layerId: string) => IDBKeyRange.bound([layerId, 0], [layerId, Infinity]);

/**
 * A layer's record: its columns, with the JSON text chunks of its events stored one per record
 * in `layerChunks`. Chromium refuses a single value over about 133 MB ("The serialized keys
 * and/or value are too large"), which a layer of a few hundred thousand rows reaches.
 */
type StoredLayer = Omit<ImportedLayer, 'events'> & {
	events: Omit<PackedEvents, 'chunks'> & { chunks: [] };
	chunkCount: number;
};

/** A layer stored before events were packed: as objects, in the record or in chunks of 500. */
type EarlierStoredLayer = Omit<ImportedLayer, 'events'> & {
	events: ImportedEvent[];
	chunkCount?: number;
};

/** Writes a layer in transaction `t`: its record, and its events in chunks replacing any older ones. */
async function writeLayer(t: IDBTransaction, layer: ImportedLayer): Promise<IDBValidKey> {
	const chunks = t.objectStore('layerChunks');
	chunks.delete(chunksOf(layer.id));
	const { chunks: texts, ...columns } = layer.events;
	// One chunk per task, the next put when the last is written.
	for (const [n, text] of texts.entries()) await settle(chunks.put(text, [layer.id, n]));
	const record: StoredLayer = {
		...layer,
		events: { ...columns, chunks: [] },
		chunkCount: texts.length
	};
	return settle(t.objectStore('layers').put(record, layer.id));
}

const layerNotSaved =
	'It is shown but will be gone after a reload; to keep it, export its events or save a project file (Export & project…).';

/** Stores a layer in one transaction. */
export function saveLayer(layer: ImportedLayer): Promise<IDBValidKey> {
	return transactWorkspace(
		['layers', 'layerChunks'],
		'readwrite',
		`the layer “${layer.name}”`,
		layerNotSaved,
		(t) => writeLayer(t, layer)
	);
}

/** Layers loadLayers packed from the rows an earlier version stored. */
const packedFromRows = new WeakSet<ImportedLayer>();

/** Those of `layers` that loadLayers packed from rows. */
export const packedFromRowsOf = (layers: readonly ImportedLayer[]) =>
	layers.filter((layer) => packedFromRows.has(layer));

/**
 * Stores packed `layers` that loadLayers packed from rows, so that each is packed at one visit
 * only: each in a transaction that first checks its record still holds those rows, so that a
 * layer removed or replaced since (in another tab too) is left as it is.
 */
export async function storePackedFromRows(layers: readonly ImportedLayer[]): Promise<void> {
	for (const layer of layers) {
		await transactWorkspace(
			['layers', 'layerChunks'],
			'readwrite',
			`the layer “${layer.name}”`,
			layerNotSaved,
			async (t) => {
				const record = await settle(t.objectStore('layers').get(layer.id));
				if (Array.isArray((record as EarlierStoredLayer | undefined)?.events))
					await writeLayer(t, layer);
			}
		);
	}
}

export function deleteLayer(id: string): Promise<undefined> {
	return transactWorkspace(
		['layers', 'layerChunks'],
		'readwrite',
		`the removal of the layer “${id}”`,
		removalNotSaved,
		(t) => {
			t.objectStore('layerChunks').delete(chunksOf(id));
			return t.objectStore('layers').delete(id);
		}
	);
}

/**
 * Every stored imported layer with its events; records that do not look like layers are
 * skipped. Layers stored before packing are packed as they are read (storePackedFromRows then
 * stores them packed).
 */
export async function loadLayers(): Promise<ImportedLayer[]> {
	const read = await transactWorkspace(
		['layers', 'layerChunks'],
		'readonly',
		'Your imported layers',
		null,
		async (t) => {
			const records = (await settle(t.objectStore('layers').getAll())) as (
				StoredLayer | EarlierStoredLayer
			)[];
			const layers = records.filter(
				(record) => isSafeId(record?.id) && typeof record.events === 'object'
			);
			return Promise.all(
				layers.map(async ({ chunkCount, ...record }) => {
					// One chunk per request, each read in a task of its own: in one request, the 50
					// chunks of a 100,000-row layer took 1.4 s of the page's thread.
					const chunks: unknown[] = [];
					for (let n = 0; n < (chunkCount ?? 0); n++) {
						const chunk = await settle(t.objectStore('layerChunks').get([record.id, n]));
						if (chunk === undefined) break;
						chunks.push(chunk);
					}
					if (chunks.length !== (chunkCount ?? 0))
						throw new ArticleStorageError(
							`The saved layer “${record.name}” is incomplete (${chunks.length} of ${chunkCount} parts).`
						);
					return { record, chunks };
				})
			);
		}
	);
	if (!read.length) return [];
	// Loaded only when there are layers: most visits have none.
	const { isPackedEvents, madeInTasks, packingEvents } = await import('$lib/io/packedEvents');
	const layers: ImportedLayer[] = [];
	for (const { record, chunks } of read) {
		// A layer stored by an earlier version holds rows: packed here once, a chunk per task.
		const events = Array.isArray(record.events)
			? await madeInTasks(packingEvents(record.events.concat(...(chunks as ImportedEvent[][]))))
			: { ...record.events, chunks: chunks as string[] };
		if (!isPackedEvents(events))
			throw new ArticleStorageError(`The saved layer “${record.name}” is damaged.`);
		const layer = { ...record, events };
		if (Array.isArray(record.events)) packedFromRows.add(layer);
		layers.push(layer);
	}
	return layers;
}
