import { SvelteMap } from 'svelte/reactivity';
import {
	applyDeckEdit,
	deckHistoryOf,
	emptyDeckHistory,
	lastEditLabel,
	referencedImageIds,
	undoDeckEdit,
	type DeckEdit,
	type DeckHistory
} from './deckHistory';
import { AnnotationSession, type AnnotationKeeper } from './annotationSession.svelte';
import { base64FromBytes, bytesFromBase64 } from './base64';
import { parseDeckRecord, parsePortableDeck, serializeDeck, type PortableDeck } from './deckRecord';
import { mergeDecks } from './deckMerge';
import type { DeckStore } from './deckStore';
import { createSlide, type CapturedView, type Slide, type SnapshotContent } from './slide';

export type SaveState =
	| { status: 'loading' }
	/** Changes are waiting to be written or being written. */
	| { status: 'saving' }
	| { status: 'saved' }
	| { status: 'unsaved'; message: string };

/** A slide's map picture: drawable at once, and as a PNG once encoded for storage. */
export interface SlidePicture {
	drawable: ImageBitmap | OffscreenCanvas;
	png: Blob | null;
}

const saveDelayMs = 250;

/**
 * The deck being edited. The slides in memory are authoritative: a failed save changes only
 * `saveState`, never the slides, and the next edit (or `save()`) tries again.
 */
export class DeckSession {
	history = $state.raw<DeckHistory>(emptyDeckHistory);
	saveState = $state.raw<SaveState>({ status: 'loading' });
	/** Map pictures by image id, kept while the deck or an undo step uses them. */
	pictures = new SvelteMap<string, SlidePicture>();

	slides: readonly Slide[] = $derived(this.history.slides);
	undoLabel: string | null = $derived(lastEditLabel(this.history));

	/** The annotations drawn on the map for the next captures. */
	readonly annotations: AnnotationSession;

	/** True once slides changed in another tab were merged into this deck, until dismissed. */
	changedElsewhere = $state(false);

	#store: DeckStore;
	#saveTimer: ReturnType<typeof setTimeout> | undefined;
	#saving: Promise<void> | null = null;
	#saveAgain = false;
	/** The deck as this tab last read or wrote it: what both tabs' changes are measured from. */
	#synced: readonly Slide[] = [];
	/** Tells this browser's other tabs that the stored deck changed, and hears them say so. */
	#tabs: BroadcastChannel | null;

