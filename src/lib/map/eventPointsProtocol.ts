import type { DrawRange } from '$lib/events/eventDrawing';

/** Everything the drawing worker needs for one picture of the events. */
export interface EventPointsFrame {
	/** Increases with every frame the main thread sends; the worker echoes what it drew. */
	version: number;
	/** The events this frame is for (see the 'events' message). */
	eventsId: number;
	widthPx: number;
	heightPx: number;
	/** Device pixels per CSS pixel of the events canvas. */
	pixelRatio: number;
	/** Web Mercator (0..1) to clip space, from the map's own frame. */
	matrix: Float32Array;
	/** The time window in days, clamped to finite numbers. */
	window: [number, number];
	/** Runs of events, in draw order, that the window can meet. */
	ranges: DrawRange[];
	pointScale: number;
	/** Table indices of the selected and hovered events (-1 for none). */
	selected: number;
	hovered: number;
	/** Draw-order positions of the emphasised events, drawn again on top. */
	emphasised: number[];
}

export type EventPointsMessage =
	| { type: 'start'; canvas: OffscreenCanvas; kindColors: Float32Array }
	/** New events: `count` of them, whose vertices follow in slices. */
	| { type: 'events'; eventsId: number; count: number }
	/** Vertices of events from `firstEvent` on (eventDrawing's layout). */
	| { type: 'eventsSlice'; eventsId: number; firstEvent: number; vertices: Float32Array }
	| { type: 'frame'; frame: EventPointsFrame }
	/** Asks for a picture of the next frame drawn at or after `version`. */
	| { type: 'picture'; version: number };

export type EventPointsReply =
	/** The context is made and drew a known frame correctly: frames will be drawn. */
	| { type: 'ready' }
	/** Frame `version` is on screen; painting it took `paintMs` of the drawing thread's time. */
	| { type: 'drawn'; version: number; paintMs: number }
	/** A picture of frame `version`, or null if the worker could not draw one. */
	| { type: 'picture'; version: number; picture: ImageBitmap | null }
	/** The events cannot be drawn here (no context, a wrong test frame, a lost context). */
	| { type: 'failed'; message: string };
