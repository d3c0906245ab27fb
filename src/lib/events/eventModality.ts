import type { EventModality } from '$lib/extract';

/**
 * Whether an event is left off the map and out of the timeline's counts by default: the text
 * says it did not happen, or only that it might. It stays marked in the text. Planned events
 * are drawn.
 */
export function isOffTheMap(event: { modality?: EventModality }): boolean {
	return event.modality === 'negated' || event.modality === 'hypothetical';
}

/**
 * What the event card says about an event's modality, in words, or null for an event told as
 * having happened.
 *
 * @example modalityNote('negated') // 'Not on the map: the text says this did not happen'
 */
export function modalityNote(modality: EventModality | undefined): string | null {
	if (modality === 'negated') return 'Not on the map: the text says this did not happen';
	if (modality === 'hypothetical')
		return 'Not on the map: the text says only that this might happen';
	if (modality === 'planned') return 'Planned';
	return null;
}
