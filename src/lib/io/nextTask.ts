/**
 * Resolves in a task of its own, after what the page has waiting: long work that awaits it
 * between parts lets the page draw and answer input meanwhile.
 */
export const nextTask = () => new Promise<void>((next) => setTimeout(next));
