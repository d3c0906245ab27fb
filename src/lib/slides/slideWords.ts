import { counted } from '$lib/words/counted';
/** Whether a point, longitude then latitude in degrees, lies inside the capture frame. */
export type InFrame = (lon: number, lat: number) => boolean;

/** An event drawn inside the capture frame, named by its key and (if located) its place. */
export interface FramedEvent {
	key: string;
	placeName: string | null;
}

export interface SlideWordsInputs {
	/** The selected event, with the words a slide about it carries; null when none is selected. */
	selected: { key: string; label: string; caption: string } | null;
	/** The time window in words, set under the title in every format. */
	timeWindowText: string;
	/** The events drawn in the time window inside the capture frame. */
	eventsInFrame: readonly FramedEvent[];
	/** The rings, distances and measurement on the map, in words named by place. */
	analysis?: readonly string[];
}

/**
 * A caption led by the analysis on the map, so that a caption cut to the slide's two lines
 * keeps it: “100 km ring around Machulishchy airbase. 12 events in view.”
 */
export function captionWithAnalysis(caption: string, analysis: readonly string[] = []): string {
	return analysis.length ? `${analysis.join('; ')}. ${caption}` : caption;
}

const placesNamed = 3;

/** “Minsk”, “Minsk and Kyiv”, “Minsk, Kyiv and Homyel”, “Minsk, Kyiv, Homyel and 2 more places”. */
function listOfPlaces(names: readonly string[]): string {
	const shown = names.slice(0, placesNamed);
	const more = names.length - shown.length;
	if (more > 0) return `${shown.join(', ')} and ${counted(more, 'more place')}`;
	if (shown.length === 1) return shown[0];
	return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Place names of the events, the place with most events first, ties in alphabetical order. */
function placesByEvents(events: readonly FramedEvent[]): string[] {
	const counts = new Map<string, number>();
	for (const { placeName } of events) {
		if (placeName) counts.set(placeName, (counts.get(placeName) ?? 0) + 1);
	}
	return [...counts]
		.sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
		.map(([name]) => name);
}

/**
 * A slide's title and caption from what the slide shows: the selected event's label and
 * caption while that event is drawn inside the frame; otherwise the places of the events in the
 * frame (the time window when there are none, since it is set under the title anyway) and how
 * many events the frame holds. Never from the passage the reading pane happens to show.
 *
 * @example
 * slideWords({ selected: null, timeWindowText: 'Aug 2020 – Mar 2021',
 *   eventsInFrame: [{ key: 'a:1', placeName: 'Minsk' }] })
 * // { title: 'Minsk', caption: '1 event in view.' }
 */
export function slideWords(inputs: SlideWordsInputs): { title: string; caption: string } {
	const { selected, eventsInFrame } = inputs;
	if (selected && eventsInFrame.some((event) => event.key === selected.key)) {
		return {
			title: selected.label,
			caption: captionWithAnalysis(selected.caption, inputs.analysis)
		};
	}
	const places = placesByEvents(eventsInFrame);
	const count = eventsInFrame.length;
	const caption = count ? `${counted(count, 'event')} in view.` : 'No events in view.';
	return {
		title: places.length ? listOfPlaces(places) : inputs.timeWindowText,
		caption: captionWithAnalysis(caption, inputs.analysis)
	};
}
