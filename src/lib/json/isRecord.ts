/** An object parsed from JSON, its fields not checked yet. */
export type JsonRecord = Record<string, unknown>;

/** Whether a parsed JSON value is an object (not null, not an array), so its fields can be read. */
export function isRecord(value: unknown): value is JsonRecord {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
