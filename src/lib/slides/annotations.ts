/** A [longitude, latitude] pair, in degrees. */
export type LngLat = [number, number];

export type AnnotationKind = 'arrow' | 'label' | 'area';

/**
 * A mark the user draws on the map for a slide, in geographic coordinates so that it stays in
 * place as the map moves: an arrow from its tail to its head, a text label at its anchor (the
 * left end of its text's middle line), or an outlined area through its corners.
 */
export interface Annotation {
	id: string;
	kind: AnnotationKind;
	points: LngLat[];
	/** The label's words; empty for arrows and areas. */
	text: string;
}

/** How many points a finished annotation of each kind has, at least. */
export const minimumPoints: Record<AnnotationKind, number> = { arrow: 2, label: 1, area: 3 };

const isLngLat = (value: unknown): value is LngLat =>
	Array.isArray(value) &&
	value.length === 2 &&
	Number.isFinite(value[0]) &&
	Number.isFinite(value[1]) &&
	Math.abs(value[1]) <= 90;

/** Whether a value read back from storage is a finished annotation. */
export function isAnnotation(value: unknown): value is Annotation {
	if (typeof value !== 'object' || value === null) return false;
	const { id, kind, points, text } = value as Record<string, unknown>;
	return (
		typeof id === 'string' &&
		typeof text === 'string' &&
		(kind === 'arrow' || kind === 'label' || kind === 'area') &&
		Array.isArray(points) &&
		points.length >= minimumPoints[kind] &&
		points.every(isLngLat)
	);
}

/** An edit of the annotations. Every edit can be undone. */
export type AnnotationEdit =
	| { type: 'add'; annotation: Annotation }
	| { type: 'reshape'; id: string; points: LngLat[] }
	| { type: 'retext'; id: string; text: string }
	| { type: 'delete'; id: string };

interface UndoEntry {
	/** What undoing restores, in words: “Deleted an arrow”. */
	label: string;
	annotations: readonly Annotation[];
}

/** The annotations in drawing order and how they were before each edit, newest last. */
export interface AnnotationHistory {
	annotations: readonly Annotation[];
	undoStack: readonly UndoEntry[];
}

export const emptyAnnotationHistory: AnnotationHistory = { annotations: [], undoStack: [] };

/** Undo steps kept; older ones are dropped. */
export const maxAnnotationUndoSteps = 50;

const kindNames: Record<AnnotationKind, string> = {
	arrow: 'an arrow',
	label: 'a label',
	area: 'an area'
};

function find(annotations: readonly Annotation[], id: string): Annotation {
	const found = annotations.find((annotation) => annotation.id === id);
	if (!found) throw new Error(`There is no annotation “${id}”.`);
	return found;
}

function checked(annotation: Annotation): Annotation {
	if (annotation.points.length < minimumPoints[annotation.kind]) {
		throw new RangeError(
			`${kindNames[annotation.kind]} needs at least ${minimumPoints[annotation.kind]} point(s)`
		);
	}
	return annotation;
}

function annotationsAfter(annotations: readonly Annotation[], edit: AnnotationEdit): Annotation[] {
	if (edit.type === 'add') return [...annotations, checked(edit.annotation)];
	const target = find(annotations, edit.id);
	if (edit.type === 'delete') return annotations.filter((annotation) => annotation !== target);
	const changed = checked(
		edit.type === 'reshape' ? { ...target, points: edit.points } : { ...target, text: edit.text }
	);
	return annotations.map((annotation) => (annotation === target ? changed : annotation));
}

function labelOf(annotations: readonly Annotation[], edit: AnnotationEdit): string {
	const name =
		edit.type === 'add'
			? kindNames[edit.annotation.kind]
			: kindNames[find(annotations, edit.id).kind];
	const verb = { add: 'Added', reshape: 'Moved', retext: 'Edited', delete: 'Deleted' }[edit.type];
	return `${verb} ${name}`;
}

/**
 * Applies an edit and records how to undo it. Throws when the edit names an annotation that is
 * not there, or leaves one with fewer points than its kind needs.
 *
 * @example applyAnnotationEdit(history, { type: 'delete', id: 'a1' })
 */
export function applyAnnotationEdit(
	history: AnnotationHistory,
	edit: AnnotationEdit
): AnnotationHistory {
	const annotations = annotationsAfter(history.annotations, edit);
	const entry = { label: labelOf(history.annotations, edit), annotations: history.annotations };
	return {
		annotations,
		undoStack: [...history.undoStack, entry].slice(-maxAnnotationUndoSteps)
	};
}

/** The label of the edit `undoAnnotationEdit` would undo, or null when there is none. */
export function lastAnnotationEditLabel(history: AnnotationHistory): string | null {
	return history.undoStack.at(-1)?.label ?? null;
}

/** The annotations as they were before the last edit; a no-op when nothing can be undone. */
export function undoAnnotationEdit(history: AnnotationHistory): AnnotationHistory {
	const last = history.undoStack.at(-1);
	if (!last) return history;
	return { annotations: last.annotations, undoStack: history.undoStack.slice(0, -1) };
}
