import type { FeatureCollection, Point } from 'geojson';
import type { Gazetteer } from './gazetteer';
import type { ArticleInput, DatePrecision, ExtractOptions, Extraction } from './types';
import { ingest, looksBinary } from './01-ingest';
import { segmentSentences } from './02-segment';
import { recognisePlaces } from './03-places';
import { resolvePlaces } from './04-resolve';
import { findDates } from './05-dates';
import { buildEvents } from './06-events';
import { tokenize } from './tokens';

export { openGazetteer } from './gazetteer';
export { parseGazetteer } from './compileGazetteer';
export type { Gazetteer } from './gazetteer';
export type * from './types';

/** Publication day when none was given or found: the end of the latest year the text names. */
function fallbackPublished(text: string): string {
	let latest = 0;
	for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) latest = Math.max(latest, +m[1]);
	return latest ? `${latest}-12-31` : new Date().toISOString().slice(0, 10);
}

/**
 * Runs the whole pipeline on one article: ingest -> sentences -> places -> resolution -> dates -> events.
 * Offsets in the result refer to `doc.text` (for plain text, the input itself).
 * Throws on input over MAX_INPUT_CHARS; returns an empty result with a warning for empty or binary input.
 */
export function extractArticle(
	input: ArticleInput,
	gazetteer: Gazetteer,
	options: ExtractOptions = {}
): Extraction {
	const progress = options.onProgress ?? (() => {});
	if (typeof input?.text !== 'string')
		throw new Error('extractArticle: input.text must be a string');
	const warnings: string[] = [];
	const binary = looksBinary(input.text);
	const doc = ingest(binary ? { ...input, text: '' } : input);
	const empty = (warning: string): Extraction => ({
		doc: { id: input.id, ...doc, text: binary ? '' : doc.text },
		toponyms: [],
		events: [],
		warnings: [...warnings, warning]
	});
	if (binary) return empty('the input looks like binary data, not text');
	if (!doc.text.trim()) return empty('the article text is empty');
	if (!doc.meta.published) {
		doc.meta.published = fallbackPublished(doc.text);
		warnings.push(
			`no publication date given or found; relative dates are read from ${doc.meta.published}`
		);
	}
	progress(0.1);
	const sentences = segmentSentences(doc.text, doc.paragraphs);
	const tokens = tokenize(doc.text);
	progress(0.3);
	// Places are read in titles, datelines, teasers, captions and trailers too: a place named there
	// is still a place (dates there are not events). Only bylines are left out.
	const placeSkip = doc.boilerplate.filter((b) => b.reason === 'byline');
	const toponyms = resolvePlaces(
		gazetteer,
		doc.text,
		recognisePlaces(doc.text, tokens, gazetteer, placeSkip),
		tokens,
		sentences
	);
	progress(0.6);
	const dates = findDates(doc.text, doc.meta.published, doc.boilerplate, gazetteer.eventAnchors);
	progress(0.8);
	const events = buildEvents(input.id, doc.text, sentences, toponyms, dates, gazetteer.demonyms);
	progress(1);
	return { doc: { id: input.id, ...doc }, toponyms, events, warnings };
}

/**
 * The guidelines' precision for each of ours: they know no quarters or decades, and write a span
 * of whole months at 'month' ("August-September 2020") and of whole years at 'year'.
 */
const guidelinePrecision: Record<DatePrecision, 'day' | 'month' | 'season' | 'year' | 'range'> = {
	day: 'day',
	month: 'month',
	season: 'season',
	quarter: 'month',
	year: 'year',
	decade: 'year',
	range: 'range'
};

/** The prediction shape of shared/eval/GUIDELINES.md (snake_case, offsets into doc.text). */
export function toEvalJson(x: Extraction): object {
	return {
		doc_id: x.doc.id,
		published: x.doc.meta.published,
		toponyms: x.toponyms.map((t) => ({
			text: t.text,
			start: t.start,
			end: t.end,
			name: t.name,
			lat: t.lat,
			lon: t.lon,
			kind: t.kind,
			country_iso2: t.countryIso2,
			...(t.geonameid !== undefined ? { geonameid: t.geonameid } : {}),
			literal: t.literal
		})),
		events: x.events.map((e) => ({
			id: e.id,
			date_text: e.dateText,
			start: e.dateStart,
			end: e.dateEnd,
			normalized: {
				start: e.interval.start,
				end: e.interval.end,
				precision: guidelinePrecision[e.interval.precision],
				...(e.interval.mod ? { mod: e.interval.mod } : {}),
				...(e.interval.toleranceDays ? { tolerance_days: e.interval.toleranceDays } : {})
			},
			...(e.modality ? { modality: e.modality } : {}),
			summary: e.label,
			place_refs: e.placeRefs,
			quote_start: e.quoteStart,
			quote_end: e.quoteEnd
		}))
	};
}

/** One Point feature per located event, [lon, lat], with the event's dates and provenance. */
export function toGeoJson(x: Extraction): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: x.events.flatMap((e) =>
			e.location
				? [
						{
							type: 'Feature' as const,
							id: e.id,
							geometry: { type: 'Point' as const, coordinates: [e.location.lon, e.location.lat] },
							properties: {
								id: e.id,
								docId: e.docId,
								label: e.label,
								kind: e.kind,
								start: e.interval.start,
								end: e.interval.end,
								precision: e.interval.precision,
								dateText: e.dateText,
								place: x.toponyms[e.location.toponymIndex].name,
								scope: e.location.scope,
								quoteStart: e.quoteStart,
								quoteEnd: e.quoteEnd,
								confidence: e.confidence
							}
						}
					]
				: []
		)
	};
}
