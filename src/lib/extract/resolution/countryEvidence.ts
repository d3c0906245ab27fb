import type { Gazetteer } from '../gazetteer';
import type { NameMention } from '../places/findNames';
import type { Sentence } from '../types';
import type { Token } from '../tokens';
import { sentenceAt } from '../02-segment';

/** Share of the document's country evidence per ISO2, 0..1 relative to the most mentioned. */
export function countryFocus(
	gaz: Gazetteer,
	names: NameMention[],
	tokens: Token[]
): Map<string, number> {
	const weight = new Map<string, number>();
	const add = (iso: string | null, w: number) => {
		if (iso) weight.set(iso, (weight.get(iso) ?? 0) + w);
	};
	for (const n of names) {
		// Only names with one country among their larger readings count: "Mexico" (a few small US
		// towns too) counts for Mexico, "Georgia" (the country or the state) for neither.
		// A name with no country reading counts only when all its readings share one country: a
		// division "Nelson" (New Zealand) must not make every Nelson in Canada a New Zealand one.
		const hasCountry = n.entries.some((e) => gaz.entries[e].kind === 'country');
		const large = n.entries.filter((e) => gaz.entries[e].source !== 'geonames');
		const countries = new Set(
			(hasCountry ? large : n.entries).map((e) => gaz.entries[e].countryIso2)
		);
		if (countries.size !== 1) continue;
		add([...countries][0], hasCountry ? 1 : 0.5);
	}
	for (const t of tokens) {
		if (t.capitalised) add(gaz.demonyms.get(t.key) ?? null, 0.5);
	}
	const max = Math.max(1, ...weight.values());
	return new Map([...weight].map(([iso, w]) => [iso, w / max]));
}

/** Countries unambiguously named in each sentence (by sentence index), to favour co-located readings. */
export function countriesBySentence(
	gaz: Gazetteer,
	names: NameMention[],
	sentences: Sentence[]
): Map<number, Set<string>> {
	const bySentence = new Map<number, Set<string>>();
	for (const n of names) {
		const isos = new Set(n.entries.map((e) => gaz.entries[e].countryIso2));
		if (isos.size !== 1) continue;
		const iso = [...isos][0];
		if (!iso) continue;
		const s = sentenceAt(sentences, n.start);
		if (!bySentence.has(s)) bySentence.set(s, new Set());
		bySentence.get(s)!.add(iso);
	}
	return bySentence;
}
