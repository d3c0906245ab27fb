/** What an event is about; the order is the index the GPU layer receives. */
export const eventKinds = [
	'military',
	'diplomatic',
	'political',
	'economic',
	'humanitarian',
	'other'
] as const;
export type EventKind = (typeof eventKinds)[number];
