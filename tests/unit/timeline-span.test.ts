import { describe, expect, it } from 'vitest';
import { timelineSpan } from '../../src/lib/events/timelineSpan';
import type { MapEvent } from '../../src/lib/events/eventTable';

/** A map event over days [start, end], from a period's length when `fromDuration`. */
function event(start: number, end: number, fromDuration = false) {
	const base: MapEvent = {
		key: `${start}-${end}`,
		lon: 0,
		lat: 0,
		start,
		end,
		precision: 'day',
		kind: 'political',
		scope: 'country',
		origin: 'article'
	};
	return fromDuration ? { ...base, event: { fromDuration: true as const } } : base;
}

/** [case, events, expected span or null]. */
const CASES: [string, ReturnType<typeof event>[], { start: number; end: number } | null][] = [
	['no event has no span', [], null],
	[
		'dated events span from the first start to the last end',
		[event(10, 12), event(30, 40)],
		{ start: 10, end: 40 }
	],
	[
		'a reign dated from its length does not widen the span',
		[event(-9000, 500, true), event(400, 410), event(450, 460)],
		{ start: 400, end: 460 }
	],
	[
		'periods dated from their length count when they are all there is',
		[event(-9000, 500, true), event(0, 20, true)],
		{ start: -9000, end: 500 }
	],
	[
		'an imported event has no extracted event and counts',
		[{ ...event(5, 6), origin: 'imported' as const }, event(-100, 50, true)],
		{ start: 5, end: 6 }
	]
];

describe('timelineSpan(events) ignores periods dated only from their length', () => {
	it.each(CASES)('%s', (_, events, span) => {
		expect(timelineSpan(events)).toEqual(span);
	});
});
