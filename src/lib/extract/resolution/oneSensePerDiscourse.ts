import type { GazetteerEntry } from '../gazetteer';
import type { NameMention } from '../places/findNames';
import { nameKey } from '../tokens';
import type { Reading } from './rankReadings';

/**
 * One referent per name in an article: each reading's scores are summed over every mention of the
 * name, so "London, Ontario" once makes every "London" of the article the Ontario city. A mention
 * that is `qualified` ("Washington, D.C." in a story about the state) keeps its own ranking.
 * Returns the rankings with the summed scores, best first.
 */
export function oneSensePerDiscourse(
	names: NameMention[],
	rankings: Reading[][],
	qualified: (n: number) => boolean = () => false
): Reading[][] {
	const totals = new Map<string, Map<GazetteerEntry, number>>();
	const mentionsOfText = new Map<string, number>();
	names.forEach((m, n) => {
		mentionsOfText.set(m.text, (mentionsOfText.get(m.text) ?? 0) + 1);
		const key = nameKey(m.text);
		let sum = totals.get(key);
		if (!sum) totals.set(key, (sum = new Map()));
		for (const r of rankings[n]) sum.set(r.entry, (sum.get(r.entry) ?? 0) + r.score);
	});
	return names.map((m, n) => {
		if (qualified(n)) return rankings[n];
		const sum = totals.get(nameKey(m.text))!;
		const count = mentionsOfText.get(m.text)!;
		return rankings[n]
			.map((r) => ({ entry: r.entry, score: sum.get(r.entry)! / count }))
			.sort((a, b) => b.score - a.score);
	});
}
