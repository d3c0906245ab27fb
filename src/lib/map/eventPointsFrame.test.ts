import { describe, expect, it } from 'vitest';
import { prepareEventDrawing } from '$lib/events/eventDrawing';
import { spreadOffsets } from '$lib/events/spreadOffsets';
import { syntheticEventTable } from '$lib/events/syntheticEvents';
import { cameraUnchanged, eventPointsFrame, type EventPointsView } from './eventPointsFrame';

const firstDay = 19_000;
const lastDay = 20_400;

function viewOf(count: number, overrides: Partial<EventPointsView> = {}): EventPointsView {
	const table = syntheticEventTable(count, { firstDay, lastDay });
	return {
		version: 3,
		eventsId: 2,
		drawing: prepareEventDrawing(table, spreadOffsets(table)),
		window: null,
		selected: -1,
		hovered: -1,
		matrix: new Float32Array(16),
		mapCanvas: { width: 2560, height: 1440, clientWidth: 1280 },
		...overrides
	};
}

describe('eventPointsFrame', () => {
	it('draws a few hundred events full size at full resolution', () => {
		const frame = eventPointsFrame(viewOf(300));
		expect(frame).toMatchObject({ version: 3, eventsId: 2, widthPx: 2560, heightPx: 1440 });
		expect(frame.pixelRatio).toBe(2);
		expect(frame.pointScale).toBe(1);
	});

	it('shrinks imported points beyond 2,000 shown and halves the resolution beyond 20,000', () => {
		const frame = eventPointsFrame(viewOf(32_000));
		expect(frame.pointScale).toBeCloseTo(Math.sqrt(2_000 / 32_000), 6);
		expect([frame.widthPx, frame.heightPx, frame.pixelRatio]).toEqual([1280, 720, 1]);
	});

	it('counts only the events the window shows', () => {
		const frame = eventPointsFrame(
			viewOf(32_000, { window: { start: firstDay, end: firstDay + 30 } })
		);
		expect(frame.widthPx).toBe(2560);
		expect(frame.pointScale).toBeGreaterThan(Math.sqrt(2_000 / 32_000));
	});

	it('clamps an open window to finite days', () => {
		expect(eventPointsFrame(viewOf(10)).window).toEqual([-1e7, 1e7]);
	});

	it('emphasises the hovered and the selected event at their draw positions, ignoring unknown ones', () => {
		const view = viewOf(50, { selected: 7, hovered: 99 });
		const frame = eventPointsFrame(view);
		expect(frame.emphasised).toEqual([view.drawing!.drawPositionOf[7]]);
		expect(frame.selected).toBe(7);
	});

	it('draws nothing before the events arrive', () => {
		const frame = eventPointsFrame(viewOf(10, { drawing: undefined, selected: 1 }));
		expect(frame.ranges).toEqual([]);
		expect(frame.emphasised).toEqual([]);
	});

	it('uses the device width when the canvas is not laid out', () => {
		const frame = eventPointsFrame(
			viewOf(10, { mapCanvas: { width: 800, height: 600, clientWidth: 0 } })
		);
		expect(frame.pixelRatio).toBe(1);
	});
});

describe('cameraUnchanged', () => {
	const matrix = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7];
	const sent = { matrix: new Float32Array(matrix), width: 800, height: 600 };

	it('holds for the same camera in double precision and the same canvas', () => {
		expect(cameraUnchanged(sent, matrix, { width: 800, height: 600 })).toBe(true);
	});

	it('fails for a moved camera, a resized canvas, or nothing sent yet', () => {
		const moved = matrix.map((value, i) => (i === 12 ? value + 1e-4 : value));
		expect(cameraUnchanged(sent, moved, { width: 800, height: 600 })).toBe(false);
		expect(cameraUnchanged(sent, matrix, { width: 800, height: 500 })).toBe(false);
		expect(cameraUnchanged(undefined, matrix, { width: 800, height: 600 })).toBe(false);
	});
});
