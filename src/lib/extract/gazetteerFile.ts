/**
 * The container of the compiled gazetteer (geodata/build/gazetteer.bin): a JSON header and named
 * typed columns, so that opening it parses no rows. Layout: "GBGZ", the header's byte length
 * (uint32 LE), the header, then each column at a 4-byte aligned offset the header gives.
 * Columns are little-endian, as every browser and Node platform in use is.
 */

import type { PlaceKind } from './types';

export const GAZETTEER_FILE_FORMAT = 'geobrief-gazetteer-bin/1';
const MAGIC = 'GBGZ';

/** Coordinates are kept to 1e-5 degree (about a metre); the sources give at most four decimals. */
export const COORDINATE_SCALE = 1e5;

/** What the compiled file's header holds besides the places of its columns. */
export interface CompiledHeader {
	counts: { countries: number; features: number; cities: number };
	kinds: PlaceKind[];
	featureCodes: string[];
	/** ISO2 codes and admin-1 codes by their number in a column; number 0 is none. */
	countries: string[];
	admin1: string[];
	/** Case shapes of spellings, a letter a word: "C" capitalised, "A" all capitals, "l" lower. */
	shapes: string[];
	borders: [string, string, number, number][];
	nonPlaceWords: string[];
	firstNames: string[];
	demonyms: Record<string, string>;
	eventAnchors: [string, string, string[]][];
	attribution: string[];
}

export const ALIAS_MAIN = 1;
export const ALIAS_QUALIFIER_ONLY = 2;

const COLUMN_TYPES = {
	u8: Uint8Array,
	u16: Uint16Array,
	u32: Uint32Array,
	i32: Int32Array
};
type ColumnType = keyof typeof COLUMN_TYPES;
export type Column = Uint8Array | Uint16Array | Uint32Array | Int32Array;

interface ColumnPlace {
	type: ColumnType;
	offset: number;
	length: number;
	/** Stored as differences from the value before: mostly small, so they compress. */
	delta?: true;
}

function typeOf(column: Column): ColumnType {
	if (column instanceof Uint8Array) return 'u8';
	if (column instanceof Uint16Array) return 'u16';
	if (column instanceof Uint32Array) return 'u32';
	return 'i32';
}

const align = (n: number) => Math.ceil(n / 4) * 4;

/**
 * Writes `header` (any JSON) and `columns` into one file; the Int32Array columns named in `delta`
 * are stored as differences (unpackGazetteerFile restores them).
 */
export function packGazetteerFile(
	header: object,
	columns: Record<string, Column>,
	delta: string[] = []
): Uint8Array {
	const stored = Object.entries(columns).map(([name, column]): [string, Column] => {
		if (!delta.includes(name)) return [name, column];
		if (!(column instanceof Int32Array)) throw new TypeError(`${name}: only i32 is delta-coded`);
		return [name, column.map((value, i) => value - (i ? column[i - 1] : 0))];
	});
	const places: Record<string, ColumnPlace> = {};
	let offset = 0;
	for (const [name, column] of stored) {
		places[name] = { type: typeOf(column), offset, length: column.length };
		if (delta.includes(name)) places[name].delta = true;
		offset = align(offset + column.byteLength);
	}
	const headerBytes = new TextEncoder().encode(
		JSON.stringify({ format: GAZETTEER_FILE_FORMAT, ...header, columns: places })
	);
	const start = align(8 + headerBytes.length);
	const file = new Uint8Array(start + offset);
	file.set(new TextEncoder().encode(MAGIC), 0);
	new DataView(file.buffer).setUint32(4, headerBytes.length, true);
	file.set(headerBytes, 8);
	for (const [name, column] of stored)
		file.set(
			new Uint8Array(column.buffer, column.byteOffset, column.byteLength),
			start + places[name].offset
		);
	return file;
}

function runningSums(differences: Int32Array): Int32Array {
	const values = new Int32Array(differences.length);
	for (let i = 0, sum = 0; i < values.length; i++) values[i] = sum += differences[i];
	return values;
}

/**
 * The header and the columns of a file packGazetteerFile wrote; throws on anything else. Columns
 * are views of `bytes` (delta-coded ones are copies): `bytes` is never changed.
 */
export function unpackGazetteerFile(bytes: Uint8Array): {
	header: Record<string, unknown>;
	columns: Record<string, Column>;
} {
	const bad = (why: string): never => {
		throw new Error(`The gazetteer file is damaged or not a gazetteer: ${why}.`);
	};
	if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC)
		bad('no GBGZ mark');
	// Columns are viewed in place, so the file must start 4-byte aligned (a Node Buffer may not).
	const file = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
	const headerLength = new DataView(file.buffer, file.byteOffset).getUint32(4, true);
	if (8 + headerLength > file.length) bad('the header runs past the end');
	const header = JSON.parse(new TextDecoder().decode(file.subarray(8, 8 + headerLength)));
	if (header?.format !== GAZETTEER_FILE_FORMAT) bad(`format ${String(header?.format)}`);
	const start = file.byteOffset + align(8 + headerLength);
	const columns: Record<string, Column> = {};
	for (const [name, place] of Object.entries(header.columns as Record<string, ColumnPlace>)) {
		const Type = COLUMN_TYPES[place.type];
		if (!Type) bad(`column ${name} has type ${place.type}`);
		const end = start + place.offset + place.length * Type.BYTES_PER_ELEMENT;
		if (end > file.byteOffset + file.length) bad(`column ${name} runs past the end`);
		const stored = new Type(file.buffer as ArrayBuffer, start + place.offset, place.length);
		// Restored into a copy: the caller's bytes stay as they were, to be opened again.
		columns[name] = place.delta ? runningSums(stored as Int32Array) : stored;
	}
	return { header, columns };
}
