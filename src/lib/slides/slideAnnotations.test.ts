import { describe, expect, it } from 'vitest';
import type { Annotation, LngLat } from './annotations';
import { annotationAt, isSlideAnnotation, slideAnnotationsOf, type XY } from './slideAnnotations';

/** A flat projection for tests: one degree is 100 screen pixels, north up, (20°E, 56°N) at 0, 0. */
const project = ([lon, lat]: LngLat): XY => [(lon - 20) * 100, (56 - lat) * 100];
/** A 16:9 capture frame 480 px wide at (24, 60): 2 slide points per pixel. */
const frame = { x: 24, y: 60, width: 480, height: 270 };

describe('slideAnnotationsOf', () => {
	it('places annotations in slide points as the capture frame holds them', () => {
		const arrow: Annotation = {
			id: 'a',
			kind: 'arrow',
			points: [
				[20.24, 55.4],
				[24.74, 53.7]
			],
			text: ''
		};
		expect(slideAnnotationsOf([arrow], project, frame)).toEqual([
			{
				kind: 'arrow',
				points: [
					[0, 0],
					[900, 340]
				],
				text: ''
			}
		]);
	});

	it('leaves out what lies wholly outside the frame and keeps crossing ones on the slide', () => {
		const outside: Annotation = { id: 'o', kind: 'label', points: [[10, 50]], text: 'far' };
		const crossing: Annotation = {
			id: 'c',
			kind: 'arrow',
			points: [
				[22, 55],
				[40, 55]
			],
			text: ''
		};
		const [kept, ...rest] = slideAnnotationsOf([outside, crossing], project, frame);
		expect(rest).toEqual([]);
		expect(kept.points).toEqual([
			[352, 80],
			[960, 80]
		]);
	});
});

describe('isSlideAnnotation', () => {
	it('accepts a stored annotation and refuses malformed ones', () => {
		expect(isSlideAnnotation({ kind: 'label', points: [[1, 2]], text: 'Minsk' })).toBe(true);
		expect(
			isSlideAnnotation({
				kind: 'area',
				points: [
					[1, 2],
					[3, 4]
				],
				text: ''
			})
		).toBe(false);
		expect(isSlideAnnotation({ kind: 'circle', points: [[1, 2]], text: '' })).toBe(false);
		expect(isSlideAnnotation({ kind: 'label', points: [[1, 'x']], text: '' })).toBe(false);
		expect(isSlideAnnotation({ kind: 'label', points: [[1, 2]] })).toBe(false);
	});
});

describe('annotationAt', () => {
	const shapes = [
		{
			kind: 'area' as const,
			points: [
				[0, 0],
				[100, 0],
				[100, 100],
				[0, 100]
			] as XY[],
			textWidth: 0
		},
		{
			kind: 'arrow' as const,
			points: [
				[0, 200],
				[200, 200]
			] as XY[],
			textWidth: 0
		},
		{ kind: 'label' as const, points: [[50, 50]] as XY[], textWidth: 40 }
	];
	const options = { tolerance: 6, ptPx: 1 };

	it('finds the topmost annotation under the pointer', () => {
		expect(annotationAt(shapes, [60, 50], options)).toBe(2);
		expect(annotationAt(shapes, [20, 80], options)).toBe(0);
		expect(annotationAt(shapes, [100, 204], options)).toBe(1);
	});

	it('finds nothing away from every annotation', () => {
		expect(annotationAt(shapes, [100, 150], options)).toBe(-1);
		expect(annotationAt(shapes, [300, 200], options)).toBe(-1);
	});
});
