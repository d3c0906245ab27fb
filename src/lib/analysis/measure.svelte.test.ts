import { describe, expect, it, vi } from 'vitest';
import { MeasureState } from './measure.svelte';

const minsk: [number, number] = [27.5615, 53.9045];
const kyiv: [number, number] = [30.5234, 50.4501];
/** The first measurement loads Turf; a busy machine can take seconds. */
const patience = { timeout: 10_000 };

describe('MeasureState', () => {
	it('measures a path once it has two points, and forgets it when a point is undone', async () => {
		const measure = new MeasureState();
		measure.start('path');
		measure.add(minsk);
		expect(measure.measurement).toBeNull();
		measure.add(kyiv);
		await vi.waitFor(() => expect(measure.measurement).not.toBeNull(), patience);
		expect(measure.measurement!.text).toMatch(/^43\d km$/);
		measure.undo();
		await vi.waitFor(() => expect(measure.measurement).toBeNull(), patience);
		expect(measure.points).toHaveLength(1);
		expect(measure.points[0][1]).toBe(minsk[1]);
	});

	it('reads a point clicked on a world copy as the same place', async () => {
		const measure = new MeasureState();
		measure.start('path');
		measure.add([minsk[0] + 360, minsk[1]]);
		expect(measure.points[0][0]).toBeCloseTo(minsk[0], 9);
	});

	it('measures an area from three points; adds nothing before a mode is chosen, cancels to none', async () => {
		const measure = new MeasureState();
		measure.add(minsk);
		expect(measure.points).toEqual([]);
		measure.start('area');
		measure.centre = () => kyiv;
		measure.add(minsk);
		measure.addAtCentre();
		measure.add([24.0297, 49.8397]);
		await vi.waitFor(() => expect(measure.measurement?.text).toMatch(/km² · perimeter/), patience);
		measure.cancel();
		expect(measure.mode).toBeNull();
		await vi.waitFor(() => expect(measure.measurement).toBeNull(), patience);
	});
});
