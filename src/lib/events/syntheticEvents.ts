import type { EventTable } from './eventTable';
import { mercatorX, mercatorY } from './eventTable';

/** A small deterministic generator (mulberry32), so benchmarks draw the same events every run. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/**
 * `count` synthetic events over Ukraine and Belarus between two days, like a conflict-event
 * export: mostly single days, some months. For benchmarks and scale tests only.
 */
export function syntheticEventTable(
	count: number,
	options: { firstDay: number; lastDay: number; seed?: number }
): EventTable {
	const random = seededRandom(options.seed ?? 1);
	const span = options.lastDay - options.firstDay;
	const table: EventTable = {
		count,
		mercatorX: new Float32Array(count),
		mercatorY: new Float32Array(count),
		start: new Float32Array(count),
		end: new Float32Array(count),
		kindIndex: new Uint8Array(count),
		precisionIndex: new Uint8Array(count),
		areal: new Uint8Array(count)
	};
	for (let index = 0; index < count; index++) {
		table.mercatorX[index] = mercatorX(22.5 + random() * 17.5);
		table.mercatorY[index] = mercatorY(45.5 + random() * 10);
		const start = options.firstDay + Math.floor(random() * span);
		const monthly = random() < 0.1;
		table.start[index] = start;
		table.end[index] = monthly ? start + 29 : start;
		table.kindIndex[index] = Math.floor(random() * 6);
		table.precisionIndex[index] = monthly ? 1 : 0;
	}
	return table;
}
