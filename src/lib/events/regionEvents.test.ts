import { describe, expect, it } from 'vitest';
import { regionFixtureEvents as events } from '../../../tests/unit/region-fixture';
import { eventCountText, eventsInWindow, groupByRegion } from './regionEvents';

const placeNames = (list: { place: { name: string } | null }[]) => list.map((e) => e.place?.name);

describe('groupByRegion', () => {
	it('groups events placed only at a country by its outline and at a region by its point', () => {
		const { groups } = groupByRegion(events());
		expect(groups.map(({ key, name, outlineIso2 }) => ({ key, name, outlineIso2 }))).toEqual([
			{ key: 'country:BY', name: 'Belarus', outlineIso2: 'BY' },
			{ key: expect.stringMatching(/^region:Crimea@/), name: 'Crimea', outlineIso2: null },
			{ key: 'country:UA', name: 'Ukraine', outlineIso2: 'UA' }
		]);
		expect(groups[0].events.map((event) => event.event.label)).toEqual([
			'In March 2021, Belarus expelled two foreign diplomats.',
			'In May 2021, Belarus closed its airspace to foreign carriers.'
		]);
		const crimea = groups[1];
		expect(crimea.position).toEqual([crimea.events[0].lon, crimea.events[0].lat]);
	});

	it('keeps events at a point or on water as points', () => {
		const { pointEvents, groups } = groupByRegion(events());
		expect(placeNames(pointEvents)).toEqual(['Minsk', 'Black Sea']);
		expect(pointEvents.length + groups.flatMap((group) => group.events).length).toBe(
			events().length
		);
	});

	it('leaves out events that have no place', () => {
		const unplaced = events().map((event) => ({ ...event, located: false }));
		expect(groupByRegion(unplaced).groups).toEqual([]);
	});
});

describe('eventsInWindow', () => {
	it('keeps the events of a group that overlap the window, and all of them for null', () => {
		const [belarus] = groupByRegion(events()).groups;
		const [march, may] = belarus.events;
		expect(eventsInWindow(belarus, null)).toHaveLength(2);
		expect(eventsInWindow(belarus, { start: march.end, end: may.start - 1 })).toEqual([march]);
		expect(eventsInWindow(belarus, { start: may.end + 1, end: may.end + 90 })).toEqual([]);
	});
});

describe('eventCountText', () => {
	it('says the count with the right number', () => {
		expect([0, 1, 12].map(eventCountText)).toEqual(['0 events', '1 event', '12 events']);
	});
});
