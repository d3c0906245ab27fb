import { seededRandom } from './seededRandom';
import { mercatorX, mercatorY } from '$lib/geo/earth';
import { emptyEventTable, type EventTable } from './eventTable';

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
	const table = emptyEventTable(count);
	for (let index = 0; index < count; index++) {
		table.mercatorX[index] = mercatorX(22.5 + random() * 17.5);
		table.mercatorY[index] = mercatorY(45.5 + random() * 10);
		const start = options.firstDay + Math.floor(random() * span);
		const monthly = random() < 0.1;
		table.start[index] = start;
		table.end[index] = monthly ? start + 29 : start;
		table.kindIndex[index] = Math.floor(random() * 6);
		table.precisionIndex[index] = monthly ? 1 : 0;
		table.shrinks[index] = 1;
	}
	return table;
}
