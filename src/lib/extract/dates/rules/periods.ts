/** Decades and centuries: "the 1980s", "the late 1980s", "the 1990s and 2000s", "the 19th century". */
import { type DateRule, interval, fuzzy, ordinal, ORDINAL_WORDS } from '../reading';

/** Years of a decade its part covers: "the late 1980s" is 1987–1989. */
const DECADE_PART: Record<string, [number, number]> = {
	early: [0, 3],
	mid: [3, 6],
	late: [7, 9]
};

export const decades: DateRule = {
	name: 'decades',
	pattern:
		/\b(?:the\s+)?((?:19|20)\d)0s\s+(?:and|to|through|until|[-–])\s+(?:the\s+)?((?:19|20)\d)0s\b/gi,
	read: (m) => (+m[2] > +m[1] ? interval(`${m[1]}0-01-01`, `${m[2]}9-12-31`, 'decade') : null)
};

export const decade: DateRule = {
	name: 'decade',
	pattern: /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:((?:1[5-9]|20)\d)|['’](\d))0s\b/gi,
	read: (m, ctx) => {
		// "the ’90s": the latest such decade that began by publication.
		if (m[3]) m[2] = `${ctx.published.y >= 2000 + +m[3] * 10 ? 20 : 19}${m[3]}`;
		const part = DECADE_PART[m[1]?.toLowerCase() ?? ''];
		const [from, to] = part ?? [0, 9];
		// A part of a decade keeps precision 'decade': its bounds are only known to within a year.
		const years = interval(`${m[2]}${from}-01-01`, `${m[2]}${to}-12-31`, 'decade');
		return part ? fuzzy(years, 366) : years;
	}
};

export const century: DateRule = {
	name: 'century',
	cue: 'century',
	pattern: new RegExp(
		`\\b(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS})\\s+[Cc]entury\\b(?!-)`,
		'gi'
	),
	read: (m) => {
		const n = ordinal(m[2]);
		if (n < 1 || n > 22) return null;
		const first = (n - 1) * 100;
		const [from, to] = { early: [0, 33], mid: [33, 66], late: [66, 99] }[
			m[1]?.toLowerCase() ?? ''
		] ?? [0, 99];
		return interval(
			`${first + from}`.padStart(4, '0') + '-01-01',
			`${first + to}`.padStart(4, '0') + '-12-31',
			'range'
		);
	}
};
