/** What a PDF needs to know about a baseline or progressive JPEG to embed it untouched. */
export interface JpegInfo {
	width: number;
	height: number;
	/** 1 grey, 3 YCbCr/RGB, 4 CMYK. */
	components: 1 | 3 | 4;
}

/** Start-of-frame markers (SOF0–SOF15 except DHT C4, JPG C8 and DAC CC) carry the image size. */
const startOfFrameMarkers = new Set([
	0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf
]);

/** Reads a JPEG's size and colour components from its frame header. Throws on anything else. */
export function jpegInfo(bytes: Uint8Array): JpegInfo {
	if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('The image is not a JPEG.');
	let offset = 2;
	while (offset + 4 <= bytes.length) {
		if (bytes[offset] !== 0xff) throw new Error('The JPEG is corrupt: a marker was expected.');
		const marker = bytes[offset + 1];
		if (marker === 0xff) {
			offset += 1;
			continue;
		}
		const length = (bytes[offset + 2] << 8) | bytes[offset + 3];
		if (startOfFrameMarkers.has(marker)) {
			if (offset + 10 > bytes.length) break;
			const height = (bytes[offset + 5] << 8) | bytes[offset + 6];
			const width = (bytes[offset + 7] << 8) | bytes[offset + 8];
			const components = bytes[offset + 9];
			if (components !== 1 && components !== 3 && components !== 4) {
				throw new Error(`The JPEG has ${components} colour components; 1, 3 or 4 are supported.`);
			}
			return { width, height, components };
		}
		offset += 2 + length;
	}
	throw new Error('The JPEG is corrupt: it has no frame header.');
}
