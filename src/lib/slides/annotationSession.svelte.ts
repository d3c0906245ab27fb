import {
	applyAnnotationEdit,
	emptyAnnotationHistory,
	isAnnotation,
	lastAnnotationEditLabel,
	minimumPoints,
	undoAnnotationEdit,
	type Annotation,
	type AnnotationEdit,
	type AnnotationHistory,
	type AnnotationKind,
	type LngLat
} from './annotations';

/** What a click on the map does: pick an annotation, or draw one of a kind. */
export type AnnotationTool = 'select' | AnnotationKind;

/** Where the annotations on the map are kept between visits, so that a reload loses none. */
export interface AnnotationKeeper {
	/** What was kept, unchecked: anything but a finished annotation is left out. */
	load(): unknown;
	save(annotations: readonly Annotation[]): void;
}

/**
 * The annotations drawn on the map for the next slides, the tool in hand, the one being drawn
 * and the one selected. Every change goes through these methods; each finished change is one
 * undo step. A finished annotation is selected and the tool goes back to selecting, as in a
 * slide editor, so that it can at once be moved or deleted.
 */
export class AnnotationSession {
	history = $state.raw<AnnotationHistory>(emptyAnnotationHistory);
	tool = $state<AnnotationTool>('select');
	/** The points of the arrow or area being drawn. */
	draft = $state.raw<LngLat[]>([]);
	/** Where a label goes while its words are being typed. */
	labelAnchor = $state.raw<LngLat | null>(null);
	selectedId = $state<string | null>(null);

	annotations: readonly Annotation[] = $derived(this.history.annotations);
	selected: Annotation | null = $derived(
		this.annotations.find((annotation) => annotation.id === this.selectedId) ?? null
	);
	undoLabel: string | null = $derived(lastAnnotationEditLabel(this.history));
	/** True while an annotation is half drawn: Escape cancels it. */
	drawing: boolean = $derived(this.draft.length > 0 || this.labelAnchor !== null);

	#newId: () => string;
	#keeper: AnnotationKeeper | null;

	constructor(
		newId: () => string = () => crypto.randomUUID(),
		keeper: AnnotationKeeper | null = null
	) {
		this.#newId = newId;
		this.#keeper = keeper;
		const kept = keeper?.load();
		if (Array.isArray(kept)) {
			this.history = { annotations: kept.filter(isAnnotation), undoStack: [] };
		}
	}

	choose(tool: AnnotationTool) {
		this.cancel();
		this.tool = tool;
		if (tool !== 'select') this.selectedId = null;
	}

	/** A point placed on the map with the tool in hand: an arrow ends at its second point. */
	place(point: LngLat) {
		if (this.tool === 'select') return;
		if (this.tool === 'label') {
			this.labelAnchor = point;
			return;
		}
		this.draft = [...this.draft, point];
		if (this.tool === 'arrow' && this.draft.length === minimumPoints.arrow) this.#finish('arrow');
	}

	/** Closes the area being drawn, if it has enough corners; returns whether it did. */
	closeArea(): boolean {
		if (this.tool !== 'area' || this.draft.length < minimumPoints.area) return false;
		this.#finish('area');
		return true;
	}

	/** Gives the waiting label its words; empty words cancel it. */
	writeLabel(text: string) {
		const anchor = this.labelAnchor;
		const words = text.trim();
		if (!anchor || !words) {
			this.cancel();
			return;
		}
		this.draft = [anchor];
		this.#finish('label', words);
	}

	/** Drops the annotation being drawn; the finished ones stay. */
	cancel() {
		this.draft = [];
		this.labelAnchor = null;
	}

	select(id: string | null) {
		this.selectedId = id;
	}

	moveSelected(points: LngLat[]) {
		if (this.selectedId) this.#edit({ type: 'reshape', id: this.selectedId, points });
	}

	retextSelected(text: string) {
		const words = text.trim();
		if (this.selected?.kind === 'label' && words && words !== this.selected.text) {
			this.#edit({ type: 'retext', id: this.selected.id, text: words });
		}
	}

	deleteSelected() {
		if (!this.selectedId) return;
		this.#edit({ type: 'delete', id: this.selectedId });
		this.selectedId = null;
	}

	undo() {
		this.cancel();
		this.#record(undoAnnotationEdit(this.history));
		if (!this.selected) this.selectedId = null;
	}

	#finish(kind: AnnotationKind, text = '') {
		const annotation: Annotation = { id: this.#newId(), kind, points: this.draft, text };
		this.cancel();
		this.#edit({ type: 'add', annotation });
		this.tool = 'select';
		this.selectedId = annotation.id;
	}

	#edit(edit: AnnotationEdit) {
		this.#record(applyAnnotationEdit(this.history, edit));
	}

	#record(history: AnnotationHistory) {
		this.history = history;
		this.#keeper?.save(history.annotations);
	}
}
