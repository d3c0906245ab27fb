/** How precisely a date is known, finest first; the order is the index the GPU layer receives. */
export const datePrecisions = [
	'day',
	'month',
	'season',
	'quarter',
	'year',
	'decade',
	'range'
] as const;
export type DatePrecision = (typeof datePrecisions)[number];
