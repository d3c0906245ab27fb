import { describe, expect, it } from 'vitest';
import { AnnotationSession } from './annotationSession.svelte';

function session() {
	let next = 0;
	return new AnnotationSession(() => `a${++next}`);
}

describe('AnnotationSession', () => {
	it('draws an arrow in two clicks, then selects it with the select tool back in hand', () => {
		const annotations = session();
		annotations.choose('arrow');
		annotations.place([27.5, 53.9]);
		expect(annotations.drawing).toBe(true);
		expect(annotations.annotations).toEqual([]);
		annotations.place([30.5, 50.4]);
		expect(annotations.annotations).toEqual([
			{
				id: 'a1',
				kind: 'arrow',
				points: [
					[27.5, 53.9],
					[30.5, 50.4]
				],
				text: ''
			}
		]);
		expect(annotations.tool).toBe('select');
		expect(annotations.selected?.id).toBe('a1');
		expect(annotations.drawing).toBe(false);
	});

	it('closes an area only once it has three corners, and cancels a half-drawn one', () => {
		const annotations = session();
		annotations.choose('area');
		annotations.place([24, 52]);
		annotations.place([26, 52]);
		expect(annotations.closeArea()).toBe(false);
		annotations.cancel();
		expect(annotations.draft).toEqual([]);
		annotations.place([24, 52]);
		annotations.place([26, 52]);
		annotations.place([25, 51]);
		expect(annotations.closeArea()).toBe(true);
		expect(annotations.annotations[0].kind).toBe('area');
		expect(annotations.annotations[0].points).toHaveLength(3);
	});

	it('places a label, takes its words, and drops it when they are empty', () => {
		const annotations = session();
		annotations.choose('label');
		annotations.place([27.58, 53.775]);
		annotations.writeLabel('   ');
		expect(annotations.annotations).toEqual([]);
		expect(annotations.drawing).toBe(false);
		annotations.choose('label');
		annotations.place([27.58, 53.775]);
		annotations.writeLabel(' Machulishchy airbase ');
		expect(annotations.annotations[0]).toMatchObject({
			kind: 'label',
			text: 'Machulishchy airbase'
		});
		annotations.retextSelected('Airbase');
		expect(annotations.annotations[0].text).toBe('Airbase');
	});

	it('moves and deletes the selected annotation, and undoes each step in turn', () => {
		const annotations = session();
		annotations.choose('arrow');
		annotations.place([1, 1]);
		annotations.place([2, 2]);
		annotations.moveSelected([
			[3, 3],
			[4, 4]
		]);
		annotations.deleteSelected();
		expect(annotations.annotations).toEqual([]);
		expect(annotations.selectedId).toBe(null);
		expect(annotations.undoLabel).toBe('Deleted an arrow');
		annotations.undo();
		expect(annotations.annotations[0].points).toEqual([
			[3, 3],
			[4, 4]
		]);
		annotations.undo();
		expect(annotations.annotations[0].points).toEqual([
			[1, 1],
			[2, 2]
		]);
		annotations.undo();
		expect(annotations.annotations).toEqual([]);
		expect(annotations.undoLabel).toBe(null);
	});

	it('does nothing with clicks while the select tool is in hand', () => {
		const annotations = session();
		annotations.place([1, 1]);
		expect(annotations.drawing).toBe(false);
		annotations.deleteSelected();
		expect(annotations.undoLabel).toBe(null);
	});
});

describe('AnnotationSession with a keeper', () => {
	function memoryKeeper(initial: unknown = null) {
		const keeper = {
			kept: initial,
			load: () => keeper.kept,
			save: (annotations: readonly unknown[]) => (keeper.kept = structuredClone([...annotations]))
		};
		return keeper;
	}

	it('keeps every finished change, so that a new session (a reload) has the same annotations', () => {
		const keeper = memoryKeeper();
		const drawn = new AnnotationSession(() => 'a1', keeper);
		drawn.choose('arrow');
		drawn.place([27.5, 53.9]);
		expect(keeper.kept).toBeNull();
		drawn.place([30.5, 50.4]);
		const reopened = new AnnotationSession(() => 'b1', keeper);
		expect(reopened.annotations).toEqual(drawn.annotations);
		expect(reopened.undoLabel).toBeNull();
		drawn.undo();
		expect(keeper.kept).toEqual([]);
	});

	it('leaves out what it cannot read as a finished annotation', () => {
		const arrow = {
			id: 'a1',
			kind: 'arrow',
			points: [
				[27.5, 53.9],
				[30.5, 50.4]
			],
			text: ''
		};
		const keeper = memoryKeeper([
			arrow,
			{ ...arrow, id: 'a2', points: [[27.5, 53.9]] },
			{ ...arrow, id: 'a3', kind: 'circle' },
			{
				...arrow,
				id: 'a4',
				points: [
					[27.5, 'x'],
					[30.5, 50.4]
				]
			},
			null
		]);
		expect(new AnnotationSession(undefined, keeper).annotations).toEqual([arrow]);
		expect(new AnnotationSession(undefined, memoryKeeper({ not: 'a list' })).annotations).toEqual(
			[]
		);
	});
});
