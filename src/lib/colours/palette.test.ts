import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
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
