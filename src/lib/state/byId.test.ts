import { describe, expect, it } from 'vitest';
import { upserted } from './byId';

describe('upserted', () => {
	it('replaces items of the same id in place and adds new ones once, in order', () => {
		const items = [
			{ id: 'a', v: 1 },
			{ id: 'b', v: 1 }
		];
		const updates = [
			{ id: 'c', v: 1 },
			{ id: 'a', v: 2 },
			{ id: 'c', v: 2 }
		];
		expect(upserted(items, updates, (item) => item.id)).toEqual([
			{ id: 'a', v: 2 },
			{ id: 'b', v: 1 },
			{ id: 'c', v: 2 }
		]);
		expect(items[0].v).toBe(1);
	});
});
