/** Quarters and fiscal years: "Q3 2023", "the third quarter", "fiscal 2022". */
import { type DateRule, Y, ordinal, wholeYear } from '../reading';
import { quarterOf } from '../calendarParts';
import { looksAhead } from '../referenceTime';

export const quarter: DateRule = {
	name: 'quarter',
	pattern: new RegExp(`\\bQ([1-4])\\s*(?:of\\s+)?${Y}\\b|\\b${Y}\\s*Q([1-4])\\b`, 'g'),
	read: (m) => {
		return quarterOf(+(m[2] ?? m[3]), +(m[1] ?? m[4]));
	}
};

export const quarterOfYear: DateRule = {
	name: 'quarter-of-year',
	pattern:
		/\bthe\s+(first|second|third|fourth|last|final|previous|next|current)\s+(?:fiscal\s+|calendar\s+)?quarter\b(?!\s+of\s+(?:the\s+)?(?:\d|year|century))/gi,
	read: (m, ctx) => {
		const p = ctx.published;
		const word = m[1].toLowerCase();
		const current = Math.floor((p.m - 1) / 3);
		const step = { last: -1, final: -1, previous: -1, next: 1, current: 0 }[word];
		let y = p.y;
		let q = step === undefined ? ordinal(word) - 1 : current + step;
		if (step === undefined && q > current && !looksAhead(m.input, m.index)) y--;
		if (q < 0) [q, y] = [q + 4, y - 1];
		if (q > 3) [q, y] = [q - 4, y + 1];
		return quarterOf(y, q + 1);
	}
};

export const fiscalYear: DateRule = {
	name: 'fiscal-year',
	pattern: new RegExp(`\\b(?:fiscal(?:\\s+year)?|FY)\\s*${Y}\\b`, 'g'),
	read: (m) => wholeYear(+m[1])
};
