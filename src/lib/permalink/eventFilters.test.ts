import { describe, expect, it } from 'vitest';
import type { ExplorerEvent } from '$lib/events/explorerEvents';
import type { ExtractedEvent } from '$lib/extract';
import { isFiltering, passesFilters } from './eventFilters';

/** An explorer event of a kind and precision, reviewed with a status if given. */
function eventOf(kind: 'military' | 'diplomatic', precision: 'day' | 'year', status?: 'accepted') {
	const event = { kind, ...(status && { review: { status } }) } as unknown as ExtractedEvent;
	return { event, kind, precision } as ExplorerEvent;
}

describe('event filters', () => {
	it('let every event through when none is set', () => {
		expect(isFiltering({})).toBe(false);
		expect(passesFilters(eventOf('military', 'day'), {})).toBe(true);
	});

	it('let an event through only if it passes every filter that is set', () => {
		const filters = { kinds: ['military' as const], precisions: ['day' as const] };
		expect(isFiltering(filters)).toBe(true);
		expect(passesFilters(eventOf('military', 'day'), filters)).toBe(true);
		expect(passesFilters(eventOf('military', 'year'), filters)).toBe(false);
		expect(passesFilters(eventOf('diplomatic', 'day'), filters)).toBe(false);
	});

	it('read an event no edit touched as automatic', () => {
		const accepted = { reviewStatuses: ['accepted' as const] };
		expect(passesFilters(eventOf('military', 'day', 'accepted'), accepted)).toBe(true);
		expect(passesFilters(eventOf('military', 'day'), accepted)).toBe(false);
		expect(passesFilters(eventOf('military', 'day'), { reviewStatuses: ['automatic'] })).toBe(true);
	});

	it('let no event through an empty list', () => {
		expect(isFiltering({ kinds: [] })).toBe(true);
		expect(passesFilters(eventOf('military', 'day'), { kinds: [] })).toBe(false);
	});
});
