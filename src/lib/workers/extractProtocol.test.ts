import { describe, expect, it } from 'vitest';
import { runsOf } from './extractProtocol';

describe('an extraction sent in runs', () => {
	const rows = Array.from({ length: 4_500 }, (_, index) => ({ index }));

	it('splits rows into runs of at most the size, each at its offset', () => {
		const runs = [...runsOf(rows, 2_000)];
		expect(runs.map(({ offset, rows }) => [offset, rows.length])).toEqual([
			[0, 2_000],
			[2_000, 2_000],
			[4_000, 500]
		]);
		expect(runs.flatMap((run) => run.rows)).toEqual(rows);
		expect([...runsOf([], 2_000)]).toEqual([]);
	});
});
