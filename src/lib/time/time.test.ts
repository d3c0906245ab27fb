import { describe, expect, it } from 'vitest';
import { addMonths, dayFromIso, dayOfCalendar, isoFromDay, lastDayFromIso } from './days';
import { monthlyHistogram } from './histogram';
import { countOverlapping, overlaps } from './interval';
import { clampWindow, stepDay, steppedEvent } from './timeWindow';
import { formatAtPrecision, formatDayRange } from './format';

const day = dayFromIso;

describe('days', () => {
	it('reads full ISO dates without a Date, as the days a Date counts', () => {
		for (let d = day('1599-12-25'); d < day('2101-03-01'); d += 13) {
			expect(day(isoFromDay(d))).toBe(d);
		}
		expect(day('0004-02-29')).toBe(new Date(0).setUTCFullYear(4, 1, 29) / 86_400_000);
		expect(day('2022-03')).toBe(day('2022-03-01'));
		expect(() => day('2023-02-29')).toThrow(/not a real date/);
		expect(() => day('2023-1x-02')).toThrow(/not an ISO date/);
	});

	it('carries months and days past their ends over, as a Date does', () => {
		expect(dayOfCalendar({ y: 2022, m: 13, d: 1 })).toBe(day('2023-01-01'));
		expect(dayOfCalendar({ y: 2022, m: 3, d: 0 })).toBe(day('2022-02-28'));
		expect(dayOfCalendar({ y: 2024, m: -1, d: 31 })).toBe(day('2023-12-01'));
	});

	it.each([
		['2022', '2022-01-01', '2022-12-31'],
		['2022-02', '2022-02-01', '2022-02-28'],
		['2024-02', '2024-02-01', '2024-02-29'],
		['2022-03-25', '2022-03-25', '2022-03-25']
	])('%s covers %s to %s', (iso, first, last) => {
		expect(isoFromDay(dayFromIso(iso))).toBe(first);
		expect(isoFromDay(lastDayFromIso(iso))).toBe(last);
	});

	it('rejects what is not a real ISO date', () => {
		expect(() => dayFromIso('2022-02-30')).toThrow(/not a real date/);
		expect(() => dayFromIso('March 2022')).toThrow(/not an ISO date/);
		for (const iso of ['2023-13-01', '2023-00-10', '2023-13', '0000-00-00', '2023-13-45'])
			expect(() => dayFromIso(iso), iso).toThrow(/not a real date/);
	});

	it('reads years before 100 as themselves', () => {
		expect(isoFromDay(dayFromIso('0050-03-01'))).toBe('0050-03-01');
	});

	it('adds months clamping the day of month', () => {
		expect(isoFromDay(addMonths(day('2022-01-31'), 1))).toBe('2022-02-28');
		expect(isoFromDay(addMonths(day('2022-03-15'), -12))).toBe('2021-03-15');
	});
});

describe('intervals at each precision', () => {
	const autumn2022 = { start: day('2022-09-01'), end: day('2022-11-30') };
	const march25 = { start: day('2022-03-25'), end: day('2022-03-25') };
	const year2021 = { start: day('2021'), end: lastDayFromIso('2021') };

	it('a season overlaps a window that touches its last day only', () => {
		expect(overlaps(autumn2022, { start: day('2022-11-30'), end: day('2023-01-10') })).toBe(true);
		expect(overlaps(autumn2022, { start: day('2022-12-01'), end: day('2023-01-10') })).toBe(false);
	});

	it('a day overlaps only windows that contain it', () => {
		expect(overlaps(march25, { start: day('2022-03-01'), end: day('2022-03-25') })).toBe(true);
		expect(overlaps(march25, { start: day('2022-03-26'), end: day('2022-04-25') })).toBe(false);
	});

	it('a year overlaps any window inside it', () => {
		expect(overlaps(year2021, { start: day('2021-06-01'), end: day('2021-06-02') })).toBe(true);
	});

	it('countOverlapping counts the intervals that touch the window', () => {
		const window = { start: day('2022-03-25'), end: day('2022-09-01') };
		expect(countOverlapping([autumn2022, march25, year2021], window)).toBe(2);
		expect(countOverlapping([], window)).toBe(0);
	});
});

