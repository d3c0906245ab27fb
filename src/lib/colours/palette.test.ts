import { describe, expect, it } from 'vitest';
import { contrastRatio, linearRgb } from './contrast';
import { eventColours, palette } from './palette';

/** WCAG 2.1 success criterion 1.4.11, non-text contrast: graphical objects need 3:1. */
const graphicalObjectMinimum = 3;
const basemapFills = { land: palette.land, landFocus: palette.landFocus, sea: palette.sea };

describe('contrastRatio', () => {
	it('gives 21 for black on white, 1 for a colour on itself, either way round', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
		expect(contrastRatio('#c9dbe6', '#c9dbe6')).toBe(1);
		// #767676 is the lightest grey that passes 4.5:1 on white.
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
	});

	it('throws a RangeError for what is not a #rrggbb colour', () => {
		expect(() => contrastRatio('red', '#ffffff')).toThrow(RangeError);
	});
});

/**
 * Machado, Oliveira and Fernandes (2009): how a colour looks with each full colour-vision
 * deficiency, as a matrix on linear RGB.
 */
const deficiencies: Record<string, number[][]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** CIE L*a*b* (D65) of linear RGB. */
function lab([red, green, blue]: number[]): [number, number, number] {
	const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
	const x = f((0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047);
	const y = f(0.2126 * red + 0.7152 * green + 0.0722 * blue);
	const z = f((0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883);
	return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function seenWith(matrix: number[][], hex: string): [number, number, number] {
	const rgb = linearRgb(hex);
	const row = (r: number[]) =>
		Math.min(1, Math.max(0, r[0] * rgb[0] + r[1] * rgb[1] + r[2] * rgb[2]));
	return lab(matrix.map(row));
}

/** CIE76 colour difference; about 10 tells two symbols apart at a glance. */
const minimumDifference = 10;

describe('the event kinds for colour-blind readers', () => {
	const kinds = Object.entries(eventColours);
	for (const [deficiency, matrix] of Object.entries(deficiencies)) {
		it(`stay ${minimumDifference} apart (CIE76) from each other with ${deficiency}`, () => {
			for (const [i, [kind, colour]] of kinds.entries()) {
				for (const [other, otherColour] of kinds.slice(i + 1)) {
					const difference = Math.hypot(
						...seenWith(matrix, colour).map((v, c) => v - seenWith(matrix, otherColour)[c])
					);
					expect(difference, `${kind} and ${other}`).toBeGreaterThanOrEqual(minimumDifference);
				}
			}
		});
	}
});

describe('the event palette on the basemap', () => {
	for (const [kind, colour] of Object.entries(eventColours)) {
		for (const [fill, background] of Object.entries(basemapFills)) {
			it(`${kind} (${colour}) stands out 3:1 from the ${fill} (${background})`, () => {
				expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(graphicalObjectMinimum);
			});
		}
	}

	it('and the count of a shaded region reads as text (4.5:1) on its halo', () => {
		expect(contrastRatio(palette.regionEventsText, palette.labelHalo)).toBeGreaterThanOrEqual(4.5);
	});
});
