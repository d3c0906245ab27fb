/**
 * Decodes an encoded image (PNG or JPEG) in the page and measures it: distinct colours
 * (sampling every seventh pixel) and, when `near` is given, how many pixels lie within a small
 * distance of `near.rgb` inside `near.region` (fractions of the image: left, top, right, bottom).
 */
export function imageStats(page, bytes, type, near = null) {
	return page.evaluate(
		async ({ base64, type, near }) => {
			const blob = await (await fetch(`data:${type};base64,${base64}`)).blob();
			const bitmap = await createImageBitmap(blob);
			const { width, height } = bitmap;
			const context = new OffscreenCanvas(width, height).getContext('2d');
			context.drawImage(bitmap, 0, 0);
			const { data } = context.getImageData(0, 0, width, height);
			const colours = new Set();
			for (let i = 0; i < data.length; i += 4 * 7) {
				colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
			}
			let pixelsNear = 0;
			if (near) {
				const { rgb, region } = near;
				for (let y = Math.floor(height * region.top); y < height * region.bottom; y++) {
					for (let x = Math.floor(width * region.left); x < width * region.right; x++) {
						const i = (y * width + x) * 4;
						const distance =
							Math.abs(data[i] - rgb[0]) +
							Math.abs(data[i + 1] - rgb[1]) +
							Math.abs(data[i + 2] - rgb[2]);
						if (distance < 40) pixelsNear++;
					}
				}
			}
			return { distinctColours: colours.size, pixelsNear };
		},
		{ base64: Buffer.from(bytes).toString('base64'), type, near }
	);
}
