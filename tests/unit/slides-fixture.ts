import { dayFromIso } from '$lib/time/days';
import { createSlide, type Slide, type SnapshotContent } from '$lib/slides/slide';

export const snapshotContent: SnapshotContent = {
	permalinkState: {
		articleIds: ['davidzon-2021-belarus-ukraine-strained-ties'],
		window: { start: dayFromIso('2020-08-01'), end: dayFromIso('2021-03-05') },
		eventKey: 'davidzon-2021-belarus-ukraine-strained-ties:12',
		view: { lon: 27.5, lat: 52.1234, zoom: 5.25 }
	},
	title: 'Protests in Minsk',
	caption: '“Tens of thousands marched in Minsk.” — Davidzon, Atlantic Council, 2021',
	timeWindowText: '1 August 2020 – 5 March 2021',
	legend: [{ label: 'Political', colour: '#362e74', shape: 'disc' }],
	legendSide: 'right',
	attribution: '© OpenStreetMap contributors; Natural Earth; GeoNames (CC BY 4.0)',
	sources: [
		{
			id: 'davidzon-2021-belarus-ukraine-strained-ties',
			kind: 'article',
			text: 'Davidzon, V. Difficult neighbors. Atlantic Council, 2021.',
			url: 'https://www.atlanticcouncil.org/'
		},
		{ id: 'osm', kind: 'data', text: 'OpenStreetMap contributors (ODbL 1.0)' }
	]
};

/** A slide with a pinned id, image and capture time, so tests are deterministic. */
export function fixtureSlide(id: string, title = `Slide ${id}`): Slide {
	return createSlide(
		{ ...snapshotContent, title },
		{ view: { scaleBar: { label: '100 km', widthPx: 120 }, bearingDeg: 0 }, annotations: [] },
		{ id: `image-${id}`, width: 1280, height: 720 },
		{ id, capturedAt: '2025-06-01T12:00:00.000Z' }
	);
}
