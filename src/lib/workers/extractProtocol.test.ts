import { describe, expect, it } from 'vitest';
import { placeRun, runsOf } from './extractProtocol';

describe('an extraction sent in runs', () => {
	const rows = Array.from({ length: 4_500 }, (_, index) => ({ index }));

	it('splits rows into runs of at most the size, each at its offset', () => {
		const runs = [...runsOf(rows, 2_000)];
		expect(runs.map(({ offset, rows }) => [offset, rows.length])).toEqual([
			[0, 2_000],
			[2_000, 2_000],
			[4_000, 500]
		]);
		expect([...runsOf([], 2_000)]).toEqual([]);
	});

	it('puts runs back in any order, and a run received twice changes nothing', () => {
		const runs = [...runsOf(rows, 2_000)];
		const target: { index: number }[] = [];
		for (const run of [runs[2], runs[0], runs[1], runs[0]]) placeRun(target, run.offset, run.rows);
		expect(target).toEqual(rows);
	});
});
