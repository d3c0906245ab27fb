// A tiny reader for .zip files (.pptx is one), enough for tests to look inside an export
// without a system unzip: it walks the central directory and inflates each stored entry.
import { inflateRawSync } from 'node:zlib';

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;
const localFileHeader = 0x04034b50;

/**
 * The files in a zip archive by name.
 * @param {Uint8Array} bytes
 * @returns {Map<string, Buffer>}
 */
export function zipEntries(bytes) {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = buffer.length - 22;
	while (end >= 0 && buffer.readUInt32LE(end) !== endOfCentralDirectory) end--;
	if (end < 0) throw new Error('Not a zip file: no end of central directory.');
	const count = buffer.readUInt16LE(end + 10);
	let offset = buffer.readUInt32LE(end + 16);
	const entries = new Map();
	for (let i = 0; i < count; i++) {
		if (buffer.readUInt32LE(offset) !== centralDirectoryEntry) {
			throw new Error(`Corrupt zip: central directory entry ${i} is missing.`);
		}
		const method = buffer.readUInt16LE(offset + 10);
		const compressedSize = buffer.readUInt32LE(offset + 20);
		const nameLength = buffer.readUInt16LE(offset + 28);
		const extraLength = buffer.readUInt16LE(offset + 30);
		const commentLength = buffer.readUInt16LE(offset + 32);
		const localOffset = buffer.readUInt32LE(offset + 42);
		const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
		if (buffer.readUInt32LE(localOffset) !== localFileHeader) {
			throw new Error(`Corrupt zip: the local header of ${name} is missing.`);
		}
		const dataStart =
			localOffset +
			30 +
			buffer.readUInt16LE(localOffset + 26) +
			buffer.readUInt16LE(localOffset + 28);
		const data = buffer.subarray(dataStart, dataStart + compressedSize);
		if (method !== 0 && method !== 8) throw new Error(`${name} uses zip method ${method}.`);
		entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}