describe('monthlyHistogram', () => {
	const range = { start: day('2022-01-01'), end: day('2022-06-30') };

	it('bins events by calendar month and counts spans in every month they overlap', () => {
		const bins = monthlyHistogram(
			[
				{ start: day('2022-03-25'), end: day('2022-03-25') },
				{ start: day('2022-03-01'), end: day('2022-05-31') },
				{ start: day('2021-01-01'), end: day('2021-12-31') }
			],
			range
		);
		expect(bins.map((bin) => bin.count)).toEqual([0, 0, 2, 1, 1, 0]);
		expect(isoFromDay(bins[1].start)).toBe('2022-02-01');
		expect(isoFromDay(bins[1].end)).toBe('2022-03-01');
	});

	it.each([
		['a few years', '2019-11-15', '2023-02-10'],
		['six centuries, past the day table', '1500-01-01', '2100-06-30']
	])('counts as a month-by-month check does, over %s', (_, from, to) => {
		const span = { start: day(from), end: day(to) };
		const length = span.end - span.start;
		const events = Array.from({ length: 300 }, (_, n) => {
			const start = span.start - 40 + ((n * 7919) % (length + 80));
			return { start, end: start + ((n * 104729) % 400) };
		});
		const bins = monthlyHistogram(events, span);
		expect(bins.map((bin) => bin.count)).toEqual(
			bins.map((bin) =>
				countOverlapping(events, {
					start: Math.max(bin.start, span.start),
					end: Math.min(bin.end - 1, span.end)
				})
			)
		);
	});

	it('puts the first and last day of each month in that month', () => {
		const days = ['2022-01-31', '2022-02-01', '2022-02-28', '2022-03-01', '2022-06-30'];
		const bins = monthlyHistogram(
			days.map((iso) => ({ start: day(iso), end: day(iso) })),
			range
		);
		expect(bins.map((bin) => bin.count)).toEqual([1, 2, 1, 0, 0, 1]);
	});

	it('clips events that run past the range', () => {
		const bins = monthlyHistogram([{ start: day('2021-11-01'), end: day('2022-02-10') }], range);
		expect(bins.map((bin) => bin.count)).toEqual([1, 1, 0, 0, 0, 0]);
	});
});

describe('window steps', () => {
	const starts = [day('2020-08-09'), day('2021-02-22'), day('2022-02-24')];

	it('steps to the next and previous event start', () => {
		expect(stepDay(day('2020-08-09'), 'event', 1, starts)).toBe(starts[1]);
		expect(stepDay(day('2022-01-01'), 'event', -1, starts)).toBe(starts[1]);
		expect(stepDay(day('2023-01-01'), 'event', 1, starts)).toBe(day('2023-01-01'));
	});

	it('steps from the selected event, or into the window when none is selected there', () => {
		const events = [
			{ start: day('2019-05-01'), end: day('2019-05-01') },
			{ start: day('2020-08-09'), end: day('2020-08-09') },
			{ start: day('2020-08-09'), end: day('2020-08-10') },
			{ start: day('2021-02-22'), end: day('2021-02-22') },
			{ start: day('2025-06-01'), end: day('2025-12-31') }
		];
		const window = { start: day('2020-08-01'), end: day('2021-03-31') };
		expect(steppedEvent(events, null, window, 1)).toBe(events[1]);
		expect(steppedEvent(events, null, window, -1)).toBe(events[3]);
		// Two events of one day, one after the other.
		expect(steppedEvent(events, events[1], window, 1)).toBe(events[2]);
		expect(steppedEvent(events, events[2], window, -1)).toBe(events[1]);
		// A selection the window has left is no place to step from.
		expect(steppedEvent(events, events[4], window, 1)).toBe(events[1]);
		expect(steppedEvent(events, events[4], { start: 0, end: day('2026-01-01') }, 1)).toBe(
			undefined
		);
	});

	it('steps by month and by year', () => {
		expect(isoFromDay(stepDay(day('2021-01-31'), 'month', 1, starts))).toBe('2021-02-28');
		expect(isoFromDay(stepDay(day('2021-05-10'), 'year', -1, starts))).toBe('2020-05-10');
	});

	it('clamps a window into bounds, keeping its length', () => {
		const bounds = { start: 0, end: 100 };
		expect(clampWindow({ start: 90, end: 120 }, bounds)).toEqual({ start: 70, end: 100 });
		expect(clampWindow({ start: -5, end: 5 }, bounds)).toEqual({ start: 0, end: 10 });
		expect(clampWindow({ start: -5, end: 500 }, bounds)).toEqual(bounds);
	});
});

describe('formatting dates in words', () => {
	it.each([
		['2022-03-25', '2022-03-25', 'day', '25 March 2022'],
		['2022-03-01', '2022-03-31', 'month', 'March 2022'],
		['2022-09-01', '2022-11-30', 'season', 'autumn 2022'],
		['2021-12-01', '2022-02-28', 'season', 'winter 2021–22'],
		['2023-07-01', '2023-09-30', 'quarter', 'Q3 2023'],
		['2023-10-01', '2024-03-31', 'quarter', 'Q4 2023 – Q1 2024'],
		['2021-01-01', '2021-12-31', 'year', '2021'],
		['1994-01-01', '2020-12-31', 'year', '1994–2020'],
		['1980-01-01', '1989-12-31', 'decade', 'the 1980s'],
		['1980-01-01', '1983-12-31', 'decade', 'the early 1980s'],
		['1983-01-01', '1986-12-31', 'decade', 'the mid-1980s'],
		['1987-01-01', '1989-12-31', 'decade', 'the late 1980s'],
		['1990-01-01', '2009-12-31', 'decade', 'the 1990s–2000s'],
		['2020-08-01', '2020-09-30', 'range', 'August 2020 – September 2020'],
		['2024-05-06', '2024-05-12', 'range', '6 May 2024 – 12 May 2024']
	] as const)('%s..%s at %s precision reads “%s”', (start, end, precision, words) => {
		expect(formatAtPrecision(day(start), day(end), precision)).toBe(words);
	});

	it('writes a window as a range of days', () => {
		expect(formatDayRange(day('2020-08-01'), day('2021-03-05'))).toBe(
			'1 August 2020 – 5 March 2021'
		);
	});
});
