/** Years, their parts and year ranges: "2021", "early 2022", "2019–21", "twenty twenty". */
import { MONTHS } from '$lib/time/calendar';
import { type DateRule, Y, interval, wholeYear } from '../reading';
import { partOfYear as partOf } from '../calendarParts';
import { looksAhead } from '../referenceTime';
import { SPELLED_YEAR, spelledYear as yearInWords } from '../spelledYear';

const YEAR_PART =
	'(early|mid|late|the (?:very )?(?:beginning|start|end|middle|close|first half|second half|(?:first|second|third|fourth) quarter|(?:first|last|final|closing|opening)(?: few)? (?:months|weeks|days)))';

/** Capitalised words a year may follow without being part of a name ("In 2021", "Since 2014"). */
const YEAR_LEADS = new Set(
	'in since by from until till before after during between the and of on around through throughout circa early late mid'.split(
		' '
	)
);

export const partOfYear: DateRule = {
	name: 'part-of-year',
	pattern: new RegExp(`\\b${YEAR_PART}(?:\\s+of|-|\\s)\\s*${Y}\\b`, 'gi'),
	read: (m) => partOf(m[1].replace(/^the (very )?/i, ''), +m[2])
};

export const partOfThatYear: DateRule = {
	name: 'part-of-that-year',
	anaphoric: true,
	pattern: new RegExp(`\\b${YEAR_PART}\\s+of\\s+(the|that|this)?\\s*year\\b`, 'gi'),
	read: (m, ctx) => {
		const y =
			(m[2]?.toLowerCase() === 'this' || looksAhead(m.input, m.index)
				? null
				: ctx.yearBefore(m.index)) ?? ctx.published.y;
		return { ...partOf(m[1].replace(/^the (very )?/i, ''), y), confidence: 0.7 };
	}
};

export const yearRange: DateRule = {
	name: 'year-range',
	pattern: new RegExp(
		`(?<![/\\d])\\b(?:(?:between|from)\\s+)?${Y}\\s*(?:[-–—/]|to|until|till|through|and)\\s*(${Y}|\\d{2}(?![\\d%/]))\\b(?![/.]\\d)`,
		'gi'
	),
	read: (m) => {
		const a = +m[1];
		// "2019–21": the second year shares the first one's century.
		const short = a - (a % 100) + +m[2];
		const b = m[2].length === 2 ? (short < a ? short + 100 : short) : +m[2];
		const word = /\band\b/i.test(m[0]) && !/^between/i.test(m[0]);
		// "2014 and 2022" are two separate years; "2022 and 2023" reads as one span.
		if (b <= a || b - a > 50 || (word && b !== a + 1)) return null;
		return interval(`${a}-01-01`, `${b}-12-31`, 'year');
	}
};

export const year: DateRule = {
	name: 'year',
	pattern: new RegExp(
		`(?<![\\p{L}\\d,.\\-/$€£#]|\\d\\s)${Y}(?![\\p{L}\\d%]|[.,]\\d|\\s*(?:km|kilomet|miles|people|troops|soldiers|men|tanks|units|vehicles|tonnes|tons|dollars|euros|times|hours|metres|meters|feet|casualties|refugees|residents|members|votes|copies|pages)\\b)`,
		'gu'
	),
	read: (m, ctx) => {
		const y = +m[1];
		if (y > ctx.published.y + 30) return null;
		const lead = m.input.slice(Math.max(0, m.index - 24), m.index);
		// A year after a name belongs to the name ("Zapad 2021", "Euro 2024", "Issue 6 2025").
		const word = /([\p{L}.]+)\s+$/u.exec(lead)?.[1] ?? '';
		if (/^\p{Lu}/u.test(word) && !YEAR_LEADS.has(word.toLowerCase()) && MONTHS.index(word) === null)
			return null;
		if (/\b(?:room|page|version|flight|number|no\.|model|code|route|resolution)\s+$/i.test(lead))
			return null;
		return wholeYear(y);
	}
};

export const spelledYear: DateRule = {
	name: 'spelled-year',
	pattern: new RegExp(SPELLED_YEAR, 'giu'),
	read: (m, ctx) => {
		const y = yearInWords(m[0]);
		return y > ctx.published.y + 30 ? null : wholeYear(y);
	}
};
