import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { xmlTokens } from '$lib/io/xmlTokens';
import { pptxShapes } from '../../../tests/support/pptxShapes.mjs';
import { zipEntries } from '../../../tests/support/zipEntries.mjs';
import { snapshotContent } from '../../../tests/unit/slides-fixture';
import { buildPptx } from './pptxDeck';
import type { SlideAnnotation } from './slideAnnotations';
import { slideRegions } from './slideLayout';

const annotations: SlideAnnotation[] = [
	{
		kind: 'arrow',
		points: [
			[600, 300],
			[300, 200]
		],
		text: ''
	},
	{ kind: 'label', points: [[400, 260]], text: 'Machulishchy & <airbase>' },
	{
		kind: 'area',
		points: [
			[100, 150],
			[250, 160],
			[200, 300]
		],
		text: ''
	}
];

/** A 1×1 PNG. */
const pixelPng =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

async function firstSlideXml(): Promise<string> {
	const pptx = await buildPptx(PptxGenJS, {
		title: 'Annotated',
		sources: [],
		slides: [
			{
				title: 'Machulishchy',
				timeWindowText: snapshotContent.timeWindowText,
				caption: '',
				attribution: '',
				notes: '',
				annotations,
				figure: { type: 'image/png', base64: pixelPng }
			}
		]
	});
	return zipEntries(new Uint8Array(pptx)).get('ppt/slides/slide1.xml')!.toString('utf8');
}

/** Every element closes in order: the XML is well formed as far as nesting and tags go. */
function expectWellFormed(xml: string) {
	const open: string[] = [];
	for (const token of xmlTokens(xml)) {
		expect(token.type).not.toBe('error');
		// A self-closing tag comes as an open token and its close token.
		if (token.type === 'open') open.push(token.name);
		if (token.type === 'close') expect(open.pop()).toBe(token.name);
	}
	expect(open).toEqual([]);
}

describe('annotation shapes in a PPTX', () => {
	it('writes arrows as lines with a head, labels as text boxes and areas as freeforms, as well-formed XML', async () => {
		const xml = await firstSlideXml();
		expectWellFormed(xml);
		const shapes = pptxShapes(xml);
		const arrow = shapes.find((shape) => shape.geometry === 'line')!;
		expect(arrow).toMatchObject({ flipH: true, flipV: true, arrowHead: true });
		expect([arrow.x, arrow.y, arrow.width, arrow.height]).toEqual([300, 200, 300, 100]);
		const area = shapes.find((shape) => shape.geometry === 'custom')!;
		expect([area.x, area.y, area.width, area.height]).toEqual([100, 150, 150, 150]);
		expect(xml.match(/<a:lnTo>/g)).toHaveLength(2);
		const label = shapes.find((shape) => shape.text.startsWith('Machulishchy &amp;'))!;
		expect(label.text).toBe('Machulishchy &amp; &lt;airbase&gt;');
		expect(label.x).toBeCloseTo(396, 0);
	});

	it('keeps every annotation inside the open map, under the bands drawn over it', async () => {
		const xml = await firstSlideXml();
		const { openMap } = slideRegions;
		const drawn = pptxShapes(xml).filter(
			(shape) =>
				shape.geometry === 'line' ||
				shape.geometry === 'custom' ||
				shape.text.startsWith('Machulishchy &amp;')
		);
		expect(drawn).toHaveLength(3);
		for (const shape of drawn) {
			expect(shape.x).toBeGreaterThanOrEqual(openMap.x);
			expect(shape.y).toBeGreaterThanOrEqual(openMap.y);
			expect(shape.x + shape.width).toBeLessThanOrEqual(openMap.x + openMap.width);
			expect(shape.y + shape.height).toBeLessThanOrEqual(openMap.y + openMap.height);
		}
		// Drawn after the picture, before the bands: the bands cover what strays under them.
		const order = pptxShapes(xml).map((shape) => shape.geometry);
		expect(order.indexOf('line')).toBeLessThan(order.indexOf('rect'));
	});
});
