import { htmlToText } from '$lib/extract/01-ingest';

const markupOrEntity = /[<&]/;
/** What is left of a tag after stripping: an opening bracket before a name, '!', '?' or '/'. */
const tagOpening = /<(?=[a-z!?/])/gi;
/** Entity-encoded markup can nest (&amp;lt;script&amp;gt;); each pass decodes one level. */
const maxPasses = 4;

/**
 * Reduces a field of an imported file to plain text: tags (and the content of script, style, svg,
 * math...) are dropped and entities decoded, repeatedly, so entity-encoded markup is dropped too.
 * Whatever still looks like a tag opening gets a harmless ‹ instead of <.
 *
 * @example plainText('<b>Minsk</b><script>alert(1)</script>') // 'Minsk'
 */
export function plainText(value: string): string {
	if (!markupOrEntity.test(value)) return value;
	let text = value;
	for (let pass = 0; pass < maxPasses; pass++) {
		const reduced = htmlToText(text).text;
		if (reduced === text) break;
		text = reduced;
	}
	return text.replace(tagOpening, '‹');
}
