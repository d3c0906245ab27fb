import { describe, expect, it } from 'vitest';
import { maxMentionChars, mentionSpan } from './mentionSpan';

describe('mentionSpan', () => {
	it('trims the spaces a selection takes with it', () => {
		expect(mentionSpan('in  Minsk \n', 3, 11)).toEqual({
			span: { start: 4, end: 9 },
			tooLong: false
		});
	});

	it('is null for a selection of spaces or a single character', () => {
		expect(mentionSpan('a   b', 1, 4)).toBeNull();
		expect(mentionSpan('a b', 0, 1)).toBeNull();
	});

	it('marks a selection longer than a mention as a passage', () => {
		const text = 'x'.repeat(maxMentionChars + 1);
		expect(mentionSpan(text, 0, text.length)?.tooLong).toBe(true);
		expect(mentionSpan(text, 1, text.length)?.tooLong).toBe(false);
	});
});
