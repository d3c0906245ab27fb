import type { EventTable } from './eventTable';

/**
 * Screen offsets, in pixels, that fan out events sharing one location on a small spiral so
 * that none hides another. Each event keeps its own slot, so hiding some by time does not
 * move the others.
 */
export function spreadOffsets(
	table: EventTable,
	options: { spacingPx?: number } = {}
): Float32Array {
	const spacing = options.spacingPx ?? 9;
	const offsets = new Float32Array(table.count * 2);
	const seen = new Map<string, number>();
	for (let index = 0; index < table.count; index++) {
		const key = `${table.mercatorX[index]},${table.mercatorY[index]}`;
		const slot = seen.get(key) ?? 0;
		seen.set(key, slot + 1);
		if (slot === 0) continue;
		// A Fermat spiral keeps neighbouring slots evenly spaced however many there are.
		const angle = slot * 2.39996;
		const radius = spacing * Math.sqrt(slot);
		offsets[index * 2] = radius * Math.cos(angle);
		offsets[index * 2 + 1] = radius * Math.sin(angle);
	}
	return offsets;
}
