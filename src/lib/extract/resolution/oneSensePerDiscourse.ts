import type { GazetteerEntry } from '../gazetteer';
import type { NameMention } from '../places/findNames';
import { nameKey } from '../tokens';
import type { Reading } from './rankReadings';

/**
 * One referent per name in an article: each reading's scores are summed over every mention of the
 * name, so "London, Ontario" once makes every "London" of the article the Ontario city. Returns
 * the rankings with the summed scores, best first.
 */
export function oneSensePerDiscourse(names: NameMention[], rankings: Reading[][]): Reading[][] {
	const totals = new Map<string, Map<GazetteerEntry, number>>();
	names.forEach((m, n) => {
		const key = nameKey(m.text);
		let sum = totals.get(key);
		if (!sum) totals.set(key, (sum = new Map()));
		for (const r of rankings[n]) sum.set(r.entry, (sum.get(r.entry) ?? 0) + r.score);
	});
	return names.map((m, n) => {
		const sum = totals.get(nameKey(m.text))!;
		const count = names.filter((o) => o.text === m.text).length || 1;
		return rankings[n]
			.map((r) => ({ entry: r.entry, score: sum.get(r.entry)! / count }))
			.sort((a, b) => b.score - a.score);
	});
}
