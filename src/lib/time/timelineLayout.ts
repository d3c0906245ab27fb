import { dateOfDay, dayFromIso, type Day } from './days';
import type { DayInterval } from './interval';

/** Days to pixels and back along a timeline `width` px wide with `padding` px at each end. */
export function timelineScale(bounds: DayInterval | null, width: number, padding: number) {
	const from = bounds?.start ?? 0;
	const span = Math.max(1, (bounds?.end ?? 1) - from);
	const inner = Math.max(1, width - 2 * padding);
	return {
		x: (day: Day) => padding + ((day - from) / span) * inner,
		day: (x: number) => Math.round(from + ((x - padding) / inner) * span)
	};
}

export type TimelineScale = ReturnType<typeof timelineScale>;

/**
 * The years to mark inside `bounds` (1 January of each), thinned so that labels stay at least
 * `minSpacingPx` apart on a timeline `width` px wide.
 */
export function yearTicks(bounds: DayInterval, width: number, minSpacingPx = 70) {
	const first = dateOfDay(bounds.start).getUTCFullYear();
	const last = dateOfDay(bounds.end).getUTCFullYear();
	const every = Math.max(1, Math.ceil((last - first + 1) / Math.max(1, width / minSpacingPx)));
	const ticks: { year: number; day: Day }[] = [];
	for (let year = first + 1; year <= last; year += every) {
		ticks.push({ year, day: dayFromIso(String(year)) });
	}
	return ticks;
}

/**
 * Spans laid out in at most `maxLanes` lanes so that overlapping ones do not draw over each other
 * (the last lane takes what does not fit); each at least 2 px wide. Input sorted by start.
 */
export function timelineLanes<T extends DayInterval>(
	spans: readonly T[],
	scale: TimelineScale,
	maxLanes: number
) {
	const laneEnds: number[] = [];
	return spans.map((span) => {
		const x1 = scale.x(span.start);
		const x2 = Math.max(x1 + 2, scale.x(span.end + 1));
		let lane = laneEnds.findIndex((end) => end < x1 - 1);
		if (lane === -1) lane = laneEnds.length < maxLanes ? laneEnds.length : laneEnds.length - 1;
		laneEnds[lane] = x2;
		return { span, x1, x2, lane };
	});
}

export type WindowPart = 'start' | 'end' | 'whole';

/** The window with one edge, or the whole window, moved to `to`; edges never cross. */
export function movedWindow(part: WindowPart, to: Day, current: DayInterval): DayInterval {
	if (part === 'start') return { start: Math.min(to, current.end), end: current.end };
	if (part === 'end') return { start: current.start, end: Math.max(to, current.start) };
	return { start: to, end: to + (current.end - current.start) };
}
