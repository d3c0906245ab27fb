/** A `#rrggbb` colour's linear-light red, green and blue, 0 to 1 (sRGB's transfer undone). */
export function linearRgb(hex: string): [number, number, number] {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!match) throw new RangeError(`"${hex}" is not a #rrggbb colour`);
	const [red, green, blue] = match.slice(1).map((pair) => {
		const channel = parseInt(pair, 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return [red, green, blue];
}

/** A `#rrggbb` colour's relative luminance, 0 (black) to 1 (white), as WCAG 2 defines it. */
export function relativeLuminance(hex: string): number {
	const [red, green, blue] = linearRgb(hex);
	return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/**
 * The WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21, whichever is lighter.
 *
 * @example
 * contrastRatio('#000000', '#ffffff'); // 21
 */
export function contrastRatio(a: string, b: string): number {
	const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return (lighter + 0.05) / (darker + 0.05);
}
