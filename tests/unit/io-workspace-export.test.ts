import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '$lib/extract';
import { applyEdits, type ReviewedExtraction } from '$lib/review/edits';
import { exportWorkspace } from '$lib/io/workspaceExport';
import { packEvents } from '$lib/io/packedEvents';
import type { ImportedLayer } from '$lib/io/importedLayer';
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
	it('writes GeoJSON features that cite the article, quote and offsets', async () => {
		const file = await exportWorkspace('geojson', [extraction], [], '2026-11-23');
		expect(file.fileName).toBe('geobrief-2026-11-23-events.geojson');
		expect(file.content.type).toBe('application/geo+json');
		const collection = JSON.parse(await file.content.text());
		expect(collection.features.length).toBeGreaterThan(0);
		const properties = collection.features[0].properties;
		expect(properties.source_title).toBe('Sample');
		expect(properties.source_url).toBe('https://example.org/a');
		expect(properties).toMatchObject({ kind: 'humanitarian', review: 'corrected' });
		expect(extraction.doc.text.slice(properties.quote_start, properties.quote_end)).toBe(
			properties.quote
		);
	});

	it('writes CSV and KML with the same events', async () => {
		const csv = await (await exportWorkspace('csv', [extraction], [], '2026-11-23')).content.text();
		expect(csv.split('\r\n')[0]).toContain('quote_start');
		const kml = await (await exportWorkspace('kml', [extraction], [], '2026-11-23')).content.text();
		expect(kml).toContain('<Placemark');
		expect(kml).toContain('2023-02-26');
	});

	it('writes a layer of several chunks a chunk at a time, its rows numbered on across chunks', async () => {
		const rows = Array.from({ length: 4_500 }, (_, n) => ({
			lon: 24,
			lat: 50,
			start: '2023-05-06',
			end: '2023-05-06',
			precision: 'day' as const,
			label: `row ${n}`,
			description: '',
			properties: {},
			position: 'point' as const,
			sourceLine: n + 2
		}));
		const layer: ImportedLayer = {
			id: 'rows',
			name: 'rows.csv',
			format: 'csv',
			events: packEvents(rows)
		};
		const text = async (format: 'geojson' | 'csv' | 'kml') =>
			(await exportWorkspace(format, [extraction], [layer], 'x')).content.text();
		const { features } = JSON.parse(await text('geojson'));
		const fromArticle = extraction.events.length;
		expect(features).toHaveLength(fromArticle + 4_500);
		expect(features[fromArticle + 2_000]).toMatchObject({ id: 'rows:2000' });
		expect(features.at(-1)).toMatchObject({ id: 'rows:4499', properties: { label: 'row 4499' } });
		expect((await text('csv')).split('\r\n')).toHaveLength(1 + fromArticle + 4_500 + 1);
		expect((await text('kml')).match(/<Placemark>/g)).toHaveLength(fromArticle + 4_500);
	});

	it('writes valid files with no events, and with an article of none before a layer', async () => {
		const text = async (format: 'geojson' | 'csv' | 'kml', layers: ImportedLayer[] = []) =>
			(await exportWorkspace(format, [{ ...extraction, events: [] }], layers, 'x')).content.text();
		expect(JSON.parse(await text('geojson')).features).toEqual([]);
		expect((await text('csv')).split('\r\n')).toHaveLength(2);
		expect(await text('kml')).not.toContain('<Placemark>');
		expect(await text('kml')).toMatch(/<\/Document>\n<\/kml>\n$/);

		const layer: ImportedLayer = {
			id: 'one',
			name: 'one.csv',
			format: 'csv',
			events: packEvents([
				{
					lon: 24,
					lat: 50,
					start: '2023-05-06',
					end: '2023-05-06',
					precision: 'day',
					label: 'only row',
					description: '',
					properties: {},
					position: 'point',
					sourceLine: 2
				}
			])
		};
		const { features } = JSON.parse(await text('geojson', [layer]));
		expect(features.map(({ id }: { id: string }) => id)).toEqual(['one:0']);
	});

	it('writes place annotations with text-position selectors', async () => {
		const file = await exportWorkspace('annotations', [extraction], [], 'x');
		const annotations = JSON.parse(await file.content.text());
		const first = annotations[0].first?.items?.[0] ?? annotations[0].items?.[0];
		expect(JSON.stringify(first)).toContain('TextPositionSelector');
	});
});
