import { describe, expect, it } from 'vitest';
import { dayFromIso } from './days';
import { movedWindow, timelineLanes, timelineScale, yearTicks } from './timelineLayout';

const bounds = { start: dayFromIso('2014-01-01'), end: dayFromIso('2023-12-31') };

describe('timelineLayout', () => {
	it('timelineScale maps the bounds onto the padded width and back', () => {
		const scale = timelineScale(bounds, 1000, 10);
		expect(scale.x(bounds.start)).toBe(10);
		expect(scale.x(bounds.end)).toBe(990);
		expect(scale.day(scale.x(dayFromIso('2020-06-15')))).toBe(dayFromIso('2020-06-15'));
	});

	it('yearTicks marks each new year, thinned on a narrow timeline', () => {
		expect(yearTicks(bounds, 1000).map((tick) => tick.year)).toEqual([
			2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023
		]);
		expect(yearTicks(bounds, 1000)[0].day).toBe(dayFromIso('2015-01-01'));
		expect(yearTicks(bounds, 300).map((tick) => tick.year)).toEqual([2015, 2018, 2021]);
	});

	it('timelineLanes puts overlapping spans in separate lanes, at most maxLanes', () => {
		const scale = timelineScale({ start: 0, end: 100 }, 120, 10);
		const spans = [
			{ start: 0, end: 50 },
			{ start: 10, end: 20 },
			{ start: 15, end: 30 },
			{ start: 60, end: 70 }
		];
		expect(timelineLanes(spans, scale, 2).map((mark) => mark.lane)).toEqual([0, 1, 1, 0]);
		expect(timelineLanes([{ start: 5, end: 4 }], scale, 2)[0].x2).toBe(17);
	});

	it('movedWindow keeps edges from crossing and a moved window its length', () => {
		const window = { start: 10, end: 20 };
		expect(movedWindow('start', 25, window)).toEqual({ start: 20, end: 20 });
		expect(movedWindow('end', 5, window)).toEqual({ start: 10, end: 10 });
		expect(movedWindow('whole', 40, window)).toEqual({ start: 40, end: 50 });
	});
});
