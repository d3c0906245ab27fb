/** "1 article", "3 articles": a count with its noun, plural by an s. */
export function counted(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
