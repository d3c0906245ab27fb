import { inflateSync } from 'node:zlib';

/**
 * Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what browsers' screenshots are) into RGBA
 * pixels, so that screenshots from any engine are measured the same way, outside the browser.
 */
export function decodePng(bytes) {
	let offset = 8;
	let width = 0;
	let height = 0;
	let channels = 0;
	const data = [];
	while (offset < bytes.length) {
		const length = bytes.readUInt32BE(offset);
		const type = bytes.toString('latin1', offset + 4, offset + 8);
		const body = bytes.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') {
			width = body.readUInt32BE(0);
			height = body.readUInt32BE(4);
			const [bitDepth, colourType, , , interlace] = body.subarray(8, 13);
			channels = { 2: 3, 6: 4 }[colourType];
			if (bitDepth !== 8 || !channels || interlace !== 0) {
				throw new Error(`Unsupported PNG: depth ${bitDepth}, colour type ${colourType}`);
			}
		} else if (type === 'IDAT') data.push(body);
		offset += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(data));
	const stride = width * channels;
	const rows = new Uint8Array(height * stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		const out = rows.subarray(y * stride, (y + 1) * stride);
		const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
		for (let x = 0; x < stride; x++) {
			const left = x >= channels ? out[x - channels] : 0;
			const upLeft = x >= channels ? up[x - channels] : 0;
			let predicted = 0;
			if (filter === 1) predicted = left;
			else if (filter === 2) predicted = up[x];
			else if (filter === 3) predicted = (left + up[x]) >> 1;
			else if (filter === 4) {
				const estimate = left + up[x] - upLeft;
				const [a, b, c] = [left, up[x], upLeft].map((value) => Math.abs(estimate - value));
				predicted = a <= b && a <= c ? left : b <= c ? up[x] : upLeft;
			}
			out[x] = line[x] + predicted;
		}
	}
	const rgba = new Uint8Array(width * height * 4);
	for (let pixel = 0; pixel < width * height; pixel++) {
		for (let channel = 0; channel < 3; channel++) {
			rgba[pixel * 4 + channel] = rows[pixel * channels + channel];
		}
		rgba[pixel * 4 + 3] = channels === 4 ? rows[pixel * channels + 3] : 255;
	}
	return { width, height, rgba };
}

/**
 * Counts the pixels of a PNG within a small distance (sum of channel differences) of any of
 * `colours`, inside `region` (pixels: x, y, width, height) if given.
 */
export function pixelsNear(bytes, colours, region = null, maxDistance = 30) {
	const { width, height, rgba } = decodePng(bytes);
	const { x = 0, y = 0, width: w = width, height: h = height } = region ?? {};
	let count = 0;
	for (let row = Math.max(0, Math.round(y)); row < Math.min(height, y + h); row++) {
		for (let column = Math.max(0, Math.round(x)); column < Math.min(width, x + w); column++) {
			if (isNear(rgba, (row * width + column) * 4, colours, maxDistance)) count++;
		}
	}
	return count;
}

function isNear(rgba, i, colours, maxDistance) {
	return colours.some(
		([r, g, b]) =>
			Math.abs(rgba[i] - r) + Math.abs(rgba[i + 1] - g) + Math.abs(rgba[i + 2] - b) < maxDistance
	);
}
