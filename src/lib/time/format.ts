import { monthNames } from './calendar';
import type { DatePrecision } from './datePrecision';
import { dateOfDay, type Day } from './days';

const seasonOfMonth = [
	'winter',
	'winter',
	'spring',
	'spring',
	'spring',
	'summer',
	'summer',
	'summer',
	'autumn',
	'autumn',
	'autumn',
	'winter'
];

/** “25 March 2022”. */
export function formatDay(day: Day): string {
	const date = dateOfDay(day);
	return `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** “March 2022”. */
export function formatMonth(day: Day): string {
	const date = dateOfDay(day);
	return `${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A range of days in words: “1 August 2020 – 5 March 2021”, or one day alone. */
export function formatDayRange(start: Day, end: Day): string {
	return start === end ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
}

/** “Q3 2023”: the quarter a day falls in. */
function formatQuarter(day: Day): string {
	const date = dateOfDay(day);
	return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
}

/** Which part of its decade a span of years covers: it starts it (early), ends it (late), or neither. */
function decadePart(first: number, last: number): string {
	if (first % 10 === 0) return last % 10 === 9 ? '' : 'early ';
	return last % 10 === 9 ? 'late ' : 'mid-';
}

/** “the 1980s”, “the late 1980s”, “the 1990s–2000s”: the decades a span of years covers. */
function formatDecades(start: Day, end: Day): string {
	const first = dateOfDay(start).getUTCFullYear();
	const last = dateOfDay(end).getUTCFullYear();
	const decade = (year: number) => `${year - (year % 10)}s`;
	return decade(first) === decade(last)
		? `the ${decadePart(first, last)}${decade(first)}`
		: `the ${decade(first)}–${decade(last)}`;
}

/**
 * An event's normalised date at its own precision: “autumn 2022”, “Q3 2023”, “2021”,
 * “March 2022”, “the late 1980s”.
 */
export function formatAtPrecision(start: Day, end: Day, precision: DatePrecision): string {
	const first = dateOfDay(start);
	switch (precision) {
		case 'day':
			return formatDayRange(start, end);
		case 'month':
			return start === end ? formatDay(start) : formatMonth(start);
		case 'season': {
			const season = seasonOfMonth[first.getUTCMonth()];
			const year =
				season === 'winter' && first.getUTCMonth() === 11
					? `${first.getUTCFullYear()}–${(first.getUTCFullYear() + 1) % 100}`
					: String(first.getUTCFullYear());
			return `${season} ${year}`;
		}
		case 'quarter': {
			const [from, to] = [formatQuarter(start), formatQuarter(end)];
			return from === to ? from : `${from} – ${to}`;
		}
		case 'year': {
			// "1994–2020" for a span of years ("during his 26-year reign"), not its first year alone.
			const [from, to] = [first.getUTCFullYear(), dateOfDay(end).getUTCFullYear()];
			return from === to ? String(from) : `${from}–${to}`;
		}
		case 'decade':
			return formatDecades(start, end);
		case 'range': {
			// Whole months read as months ("August 2020 – September 2020"), anything else as days.
			const wholeMonths =
				first.getUTCDate() === 1 && dateOfDay(end + 1).getUTCDate() === 1 && end > start;
			return wholeMonths
				? `${formatMonth(start)} – ${formatMonth(end)}`
				: formatDayRange(start, end);
		}
	}
}
