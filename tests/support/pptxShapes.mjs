// The shapes of a PPTX slide's XML, read for tests: geometry, flips, arrow head, box in points, text.

const emuPerPoint = 12700;

/** @param {string} xml a slide's XML (ppt/slides/slideN.xml) */
export function pptxShapes(xml) {
	return [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([shape]) => {
		/** @param {RegExp} pattern */
		const number = (pattern) => Number(shape.match(pattern)?.[1] ?? NaN) / emuPerPoint;
		return {
			geometry:
				shape.match(/<a:prstGeom prst="(\w+)"/)?.[1] ??
				(shape.includes('<a:custGeom>') ? 'custom' : null),
			flipH: shape.includes('flipH="1"'),
			flipV: shape.includes('flipV="1"'),
			arrowHead: /<a:tailEnd type="triangle"/.test(shape),
			x: number(/<a:off x="(\d+)"/),
			y: number(/<a:off x="\d+" y="(\d+)"/),
			width: number(/<a:ext cx="(\d+)"/),
			height: number(/<a:ext cx="\d+" cy="(\d+)"/),
			text: [...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t]) => t).join('')
		};
	});
}
