/**
 * Coalesces rapid inputs (pointer moves, held keys) into at most one apply per animation
 * frame; the last value pushed always wins.
 */
export class FrameCoalescer<T> {
	#latest: { value: T } | undefined;
	#frame = 0;
	#apply: (value: T) => void;
	#schedule: (callback: () => void) => number;

	constructor(
		apply: (value: T) => void,
		schedule: (callback: () => void) => number = (callback) => requestAnimationFrame(callback)
	) {
		this.#apply = apply;
		this.#schedule = schedule;
	}

	push(value: T): void {
		this.#latest = { value };
		if (this.#frame) return;
		this.#frame = this.#schedule(() => {
			this.#frame = 0;
			const latest = this.#latest;
			this.#latest = undefined;
			if (latest) this.#apply(latest.value);
		});
	}
}
