import { describe, expect, it } from 'vitest';
import {
	applyAnnotationEdit,
	emptyAnnotationHistory,
	lastAnnotationEditLabel,
	undoAnnotationEdit,
	type Annotation
} from './annotations';

const arrow: Annotation = {
	id: 'a1',
	kind: 'arrow',
	points: [
		[27.56, 53.9],
		[30.52, 50.45]
	],
	text: ''
};
const label: Annotation = { id: 'l1', kind: 'label', points: [[27.58, 53.775]], text: 'Airbase' };

describe('annotation edits', () => {
	it('adds, moves, retexts and deletes annotations, each one undo step in words', () => {
		let history = applyAnnotationEdit(emptyAnnotationHistory, { type: 'add', annotation: arrow });
		history = applyAnnotationEdit(history, { type: 'add', annotation: label });
		history = applyAnnotationEdit(history, {
			type: 'reshape',
			id: 'a1',
			points: [
				[28, 54],
				[31, 51]
			]
		});
		history = applyAnnotationEdit(history, { type: 'retext', id: 'l1', text: 'Machulishchy' });
		expect(history.annotations.map((a) => [a.id, a.points[0], a.text])).toEqual([
			['a1', [28, 54], ''],
			['l1', [27.58, 53.775], 'Machulishchy']
		]);
		history = applyAnnotationEdit(history, { type: 'delete', id: 'a1' });
		expect(lastAnnotationEditLabel(history)).toBe('Deleted an arrow');
		history = undoAnnotationEdit(history);
		expect(history.annotations[0].points[0]).toEqual([28, 54]);
		expect(lastAnnotationEditLabel(history)).toBe('Edited a label');
		history = undoAnnotationEdit(undoAnnotationEdit(history));
		expect(history.annotations[0].points[0]).toEqual([27.56, 53.9]);
		history = undoAnnotationEdit(undoAnnotationEdit(history));
		expect(history.annotations).toEqual([]);
		expect(undoAnnotationEdit(history)).toBe(history);
	});

	it('never changes the annotations it was given', () => {
		const before = applyAnnotationEdit(emptyAnnotationHistory, { type: 'add', annotation: arrow });
		const frozen = structuredClone(before.annotations);
		applyAnnotationEdit(before, { type: 'delete', id: 'a1' });
		expect(before.annotations).toEqual(frozen);
	});

	it('refuses an area of two corners, an arrow without a head and an unknown id', () => {
		const area: Annotation = {
			id: 'x',
			kind: 'area',
			points: [
				[1, 1],
				[2, 2]
			],
			text: ''
		};
		expect(() =>
			applyAnnotationEdit(emptyAnnotationHistory, { type: 'add', annotation: area })
		).toThrow('an area needs at least 3 point(s)');
		const history = applyAnnotationEdit(emptyAnnotationHistory, { type: 'add', annotation: arrow });
		expect(() =>
			applyAnnotationEdit(history, { type: 'reshape', id: 'a1', points: [[1, 1]] })
		).toThrow('an arrow needs at least 2 point(s)');
		expect(() => applyAnnotationEdit(history, { type: 'delete', id: 'nope' })).toThrow(
			'There is no annotation “nope”.'
		);
	});
});
