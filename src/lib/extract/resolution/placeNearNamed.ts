import type { Place, Toponym } from '../types';
import { placeOnly } from '../place';
import { distanceKm } from '$lib/geo/distanceKm';
import { PLACED_BY_NEIGHBOUR_CONFIDENCE } from './resolveUnlisted';

/** Farther than this from the place a town is said to be near, its reading is a namesake, km. */
const NEAR_KM = 300;
/** What says a town lies near the town named right after it: "Alpha, near Cotonou". */
const NEAR = /^,? (?:near|outside|close to) $/;
/** What makes the town after "near" part of another thing: "near the Kyiv border". */
const GOES_ON = /^ (?:border|frontier|line|coast|region|area|airport)\b/;

/**
 * "the port of Alpha, near Cotonou": a town read farther than NEAR_KM from the town it is said to
 * be near takes the reading of its name that lies near it, else is placed at that town ("Alpha,
 * Cotonou"), with a low confidence either way; every mention of the name read the same way
 * follows. Only a town is near enough to tell: a region's point says little of what lies near it
 * ("Tijuana, near the California border"). `toponyms` are in text order.
 */
export function placeNearNamed(text: string, toponyms: Toponym[]): Toponym[] {
	const moved = new Map<string, Place>();
	toponyms.forEach((t, i) => {
		const holder = toponyms[i + 1];
		if (t.kind !== 'city' || holder?.kind !== 'city') return;
		if (!NEAR.test(text.slice(t.end, holder.start)) || GOES_ON.test(text.slice(holder.end))) return;
		if (distanceKm(t, holder) <= NEAR_KM) return;
		const near = t.candidates?.find((c) => distanceKm(c, holder) <= NEAR_KM);
		const { lat, lon, countryIso2 } = holder;
		const at = { name: `${t.text}, ${holder.name}`, lat, lon, kind: t.kind, countryIso2 };
		moved.set(readingKey(t), near ? placeOnly(near) : at);
	});
	if (!moved.size) return toponyms;
	return toponyms.map((t) => {
		const to = moved.get(readingKey(t));
		if (!to) return t;
		const { start, end, text: written, literal, candidates } = t;
		const kept = { start, end, text: written, literal, ...(candidates ? { candidates } : {}) };
		return { ...kept, ...to, confidence: PLACED_BY_NEIGHBOUR_CONFIDENCE };
	});
}

/** A name as the text writes it and the place it was read as. */
function readingKey(t: Toponym): string {
	return `${t.text}\u0000${t.name}`;
}
