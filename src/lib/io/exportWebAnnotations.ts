import {
	isPlaced,
	reviewStatusOf,
	type ReviewedExtraction,
	type ToponymReviewStatus
} from '$lib/review/edits';
import { firstAtLeast } from '$lib/extract/firstAtLeast';
import { roundedCoordinate } from './citedEvent';
import { isHttpUrl } from './webLink';

/** Characters of context kept before and after a quoted place name. */
const contextChars = 32;

/** W3C Web Annotation context, plus schema.org terms for the place in each body. */
const annotationContext = [
	'http://www.w3.org/ns/anno.jsonld',
	{
		schema: 'http://schema.org/',
		Place: 'schema:Place',
		GeoCoordinates: 'schema:GeoCoordinates',
		name: 'schema:name',
		geo: 'schema:geo',
		latitude: 'schema:latitude',
		longitude: 'schema:longitude',
		reviewStatus: 'schema:status'
	}
] as const;

export interface PlaceAnnotation {
	id: string;
	type: 'Annotation';
	motivation: 'identifying';
	body: {
		/** The GeoNames URI when the place has a GeoNames id. */
		id?: string;
		type: 'Place';
		name: string;
		/** Absent when the reader marked the place as unlocated. */
		geo?: { type: 'GeoCoordinates'; latitude: number; longitude: number };
		reviewStatus: ToponymReviewStatus;
	};
	target: {
		source: { id: string; type: 'Text'; format: 'text/plain'; title?: string };
		selector: [
			{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
			{ type: 'TextPositionSelector'; start: number; end: number }
		];
	};
}

export interface PlaceAnnotationCollection {
	'@context': typeof annotationContext;
	id: string;
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: { type: 'AnnotationPage'; startIndex: 0; items: PlaceAnnotation[] };
}

/**
 * Web Annotation positions count Unicode code points, not UTF-16 units: returns a function from
 * UTF-16 offset to code point offset for `text`.
 */
function codePointOffsets(text: string): (offset: number) => number {
	const pairEnds: number[] = [];
	for (let i = 0; i < text.length - 1; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) pairEnds.push(++i);
		}
	}
	return (offset) => offset - firstAtLeast(pairEnds, offset);
}

/** A slice that does not cut a surrogate pair in half at either end. */
function wholeCharacters(text: string, start: number, end: number): string {
	const isLow = (index: number) => /[\udc00-\udfff]/.test(text[index] ?? '');
	const from = start > 0 && isLow(start) ? start + 1 : start;
	const to = end < text.length && isLow(end) ? end - 1 : end;
	return text.slice(from, Math.max(from, to));
}

/** The article's IRI: its URL, or a geobrief URN when it has no http(s) one. */
function sourceIri(article: ReviewedExtraction): string {
	const url = article.doc.meta.url;
	return url && isHttpUrl(url) ? url : `urn:geobrief:article:${encodeURIComponent(article.doc.id)}`;
}

/**
 * The places of a reviewed article as a W3C Web Annotation collection
 * (https://www.w3.org/TR/annotation-model/): one 'identifying' annotation per place the reader
 * did not reject, its body the place (GeoNames URI and coordinates where known), its target the
 * name in the article's plain text, by a TextQuoteSelector (exact, with 32 characters of prefix
 * and suffix) and a TextPositionSelector (code point offsets into the text geobrief read, which
 * for an HTML page is the text reduced from it, not its markup).
 */
export function placeAnnotationCollection(article: ReviewedExtraction): PlaceAnnotationCollection {
	const text = article.doc.text;
	const source = sourceIri(article);
	const collectionId = `urn:geobrief:article:${encodeURIComponent(article.doc.id)}:places`;
	const toCodePoints = codePointOffsets(text);
	const items = article.toponyms
		.filter((toponym) => reviewStatusOf(toponym) !== 'notPlace')
		.map((toponym): PlaceAnnotation => ({
			id: `${collectionId}:${toponym.start}-${toponym.end}`,
			type: 'Annotation',
			motivation: 'identifying',
			body: {
				...(toponym.geonameid !== undefined
					? { id: `https://sws.geonames.org/${toponym.geonameid}/` }
					: {}),
				type: 'Place',
				name: toponym.name,
				...(isPlaced(toponym)
					? {
							geo: {
								type: 'GeoCoordinates' as const,
								latitude: roundedCoordinate(toponym.lat),
								longitude: roundedCoordinate(toponym.lon)
							}
						}
					: {}),
				reviewStatus: reviewStatusOf(toponym)
			},
			target: {
				source: {
					id: source,
					type: 'Text',
					format: 'text/plain',
					...(article.doc.meta.title ? { title: article.doc.meta.title } : {})
				},
				selector: [
					{
						type: 'TextQuoteSelector',
						exact: text.slice(toponym.start, toponym.end),
						prefix: wholeCharacters(text, Math.max(0, toponym.start - contextChars), toponym.start),
						suffix: wholeCharacters(text, toponym.end, toponym.end + contextChars)
					},
					{
						type: 'TextPositionSelector',
						start: toCodePoints(toponym.start),
						end: toCodePoints(toponym.end)
					}
				]
			}
		}));
	return {
		'@context': annotationContext,
		id: collectionId,
		type: 'AnnotationCollection',
		label: `Places in “${article.doc.meta.title || article.doc.id}”`,
		total: items.length,
		first: { type: 'AnnotationPage', startIndex: 0, items }
	};
}
