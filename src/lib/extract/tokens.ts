/** A word of the text: a run of letters, marks and digits. */
export interface Token {
	start: number;
	end: number;
	/** Lower-cased, diacritics removed: the form used for gazetteer keys. */
	key: string;
	/** First character is an upper-case letter. */
	capitalised: boolean;
	/** Two or more letters, all upper case ("US", "NATO"). */
	allCaps: boolean;
}

/**
 * A run of letters, marks and digits; an ʻokina typed as ‘ between letters stays in the word,
 * but not one typed for the apostrophe of a possessive ("Kyiv‘s").
 */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|‘(?=\p{L})(?!s(?!\p{L})))*/gu;
const DIACRITICS = /\p{M}/gu;
const FOLDED: Record<string, string> = {
	ß: 'ss',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	æ: 'ae',
	œ: 'oe',
	ı: 'i',
	// The ʻokina (or the ‘ typed for it) and the modifier apostrophe are left out in English
	// spellings: "Oʻahu" is "Oahu", "Oʻzbekiston" "Ozbekiston".
	ʻ: '',
	'‘': '',
	ʼ: ''
};
const NEEDS_FOLD = /[ßøłđæœıʻ‘ʼ]/g;

/** "Homyel’" -> "homyel"; "Łódź" -> "lodz"; "Oʻahu" -> "oahu". */
export function normaliseWord(word: string): string {
	const lower = word.toLowerCase();
	if (/^[\x20-\x7e]*$/.test(lower)) return lower;
	return lower
		.normalize('NFD')
		.replace(DIACRITICS, '')
		.replace(NEEDS_FOLD, (c) => FOLDED[c]);
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const tokens: Token[] = [];
	WORD.lastIndex = from;
	for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
		const word = m[0];
		const first = word[0];
		const capitalised = first !== first.toLowerCase();
		tokens.push({
			start: m.index,
			end: m.index + word.length,
			key: normaliseWord(word),
			capitalised,
			allCaps:
				capitalised && word.length > 1 && word === word.toUpperCase() && /\p{L}{2}/u.test(word)
		});
	}
	return tokens;
}

/** Gazetteer key of a name: its normalised words joined by single spaces ("U.S." -> "u s"). */
export function nameKey(name: string): string {
	return tokenize(name)
		.map((t) => t.key)
		.join(' ');
}

/** Whether `tokens[i]` is the s of a possessive: "Ukraine's", "Children’s". */
export function isPossessiveS(text: string, tokens: Token[], i: number): boolean {
	return (
		i > 0 && tokens[i].key === 's' && /^['’]$/.test(text.slice(tokens[i - 1].end, tokens[i].start))
	);
}
