import { parsePermalink, serializePermalink, type PermalinkState } from '$lib/permalink/permalink';
import type { SlideAnnotation } from './slideAnnotations';
import type { LegendSide } from './slideLayout';

/** One row of a slide's legend: a visible layer or kind, drawn as a small swatch. */
export interface LegendEntry {
	label: string;
	/** A CSS colour. */
	colour: string;
	shape: 'disc' | 'diamond' | 'line' | 'square';
	/** Opacity of the swatch's fill, as the map fills events by date precision; 1 if absent. */
	fill?: number;
}

/** A scale bar measured in slide pixels at 1× (1280 px wide). */
export interface ScaleBar {
	label: string;
	widthPx: number;
}

/** An article or a data set a slide cites; the sources slide lists each once. */
export interface SourceCitation {
	/** Stable identity for de-duplication, e.g. the article id or the data set id. */
	id: string;
	kind: 'article' | 'data';
	/** A full reference in words: “Davidzon, V. Difficult neighbors. Atlantic Council, 2021.” */
	text: string;
	url?: string;
}

/** What the explorer hands over at the moment of a snapshot. */
export interface SnapshotContent {
	permalinkState: PermalinkState;
	title: string;
	caption: string;
	timeWindowText: string;
	legend: LegendEntry[];
	/** Where the legend hides fewer of the events in the frame. */
	legendSide: LegendSide;
	attribution: string;
	sources: SourceCitation[];
}

/** What the map itself says about the captured view. */
export interface MapViewFacts {
	scaleBar: ScaleBar | null;
	/** Degrees clockwise from north; 0 when the map is not rotated. */
	bearingDeg: number;
}

/** What a capture of the map holds: its picture's facts and the annotations in its frame. */
export interface CapturedView {
	view: MapViewFacts;
	annotations: SlideAnnotation[];
}

/** The stored map picture of a slide: the 16:9 crop of the map with its locator inset. */
export interface SlideImageRef {
	id: string;
	width: number;
	height: number;
}

export interface Slide {
	id: string;
	/** The full app state as the permalink's own versioned URL hash, so the slide reopens live. */
	permalink: string;
	title: string;
	caption: string;
	notes: string;
	timeWindowText: string;
	legend: LegendEntry[];
	/** Absent in slides made before the legend could move: at the right. */
	legendSide?: LegendSide;
	attribution: string;
	sources: SourceCitation[];
	view: MapViewFacts;
	/** The arrows, labels and areas drawn on the map, where the slide shows them. */
	annotations: SlideAnnotation[];
	image: SlideImageRef;
	/** ISO 8601 timestamp. */
	capturedAt: string;
}

/** The app state a slide restores when it is reopened; malformed parts are left out. */
export function slidePermalinkState(slide: Slide): PermalinkState {
	return parsePermalink(slide.permalink).state;
}

/** A new slide from a snapshot, captured now unless `capturedAt` says when; its notes start empty. */
export function createSlide(
	content: SnapshotContent,
	captured: CapturedView,
	image: SlideImageRef,
	options: { id: string; capturedAt?: string }
): Slide {
	return {
		id: options.id,
		permalink: serializePermalink(content.permalinkState),
		title: content.title,
		caption: content.caption,
		notes: '',
		timeWindowText: content.timeWindowText,
		legend: content.legend,
		legendSide: content.legendSide,
		attribution: content.attribution,
		sources: content.sources,
		view: captured.view,
		annotations: captured.annotations,
		image,
		capturedAt: options.capturedAt ?? new Date().toISOString()
	};
}
