import type { LegendEntry, Slide, SourceCitation } from './slide';
import { isRecord } from '$lib/json/isRecord';
import { isSlideAnnotation } from './slideAnnotations';

/** The stored form of a deck: its slides in order, with a format version. */
export interface DeckRecord {
	version: number;
	slides: Slide[];
}

export const deckRecordVersion = 1;

export interface ParsedDeckRecord {
	slides: Slide[];
	/** Slides or fields that could not be read, in words, for a short notice. */
	problems: string[];
}

export function serializeDeck(slides: readonly Slide[]): DeckRecord {
	return { version: deckRecordVersion, slides: structuredClone([...slides]) };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isFiniteNumber = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);
const legendShapes = new Set<LegendEntry['shape']>(['disc', 'diamond', 'line', 'square']);

function isLegendEntry(value: unknown): value is LegendEntry {
	return (
		isRecord(value) &&
		isString(value.label) &&
		isString(value.colour) &&
		legendShapes.has(value.shape as LegendEntry['shape']) &&
		(value.fill === undefined || (isFiniteNumber(value.fill) && value.fill >= 0 && value.fill <= 1))
	);
}

function isSourceCitation(value: unknown): value is SourceCitation {
	return (
		isRecord(value) &&
		isString(value.id) &&
		(value.kind === 'article' || value.kind === 'data') &&
		isString(value.text) &&
		(value.url === undefined || isString(value.url))
	);
}

function isSlide(value: unknown): value is Slide {
	if (!isRecord(value)) return false;
	const { view, image } = value;
	return (
		['id', 'permalink', 'title', 'caption', 'notes', 'timeWindowText', 'attribution', 'capturedAt']
			.map((key) => value[key])
			.every(isString) &&
		Array.isArray(value.legend) &&
		value.legend.every(isLegendEntry) &&
		[undefined, 'right', 'left'].includes(value.legendSide as string | undefined) &&
		Array.isArray(value.sources) &&
		value.sources.every(isSourceCitation) &&
		Array.isArray(value.annotations) &&
		value.annotations.every(isSlideAnnotation) &&
		isRecord(view) &&
		isFiniteNumber(view.bearingDeg) &&
		(view.scaleBar === null ||
			(isRecord(view.scaleBar) &&
				isString(view.scaleBar.label) &&
				isFiniteNumber(view.scaleBar.widthPx))) &&
		isRecord(image) &&
		isString(image.id) &&
		isFiniteNumber(image.width) &&
		isFiniteNumber(image.height)
	);
}

/** Slides saved before annotations existed have none. */
function withAnnotations(value: unknown): unknown {
	return isRecord(value) && value.annotations === undefined ? { ...value, annotations: [] } : value;
}

/**
 * Reads a stored deck. A record of an unknown version yields no slides and says so; a slide that
 * cannot be read is left out and counted in `problems`, the others are kept. Never throws.
 */
export function parseDeckRecord(json: unknown): ParsedDeckRecord {
	if (json === undefined || json === null) return { slides: [], problems: [] };
	if (!isRecord(json) || !Array.isArray(json.slides)) {
		return { slides: [], problems: ['the saved deck cannot be read'] };
	}
	if (json.version !== deckRecordVersion) {
		return {
			slides: [],
			problems: [`the saved deck has an unknown format version (${String(json.version)})`]
		};
	}
	const slides = json.slides.map(withAnnotations).filter(isSlide);
	const unreadable = json.slides.length - slides.length;
	return {
		slides,
		problems: unreadable ? [`${unreadable} saved slide(s) could not be read`] : []
	};
}

/** A deck as a project file carries it: the record and each slide's PNG as base64. */
export interface PortableDeck {
	record: DeckRecord;
	images: Record<string, string>;
}

/**
 * The slides of a portable deck read from a file, each with its PNG bytes' base64; slides that
 * cannot be read, or whose picture is missing, are left out and named in `problems`.
 */
export function parsePortableDeck(value: unknown): {
	slides: { slide: Slide; pngBase64: string }[];
	problems: string[];
} {
	if (!isRecord(value) || !isRecord(value.images)) {
		return { slides: [], problems: ['the slides are not in a form geobrief can read'] };
	}
	const images = value.images;
	const { slides, problems } = parseDeckRecord(value.record);
	const readable = slides.flatMap((slide) => {
		const pngBase64 = images[slide.image.id];
		return isString(pngBase64) ? [{ slide, pngBase64 }] : [];
	});
	if (readable.length < slides.length) {
		problems.push(`${slides.length - readable.length} slide(s) had no picture`);
	}
	return { slides: readable, problems };
}
