/**
 * Stage 4, resolution: one gazetteer reading per name mention (resolution/rankReadings.ts scores
 * them by prior, country focus, qualifiers and distance to the article's surer places; then one
 * referent per name), and places for border phrases, counties, coordinates and the streets,
 * buildings, villages and districts the gazetteer lacks (at the places around them).
 */
import type { Gazetteer } from './gazetteer';
import type { PlaceRecognition } from './03-places';
import type { CoordinateMention } from './places/findCoordinates';
import type { Sentence, Toponym } from './types';
import type { Token } from './tokens';
import { sentenceAt } from './02-segment';
import { placeOnly } from './place';
import { nameKey } from './tokens';
import { countriesBySentence, countryFocus } from './resolution/countryEvidence';
import { indexMentions } from './resolution/mentionIndex';
import { isLiteral } from './resolution/isLiteral';
import { oneSensePerDiscourse } from './resolution/oneSensePerDiscourse';
import { placeNearNamed } from './resolution/placeNearNamed';
import { qualifierOf } from './resolution/qualifiers';
import { rankReadings, type Anchors, type RankingContext } from './resolution/rankReadings';
import { resolveBorder } from './resolution/resolveBorder';
import { resolveCounty } from './resolution/resolveCounty';
import { resolveUnlisted } from './resolution/resolveUnlisted';

const MAX_CANDIDATES = 5;
/** A first-pass reading this far ahead of the next one anchors the second pass. */
const ANCHOR_MARGIN = 0.3;

/** 0..1: the winner's share of the top two scores; a name with one reading gets a bonus. */
function confidenceOf(best: number, runnerUp: number, readings: number): number {
	const share = best / (best + runnerUp) + (readings === 1 ? 0.1 : 0);
	return Math.round(Math.min(1, share) * 100) / 100;
}

function coordinatesToponym(c: CoordinateMention): Toponym {
	return {
		start: c.start,
		end: c.end,
		text: c.text,
		name: `${c.lat.toFixed(4)}, ${c.lon.toFixed(4)}`,
		lat: c.lat,
		lon: c.lon,
		kind: 'coordinates',
		countryIso2: null,
		literal: true,
		confidence: 0.95
	};
}

/** Picks one reading per mention (priors, country focus, co-occurrence) and resolves borders. */
export function resolvePlaces(
	gaz: Gazetteer,
	text: string,
	found: PlaceRecognition,
	tokens: Token[],
	sentences: Sentence[]
): Toponym[] {
	const focus = countryFocus(gaz, found.names, tokens);
	const context: RankingContext = {
		...indexMentions(gaz, text, tokens, found.names),
		sentences,
		focus,
		countriesBySentence: countriesBySentence(gaz, found.names, sentences)
	};
	// First pass: context from countries only; its sure readings anchor the second pass.
	const first = found.names.map((m) => rankReadings(context, m, null));
	// Each place once, with the names it was read from: nearness is to the nearest, and mentions
	// repeat (a long text, many times).
	const anchors: Anchors = new Map();
	first.forEach((r, n) => {
		const sure = r.length === 1 || r[0].score - (r[1]?.score ?? 0) > ANCHOR_MARGIN;
		if (!sure || r[0].entry.kind === 'country') return;
		const names = anchors.get(r[0].entry) ?? new Set<string>();
		anchors.set(r[0].entry, names.add(nameKey(found.names[n].text)));
	});
	const rankings = found.names.map((m) => rankReadings(context, m, anchors));
	const discourse = oneSensePerDiscourse(
		found.names,
		rankings,
		(n) => qualifierOf(context, found.names[n]) !== null
	);
	const named: Toponym[] = found.names.map((mention, n) => {
		const ranked = discourse[n];
		const best = ranked[0];
		return {
			start: mention.start,
			end: mention.end,
			text: mention.text,
			...placeOnly(best.entry),
			literal: isLiteral(best.entry, tokens, mention),
			confidence: confidenceOf(best.score, ranked[1]?.score ?? 0, ranked.length),
			...(ranked.length > 1
				? {
						candidates: ranked.slice(0, MAX_CANDIDATES).map((r) => ({
							...placeOnly(r.entry),
							score: Math.round(r.score * 1000) / 1000
						}))
					}
				: {})
		};
	});
	const toponyms = placeNearNamed(text, named);
	const landforms = new Set(
		found.names.flatMap((m, n) => (discourse[n][0].entry.featureCode === 'PHYS' ? [m.start] : []))
	);
	const countries = toponyms.filter((t) => t.kind === 'country');
	const placesInCountries = toponyms.filter(
		(t) => (t.kind === 'city' || t.kind === 'region') && t.countryIso2
	);
	for (const border of found.borders) {
		const sentence = sentences[sentenceAt(sentences, border.start)];
		const toponym = resolveBorder(gaz, border, countries, placesInCountries, sentence, focus);
		if (toponym) toponyms.push(toponym);
	}
	for (const county of found.counties) {
		const toponym = resolveCounty(gaz, county, toponyms, [...anchors.keys()], focus);
		if (toponym) toponyms.push(toponym);
	}
	// concat, not push(...): a long text may add more than a call's arguments can hold.
	return toponyms
		.concat(
			found.coordinates.map(coordinatesToponym),
			resolveUnlisted(text, [...found.facilities, ...found.localities], toponyms, sentences, (t) =>
				landforms.has(t.start)
			)
		)
		.sort((a, b) => a.start - b.start);
}
