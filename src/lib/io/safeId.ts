/** Letters, digits and . _ : - ; 1 to 200 characters, starting with a letter or a digit. */
const safeIdPattern = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,199}$/u;

/**
 * Whether a value may be the id of an article or a layer: text of the safe pattern that is not
 * a member of every object (“constructor”, “toString”, “hasOwnProperty”…), so that records keyed
 * by id never find a built-in in place of a missing entry.
 *
 * @example isSafeId('minsk-talks-m1x2') // true
 * @example isSafeId('constructor') // false
 */
export function isSafeId(value: unknown): value is string {
	return typeof value === 'string' && safeIdPattern.test(value) && !(value in Object.prototype);
}
