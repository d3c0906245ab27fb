import { describe, expect, it } from 'vitest';
import { addCalendarMonths, daysInMonth, isIsoDay, MONTHS, monthNames } from './calendar';
import { addMonths, calendarOfDay, dayFromIso, dayOfCalendar, isoFromDay } from './days';
import { formatDay } from './format';

describe('the calendar', () => {
	it('matches month names and abbreviations, full names first and "Sept" before "Sep"', () => {
		expect(MONTHS.source).toBe(
			'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec'
		);
		expect(MONTHS.index('Sept.')).toBe(9);
		expect(MONTHS.index('march')).toBe(3);
		expect(MONTHS.index('Mayday')).toBeNull();
		expect(monthNames[11]).toBe('December');
	});

	it('isIsoDay accepts a real YYYY-MM-DD day only', () => {
		expect(isIsoDay('2024-02-29')).toBe(true);
		expect(isIsoDay('2023-02-29')).toBe(false);
		expect(isIsoDay('2023-2-28')).toBe(false);
		expect(isIsoDay('2023-02')).toBe(false);
		expect(isIsoDay(20230228)).toBe(false);
	});

	it('reads years 0–99 as themselves', () => {
		expect(daysInMonth(0, 2)).toBe(29);
		expect(daysInMonth(1900, 2)).toBe(28);
		expect(isoFromDay(dayOfCalendar({ y: 33, m: 4, d: 3 }))).toBe('0033-04-03');
	});

	it('converts day numbers and calendar days both ways', () => {
		const day = dayFromIso('2022-02-24');
		expect(calendarOfDay(day)).toEqual({ y: 2022, m: 2, d: 24 });
		expect(dayOfCalendar({ y: 2022, m: 2, d: 24 })).toBe(day);
		expect(dayOfCalendar({ y: 1970, m: 1, d: 1 })).toBe(0);
	});

	it('adds months to either kind of day alike, clamping the day of month', () => {
		expect(addCalendarMonths({ y: 2024, m: 3, d: 31 }, -1)).toEqual({ y: 2024, m: 2, d: 29 });
		expect(isoFromDay(addMonths(dayFromIso('2024-01-31'), 1))).toBe('2024-02-29');
		expect(isoFromDay(addMonths(dayFromIso('2024-11-15'), 3))).toBe('2025-02-15');
		expect(formatDay(dayFromIso('2024-09-05'))).toBe('5 September 2024');
	});
});
