import type { DeckRecord } from './deckRecord';

/** Where a deck is kept between visits: the record of slides, and one PNG per image id. */
export interface DeckStore {
	/**
	 * The stored record (unparsed: the caller validates it) and the stored images, but for
	 * those the caller already `holds`.
	 */
	load(
		holds?: (imageId: string) => boolean
	): Promise<{ record: unknown; images: Map<string, Blob> }>;
	/**
	 * Replaces the stored deck in one transaction: either all of it is written or none, so a
	 * failed save leaves the previous deck intact. `images` must hold every image the record uses
	 * that is not stored yet; stored images the record no longer uses are deleted.
	 */
	save(record: DeckRecord, images: Readonly<Record<string, Blob>>): Promise<void>;
}

/** A save or load that failed; its message says why in words and is shown as is. */
export class DeckStorageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DeckStorageError';
	}
}
