import { afterEach, describe, expect, it, vi } from 'vitest';
import { blobInTasks } from './blobInTasks';

afterEach(() => vi.restoreAllMocks());

describe('blobInTasks', () => {
	it('joins the parts, each made after the last was encoded, in a task of its own', async () => {
		const realSetTimeout = globalThis.setTimeout;
		let tasks = 0;
		vi.spyOn(globalThis, 'setTimeout').mockImplementation(((next: () => void) => {
			tasks++;
			return realSetTimeout(next);
		}) as typeof setTimeout);
		const madeAfterTasks: number[] = [];
		function* parts() {
			for (const part of ['{"a":', '[1,2]', '}']) {
				madeAfterTasks.push(tasks);
				yield part;
			}
		}
		const blob = await blobInTasks(parts(), 'application/json');
		expect(madeAfterTasks).toEqual([0, 1, 2]);
		expect(blob.type).toBe('application/json');
		expect(await blob.text()).toBe('{"a":[1,2]}');
	});

	it('encodes a long part in pieces, never between the halves of a surrogate pair', async () => {
		// 🗺 is two UTF-16 code units: pieces of 500,000 would cut the first one in two.
		const text = `${'a'.repeat(499_999)}🗺${'b'.repeat(600_000)}🗺`;
		const blob = await blobInTasks([text, ''], 'text/plain');
		expect(await blob.text()).toBe(text);
		expect(blob.size).toBe(499_999 + 4 + 600_000 + 4);
	});
});
