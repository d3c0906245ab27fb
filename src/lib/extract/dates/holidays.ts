/**
 * Named days with a date every year: fixed ones, Easter by the computus, Ramadan from a table.
 * World-wide or widely observed only; a country's own days (independence, freedom days) vary by
 * country and are left to the text's explicit dates.
 */
import { type CalendarDay as Day, addDays, compareDays, parseIso } from '$lib/time/calendar';
import { type DateContext, interval } from './reading';
import { looksAhead } from './referenceTime';

const FIXED: Record<string, [month: number, day: number]> = {
	"new year's day": [1, 1],
	"new year's eve": [12, 31],
	"valentine's day": [2, 14],
	"international women's day": [3, 8],
	"women's day": [3, 8],
	'may day': [5, 1],
	'victory day': [5, 9],
	halloween: [10, 31],
	'armistice day': [11, 11],
	'human rights day': [12, 10],
	'christmas eve': [12, 24],
	'christmas day': [12, 25],
	christmas: [12, 25],
	'boxing day': [12, 26]
};

/** Western Easter Sunday (anonymous Gregorian computus). */
function easter(y: number): Day {
	const a = y % 19;
	const b = Math.floor(y / 100);
	const c = y % 100;
	const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
	const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Orthodox Easter Sunday: the Julian computus, shifted to the Gregorian calendar (1900–2099). */
function orthodoxEaster(y: number): Day {
	const a = y % 4;
	const b = y % 7;
	const c = y % 19;
	const d = (19 * c + 15) % 30;
	const e = (2 * a + 4 * b - d + 34) % 7;
	const month = Math.floor((d + e + 114) / 31);
	return addDays({ y, m: month, d: ((d + e + 114) % 31) + 1 }, 13);
}

/** First day of Ramadan (Umm al-Qura calendar; local sightings may differ by a day). */
const RAMADAN_START: Record<number, string> = {
	2010: '2010-08-11',
	2011: '2011-08-01',
	2012: '2012-07-20',
	2013: '2013-07-09',
	2014: '2014-06-28',
	2015: '2015-06-18',
	2016: '2016-06-06',
	2017: '2017-05-27',
	2018: '2018-05-16',
	2019: '2019-05-06',
	2020: '2020-04-24',
	2021: '2021-04-13',
	2022: '2022-04-02',
	2023: '2023-03-23',
	2024: '2024-03-11',
	2025: '2025-03-01',
	2026: '2026-02-18',
	2027: '2027-02-08',
	2028: '2028-01-28',
	2029: '2029-01-16',
	2030: '2030-01-05'
};

const MOVABLE: Record<string, (y: number) => { start: Day; end: Day } | null> = {
	easter: (y) => ({ start: easter(y), end: easter(y) }),
	'easter sunday': (y) => ({ start: easter(y), end: easter(y) }),
	'easter monday': (y) => ({ start: addDays(easter(y), 1), end: addDays(easter(y), 1) }),
	'good friday': (y) => ({ start: addDays(easter(y), -2), end: addDays(easter(y), -2) }),
	'orthodox easter': (y) => ({ start: orthodoxEaster(y), end: orthodoxEaster(y) }),
	ramadan: (y) => {
		const start = RAMADAN_START[y];
		return start ? { start: parseIso(start), end: addDays(parseIso(start), 29) } : null;
	},
	'eid al-fitr': (y) => {
		const start = RAMADAN_START[y];
		return start
			? { start: addDays(parseIso(start), 30), end: addDays(parseIso(start), 30) }
			: null;
	}
};

/** Regex source for the names, longest first, apostrophes either way, capitalised as written. */
export const HOLIDAY_SOURCE = [...Object.keys(FIXED), ...Object.keys(MOVABLE)]
	.sort((a, b) => b.length - a.length)
	.map((name) =>
		name
			.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
			.replace("'", "['’]")
			.replace(/Al-/, 'al-')
	)
	.join('|');

/**
 * The days a named holiday covers in year y, or null when unknown.
 * Example: holiday('Easter', 2023) -> { start: 2023-04-09, end: 2023-04-09 }.
 */
export function holiday(name: string, y: number): { start: Day; end: Day } | null {
	const key = name.toLowerCase().replace('’', "'");
	const fixed = FIXED[key];
	if (fixed)
		return { start: { y, m: fixed[0], d: fixed[1] }, end: { y, m: fixed[0], d: fixed[1] } };
	return MOVABLE[key]?.(y) ?? null;
}

/** A named day in year y ("Easter 2023"), or the latest one by publication, or the next one ahead. */
export function holidayReading(
	name: string,
	year: string | undefined,
	offset: number,
	ctx: DateContext,
	text: string
) {
	const p = ctx.published;
	const ahead = looksAhead(text, offset);
	const pick = (y: number) => holiday(name, y);
	let days = year ? pick(+year) : null;
	if (!year) {
		for (const y of ahead ? [p.y, p.y + 1] : [p.y, p.y - 1]) {
			const d = pick(y);
			if (d && (ahead ? compareDays(d.end, p) >= 0 : compareDays(d.start, p) <= 0)) {
				days = d;
				break;
			}
		}
	}
	return days
		? interval(days.start, days.end, compareDays(days.start, days.end) === 0 ? 'day' : 'range')
		: null;
}
