import type { Toponym } from '../types';
import { placeOnly } from '../place';
import { distanceKm } from '$lib/geo/distanceKm';

/** Farther than this from the place a town is said to be near, its reading is a namesake, km. */
const NEAR_KM = 300;
/** What says a town lies near the place named right after it: "Alpha, near Cotonou". */
const NEAR = /^,? (?:near|outside|close to) (?:the )?$/;
/** Confidence of a town placed at the place it is said to be near: the review lists it first. */
const PLACED_NEAR_CONFIDENCE = 0.4;

/**
 * "the port of Alpha, near Cotonou": a town read farther than NEAR_KM from the town or region it
 * is said to be near takes the reading of its name that lies near it, else is placed at that
 * place ("Alpha, Cotonou"); every mention of the name read the same way follows. `toponyms` are
 * in text order.
 */
export function placeNearNamed(text: string, toponyms: Toponym[]): Toponym[] {
	const moved = new Map<string, Partial<Toponym>>();
	toponyms.forEach((t, i) => {
		const holder = toponyms[i + 1];
		if (t.kind !== 'city' || !holder || !NEAR.test(text.slice(t.end, holder.start))) return;
		if (holder.kind !== 'city' && holder.kind !== 'region') return;
		if (distanceKm(t, holder) <= NEAR_KM) return;
		const near = t.candidates?.find((c) => distanceKm(c, holder) <= NEAR_KM);
		moved.set(
			readingKey(t),
			near
				? placeOnly(near)
				: {
						name: `${t.text}, ${holder.name}`,
						lat: holder.lat,
						lon: holder.lon,
						countryIso2: holder.countryIso2,
						geonameid: undefined,
						confidence: PLACED_NEAR_CONFIDENCE
					}
		);
	});
	if (!moved.size) return toponyms;
	return toponyms.map((t) => {
		const to = moved.get(readingKey(t));
		return to ? withoutUndefined({ ...t, ...to }) : t;
	});
}

/** A name as the text writes it and the place it was read as. */
function readingKey(t: Toponym): string {
	return `${t.text}\u0000${t.name}`;
}

function withoutUndefined(t: Toponym): Toponym {
	if (t.geonameid === undefined) delete t.geonameid;
	return t;
}
