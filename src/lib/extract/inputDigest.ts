import type { ArticleInput } from './types';

/**
 * SHA-256, hex, of what decides an extraction besides the pipeline: the text, its format and the
 * publication date (not the title). The extraction worker computes it: at 5 MB, encoding the
 * text took a few hundred ms of the page's thread.
 */
export async function inputDigest(input: ArticleInput): Promise<string> {
	const key = JSON.stringify([input.format ?? 'text', input.meta?.published ?? null, input.text]);
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
	return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
