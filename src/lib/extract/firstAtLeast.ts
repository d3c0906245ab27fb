/** Index of the first of ascending numbers that is at least `value` (their length when none is). */
export function firstAtLeast(ascending: ArrayLike<number>, value: number): number {
	let low = 0;
	let high = ascending.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (ascending[middle] < value) low = middle + 1;
		else high = middle;
	}
	return low;
}
