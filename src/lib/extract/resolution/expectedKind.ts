import type { NameMention } from '../places/findNames';
import type { Token } from '../tokens';

const REGION_HEADS = new Set(
	'province provinces state states region oblast governorate prefecture county district territory'.split(
		' '
	)
);
/**
 * Offices and bodies of a division, not of a town, as a word or a title: "the Quebec premier",
 * "the Texas legislature", "New York Gov. Andrew Cuomo", "Ontario Health Minister".
 */
const DIVISION_BODIES = new Set(
	'premier premiers legislature legislatures governor governors gov government minister ministers ministry'.split(
		' '
	)
);
const TOWN_HEADS = new Set('city town village'.split(' '));

/**
 * Readings the words around a mention call for: "the province of X", "X state", "the city of X".
 * `last` is the index of the mention's last word.
 */
export function expectedKind(
	tokens: Token[],
	mention: NameMention,
	last: number
): 'region' | 'city' | null {
	const next = tokens[last + 1];
	const prev2 = tokens[mention.token - 2];
	const prev = tokens[mention.token - 1];
	// One capitalised word may name the office's field: "Quebec Health Minister".
	const office = next?.capitalised && !DIVISION_BODIES.has(next.key) ? tokens[last + 2] : next;
	const before = prev?.key === 'of' ? prev2 : undefined;
	if (
		(next && !next.capitalised && REGION_HEADS.has(next.key)) ||
		(office && DIVISION_BODIES.has(office.key)) ||
		(before && REGION_HEADS.has(before.key))
	)
		return 'region';
	if (before && TOWN_HEADS.has(before.key)) return 'city';
	return null;
}