	constructor(
		store: DeckStore,
		channelName = 'geobrief-deck',
		annotationKeeper: AnnotationKeeper | null = null
	) {
		this.#store = store;
		this.annotations = new AnnotationSession(undefined, annotationKeeper);
		this.#tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
		if (this.#tabs) {
			this.#tabs.onmessage = () => {
				if (this.saveState.status !== 'loading') this.#mergeStored().catch(() => undefined);
			};
		}
	}

	/** Stops listening to other tabs. */
	close() {
		this.#tabs?.close();
		this.#tabs = null;
	}

	dismissChangedElsewhere() {
		this.changedElsewhere = false;
	}

	/**
	 * Reads the stored deck and merges it into this one (see mergeDecks). The undo steps are
	 * dropped when the merge changes the deck: they describe a deck that no longer exists.
	 */
	async #mergeStored(): Promise<void> {
		const loaded = await this.#store.load((id) => this.pictures.has(id));
		const theirs = parseDeckRecord(loaded.record).slides;
		const merged = mergeDecks(this.#synced, this.history.slides, theirs);
		const readable: Slide[] = [];
		for (const slide of merged) {
			const png = loaded.images.get(slide.image.id);
			if (!this.pictures.has(slide.image.id) && png) {
				const drawable = await createImageBitmap(png).catch(() => null);
				if (drawable) this.pictures.set(slide.image.id, { drawable, png });
			}
			if (this.pictures.has(slide.image.id)) readable.push(slide);
		}
		this.#synced = theirs;
		if (JSON.stringify(readable) !== JSON.stringify(this.history.slides)) {
			this.history = deckHistoryOf(readable);
			this.changedElsewhere = true;
		}
	}

	#loading: Promise<string[]> | null = null;

	/**
	 * Reads the stored deck, once however often it is asked; returns problems in words
	 * (unreadable slides are left out).
	 */
	load(): Promise<string[]> {
		return (this.#loading ??= this.#load());
	}

	async #load(): Promise<string[]> {
		let loaded;
		try {
			loaded = await this.#store.load();
		} catch (error) {
			this.saveState = {
				status: 'unsaved',
				message: `The saved deck could not be read: ${messageOf(error)}.`
			};
			return [];
		}
		const { slides, problems } = parseDeckRecord(loaded.record);
		const readable: Slide[] = [];
		for (const slide of slides) {
			const png = loaded.images.get(slide.image.id);
			const drawable = png ? await createImageBitmap(png).catch(() => null) : null;
			if (!png || !drawable) continue;
			this.pictures.set(slide.image.id, { drawable, png });
			readable.push(slide);
		}
		if (readable.length < slides.length) {
			problems.push(`${slides.length - readable.length} saved slide image(s) could not be read`);
		}
		// Slides captured while the stored deck was loading come after the stored ones.
		const capturedMeanwhile = this.history.slides;
		this.#synced = readable;
		this.history = deckHistoryOf([...readable, ...capturedMeanwhile]);
		this.saveState = { status: 'saved' };
		if (capturedMeanwhile.length) this.save();
		return problems;
	}

	/** The deck with its pictures as base64 PNGs, for a project file. */
	async portable(): Promise<PortableDeck> {
		await this.load();
		const slides = this.history.slides;
		const images: Record<string, string> = {};
		for (const slide of slides) {
			const png = await this.#png(slide.image.id);
			images[slide.image.id] = base64FromBytes(new Uint8Array(await png.arrayBuffer()));
		}
		return { record: serializeDeck(slides), images };
	}

	/**
	 * Adds the slides of a portable deck (read from a file) that this deck does not hold yet, as
	 * one undoable step; returns what could not be read, in words.
	 */
	async addPortable(value: unknown, from: string): Promise<string[]> {
		await this.load();
		const { slides, problems } = parsePortableDeck(value);
		const held = this.history.slides.map((slide) => slide.id);
		const added: Slide[] = [];
		for (const { slide, pngBase64 } of slides) {
			if (held.includes(slide.id)) continue;
			try {
				const png = new Blob([bytesFromBase64(pngBase64) as BlobPart], { type: 'image/png' });
				this.pictures.set(slide.image.id, { drawable: await createImageBitmap(png), png });
				added.push(slide);
			} catch {
				problems.push(`the picture of “${slide.title || 'Untitled'}” could not be read`);
			}
		}
		if (added.length) this.edit({ type: 'append', slides: added, from });
		return problems;
	}

	pictureOf(slide: Slide): SlidePicture | undefined {
		return this.pictures.get(slide.image.id);
	}

	/** Adds a slide made from a captured map picture and the app's snapshot content. */
	addSnapshot(content: SnapshotContent, captured: CapturedView & { picture: OffscreenCanvas }) {
		const id = crypto.randomUUID();
		const { picture } = captured;
		this.pictures.set(id, { drawable: picture, png: null });
		const slide = createSlide(
			content,
			captured,
			{ id, width: picture.width, height: picture.height },
			{ id }
		);
		this.edit({ type: 'add', slide });
	}

	edit(edit: DeckEdit) {
		this.history = applyDeckEdit(this.history, edit);
		this.#afterChange();
	}

	duplicate(id: string) {
		this.edit({ type: 'duplicate', id, newId: crypto.randomUUID() });
	}

	undo() {
		this.history = undoDeckEdit(this.history);
		this.#afterChange();
	}

	/** Writes the deck now (after any save in progress); resolves when the state is settled. */
	async save(): Promise<void> {
		clearTimeout(this.#saveTimer);
		if (this.#saving) {
			this.#saveAgain = true;
			return this.#saving;
		}
		this.#saving = this.#write();
		try {
			await this.#saving;
		} finally {
			this.#saving = null;
		}
		if (this.#saveAgain) {
			this.#saveAgain = false;
			await this.save();
		}
	}

	async #write(): Promise<void> {
		this.saveState = { status: 'saving' };
		let slides = this.history.slides;
		try {
			await this.#mergeStored();
			slides = this.history.slides;
			const images: Record<string, Blob> = {};
			for (const slide of slides) images[slide.image.id] = await this.#png(slide.image.id);
			await this.#store.save(serializeDeck(slides), images);
			this.#synced = slides;
			this.#tabs?.postMessage('saved');
			// Edits made while writing keep the state at 'saving' until their own write ends.
			if (this.history.slides === slides) this.saveState = { status: 'saved' };
		} catch (error) {
			const count = slides.length === 1 ? 'The slide stays' : `All ${slides.length} slides stay`;
			this.saveState = {
				status: 'unsaved',
				message: `Not saved: ${messageOf(error)}. ${count} open in this tab; export the deck or delete slides, then save again.`
			};
		}
	}

	async #png(imageId: string): Promise<Blob> {
		const picture = this.pictures.get(imageId);
		if (!picture) throw new Error(`the image of a slide is missing`);
		if (picture.png) return picture.png;
		const drawable = picture.drawable as OffscreenCanvas;
		picture.png = await drawable.convertToBlob({ type: 'image/png' });
		return picture.png;
	}

	#afterChange() {
		const used = referencedImageIds(this.history);
		for (const id of [...this.pictures.keys()]) if (!used.has(id)) this.pictures.delete(id);
		if (this.saveState.status === 'loading') return;
		this.saveState = { status: 'saving' };
		clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(() => this.save(), saveDelayMs);
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
