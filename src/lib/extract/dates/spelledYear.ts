/**
 * Years written in words: "nineteen ninety", "nineteen eighty-four", "twenty twenty-two",
 * "two thousand and eight", "the year two thousand".
 */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const alternatives = (words: string[]) => words.join('|');
/** 1–99 in words: "eight", "fourteen", "forty", "eighty-four". */
const BELOW_HUNDRED = `(?:(?:${alternatives(TENS)})(?:[-\\s](?:${alternatives(UNITS)}))?|${alternatives(TEENS)}|${alternatives(UNITS)})`;
/** The centuries a year is spoken in: "eleven" (1100s) to "twenty" (2000s). */
const CENTURY = `(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;

/**
 * A spelled-out year after a word that leads a date ("in", "since", "the year"), not a count
 * ("by two thousand and eight soldiers"), as a regular-expression source without groups.
 */
export const SPELLED_YEAR = `(?<=\\b(?:in|since|until|till|by|from|during|before|after|of|year)\\s{1,3})(?:two thousand(?:(?:\\s+and)?\\s+${BELOW_HUNDRED})?|${CENTURY}\\s+(?:hundred|oh[-\\s](?:${alternatives(UNITS)})|${BELOW_HUNDRED}))(?![-\\p{L}]|\\s+(?:and|hundred|thousand|${alternatives(UNITS)}|years?|people|troops|soldiers|men|women|times|km|miles|dollars|euros)\\b)`;

/** 1–99 from its words, or 0. */
function belowHundred(words: string[]): number {
	const [first, second] = words;
	const tens = TENS.indexOf(first);
	if (tens >= 0) return (tens + 2) * 10 + (second ? UNITS.indexOf(second) + 1 : 0);
	const teen = TEENS.indexOf(first);
	return teen >= 0 ? teen + 10 : UNITS.indexOf(first) + 1;
}

/**
 * The year a text matched by SPELLED_YEAR names.
 *
 * @example spelledYear('nineteen eighty-four') // 1984
 * @example spelledYear('two thousand and eight') // 2008
 */
export function spelledYear(text: string): number {
	const words = text
		.toLowerCase()
		.split(/[\s-]+/)
		.filter((w) => w !== 'and');
	if (words[0] === 'two' && words[1] === 'thousand') return 2000 + belowHundred(words.slice(2));
	const teen = TEENS.indexOf(words[0]);
	const century = (teen >= 0 ? teen + 10 : 20) * 100;
	const rest = words.slice(1);
	if (rest[0] === 'hundred') return century;
	if (rest[0] === 'oh') return century + UNITS.indexOf(rest[1]) + 1;
	return century + belowHundred(rest);
}
