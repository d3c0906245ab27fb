/** Characters XML 1.0 does not allow at all, even escaped, lone surrogates included. */
const invalidXmlChars =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point here
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text without the characters XML 1.0 forbids (a vertical tab or form feed pasted from Word, a
 * lone surrogate), for every XML export: a reader such as PowerPoint calls a file with one damaged.
 *
 * @example xmlAllowedText('Minsk\u000bKyiv') // 'MinskKyiv'
 */
export function xmlAllowedText(value: string): string {
	return value.replace(invalidXmlChars, '');
}
