import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '$lib/extract';
import { applyEdits, type ReviewedExtraction } from '$lib/review/edits';
import { exportWorkspace } from '$lib/io/workspaceExport';
import { gazetteer } from './extract-fixture';

let extraction: ReviewedExtraction;

beforeAll(() => {
	const automatic = extractArticle(
		{
			id: 'sample',
			text: 'A drone damaged an aircraft at the Machulishchy airbase near Minsk on 26 February 2023.',
			meta: {
				title: 'Sample',
				author: 'A. Writer',
				publisher: 'Desk',
				published: '2023-03-01',
				url: 'https://example.org/a'
			}
		},
		gazetteer()
	);
	const [event] = automatic.events;
	extraction = applyEdits(automatic, [
		{
			type: 'event.editKind',
			target: { start: event.dateStart, end: event.dateEnd },
			value: 'humanitarian',
			at: '2026-11-23T10:00:00Z'
		}
	]);
});

describe('exportWorkspace', () => {
	it('writes GeoJSON features that cite the article, quote and offsets', () => {
		const file = exportWorkspace('geojson', [extraction], [], '2026-11-23');
		expect(file.fileName).toBe('geobrief-2026-11-23-events.geojson');
		const collection = JSON.parse(file.content);
		expect(collection.features.length).toBeGreaterThan(0);
		const properties = collection.features[0].properties;
		expect(properties.source_title).toBe('Sample');
		expect(properties.source_url).toBe('https://example.org/a');
		expect(properties).toMatchObject({ kind: 'humanitarian', review: 'corrected' });
		expect(extraction.doc.text.slice(properties.quote_start, properties.quote_end)).toBe(
			properties.quote
		);
	});

	it('writes CSV and KML with the same events', () => {
		const csv = exportWorkspace('csv', [extraction], [], '2026-11-23').content;
		expect(csv.split('\r\n')[0]).toContain('quote_start');
		const kml = exportWorkspace('kml', [extraction], [], '2026-11-23').content;
		expect(kml).toContain('<Placemark');
		expect(kml).toContain('2023-02-26');
	});

	it('writes place annotations with text-position selectors', () => {
		const annotations = JSON.parse(exportWorkspace('annotations', [extraction], [], 'x').content);
		const first = annotations[0].first?.items?.[0] ?? annotations[0].items?.[0];
		expect(JSON.stringify(first)).toContain('TextPositionSelector');
	});
});
