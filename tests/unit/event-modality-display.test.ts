import { describe, expect, it } from 'vitest';
import { isOffTheMap, modalityNote } from '../../src/lib/events/eventModality';
import type { EventModality } from '../../src/lib/extract/types';

/** [modality, left off the map, what the card says]. */
const CASES: [EventModality | undefined, boolean, string | null][] = [
	[undefined, false, null],
	['negated', true, 'Not on the map: the text says this did not happen'],
	['hypothetical', true, 'Not on the map: the text says only that this might happen'],
	['planned', false, 'Planned']
];

describe('negated and hypothetical events stay off the map, planned ones are drawn', () => {
	it.each(CASES)('%s', (modality, off, note) => {
		expect(isOffTheMap({ modality })).toBe(off);
		expect(modalityNote(modality)).toBe(note);
	});
});
