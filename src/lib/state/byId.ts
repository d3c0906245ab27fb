/** Each item's position in `items`, by its id: a lookup that stays O(1) with many items. */
export function positionsById<T>(items: readonly T[], idOf: (item: T) => string) {
	return new Map(items.map((item, position) => [idOf(item), position])) as ReadonlyMap<
		string,
		number
	>;
}
