/**
 * The paint or layout properties to set so that a layer drawn with `previous` draws with `next`:
 * each changed or new property with its value, and each dropped one with `undefined` (which
 * MapLibre reads as "back to the default"). Values are compared by content, so a spec rebuilt
 * with equal values sets nothing.
 */
export function changedProperties<Properties extends object>(
	previous: Properties | undefined,
	next: Properties | undefined
): [name: keyof Properties, value: Properties[keyof Properties] | undefined][] {
	const before: Partial<Properties> = { ...previous };
	const after: Partial<Properties> = { ...next };
	const names = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Properties>;
	return [...names]
		.filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]))
		.map((name) => [name, after[name]]);
}
