import { nextTask } from './nextTask';

/** Characters encoded per task: a chunk of 1.5 million took 40–60 ms here (traced). */
const charsPerTask = 500_000;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * A Blob of the texts `parts` yields, each made, and encoded at most `charsPerTask` characters
 * at a time, in a task of its own: as one text, a file of a 100,000-row layer (67 MB) took the
 * page 1.4–3.6 s to write, and a chunk of 2,000 rows can be megabytes.
 */
export async function blobInTasks(parts: Iterable<string>, type: string): Promise<Blob> {
	const encoded: Blob[] = [];
	for (const part of parts) {
		for (let from = 0; from < part.length;) {
			let to = Math.min(part.length, from + charsPerTask);
			// A surrogate pair is encoded whole: alone, each half would become U+FFFD.
			if (to < part.length && isLowSurrogate(part.charCodeAt(to))) to--;
			encoded.push(new Blob([part.slice(from, to)]));
			from = to;
			await nextTask();
		}
	}
	return new Blob(encoded, { type });
}
