/** How precisely a date is known, finest first; the order is the index the GPU layer receives. */
export const datePrecisions = ['day', 'month', 'season', 'year', 'range'] as const;
export type DatePrecision = (typeof datePrecisions)[number];
