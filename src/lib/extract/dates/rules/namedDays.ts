/** Named days: "the first Monday of March", holidays ("Easter 2023", "Christmas"). */
import { MONTHS, addDays, daysInMonth } from '$lib/time/calendar';
import { type DateRule, Y, month, interval, ordinal } from '../reading';
import { WEEKDAY_NAMES, weekdayDay, yearForMonth } from '../referenceTime';
import { HOLIDAY_SOURCE, holidayReading } from '../holidays';

const HOLIDAY_AS_MODIFIER = /(?:\b(?:a|an|the|its|his|her|their|our|this|that)|['’]s)\s+$/i;

export const nthWeekdayOfMonth: DateRule = {
	name: 'nth-weekday-of-month',
	pattern: new RegExp(
		`\\bthe\\s+(first|second|third|fourth|last)\\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\s+(?:of|in)\\s+(${MONTHS.source})\\b(?:,?\\s+${Y})?`,
		'g'
	),
	read: (m, ctx) => {
		const mo = month(m[3]);
		const y = m[4] ? +m[4] : yearForMonth(mo, m.index, ctx, 1, m.input);
		const want = WEEKDAY_NAMES.indexOf(m[2].slice(0, -3).toLowerCase());
		const nth = ordinal(m[1]) - 1;
		const first = weekdayDay(want, { y, m: mo, d: 1 }, true);
		const last = weekdayDay(want, { y, m: mo, d: daysInMonth(y, mo) }, false);
		const day = nth < 0 ? last : addDays(first, 7 * nth);
		return day.m === mo ? interval(day, day, 'day') : null;
	}
};

export const holiday: DateRule = {
	name: 'holiday',
	pattern: new RegExp(`\\b(${HOLIDAY_SOURCE})(?:,?\\s+(?:of\\s+)?${Y})?\\b`, 'g'),
	// "an Easter vacation", "the Christmas market": the name qualifies a noun, not a day.
	read: (m, ctx) =>
		!m[2] &&
		HOLIDAY_AS_MODIFIER.test(m.input.slice(Math.max(0, m.index - 24), m.index)) &&
		/^\s+[a-z]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))
			? null
			: holidayReading(m[1], m[2], m.index, ctx, m.input)
};
