/**
 * Where the open event card sits over the map (EventDetails takes these): at the bottom left,
 * `insetRem` from the edge, up to `maxWidthRem` wide and no wider than `maxShare` of the map.
 */
export const EVENT_CARD = { insetRem: 0.75, maxWidthRem: 26, maxShare: 0.55 } as const;

/** How many pixels from its left edge the open event card covers of a map `mapWidth` wide. */
export function eventCardCover(mapWidth: number, remPx: number): number {
	return (
		EVENT_CARD.insetRem * remPx +
		Math.min(EVENT_CARD.maxWidthRem * remPx, EVENT_CARD.maxShare * mapWidth)
	);
}
