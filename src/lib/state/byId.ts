/** Each item's position in `items`, by its id: a lookup that stays O(1) with many items. */
export function positionsById<T>(items: readonly T[], idOf: (item: T) => string) {
	return new Map(items.map((item, position) => [idOf(item), position])) as ReadonlyMap<
		string,
		number
	>;
}

/** `items` with each of `updates` replacing the item of its id, or added at the end. */
export function upserted<T>(
	items: readonly T[],
	updates: readonly T[],
	idOf: (item: T) => string
): T[] {
	const result = [...items];
	const positions = new Map(positionsById(items, idOf));
	for (const update of updates) {
		const id = idOf(update);
		const position = positions.get(id) ?? result.length;
		positions.set(id, position);
		result[position] = update;
	}
	return result;
}

/** `items` by their ids, the last of an id kept. */
export function byId<T>(items: readonly T[], idOf: (item: T) => string): ReadonlyMap<string, T> {
	return new Map(items.map((item) => [idOf(item), item]));
}
