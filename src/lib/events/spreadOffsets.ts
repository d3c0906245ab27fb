import type { EventTable } from './eventTable';

const goldenRatioFraction = 0.6180339887;
/**
 * Slots on one place's spiral (about 100 px across at 9 px spacing); the events beyond are drawn
 * on the slots again, so hundreds at one town stay around it instead of covering the region.
 */
export const spiralSlots = 60;

/**
 * Screen offsets, in pixels, that fan out events sharing one location on a half spiral above
 * it, so that none hides another and none covers the place's name, which is written below.
 * Each event keeps its own slot, so hiding some by time does not move the others.
 */
export function spreadOffsets(
	table: EventTable,
	options: { spacingPx?: number } = {}
): Float32Array {
	const spacing = options.spacingPx ?? 9;
	const offsets = new Float32Array(table.count * 2);
	// Counts by x, then y: number keys, since making a string key per event took most of the time.
	const seen = new Map<number, Map<number, number>>();
	for (let index = 0; index < table.count; index++) {
		const x = table.mercatorX[index];
		let seenAtX = seen.get(x);
		if (!seenAtX) seen.set(x, (seenAtX = new Map()));
		const seenBefore = seenAtX.get(table.mercatorY[index]) ?? 0;
		seenAtX.set(table.mercatorY[index], seenBefore + 1);
		const slot = seenBefore < spiralSlots ? seenBefore : 1 + ((seenBefore - 1) % (spiralSlots - 1));
		if (slot === 0) continue;
		// A Fermat spiral folded into the upper half disc (golden-ratio angles over 0..π, radius
		// growing with the square root of the slot) keeps neighbours evenly spaced however many.
		const angle = Math.PI * ((slot * goldenRatioFraction) % 1);
		const radius = spacing * Math.sqrt(2 * slot);
		offsets[index * 2] = radius * Math.cos(angle);
		offsets[index * 2 + 1] = -radius * Math.sin(angle);
	}
	return offsets;
}
