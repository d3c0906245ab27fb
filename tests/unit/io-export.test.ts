import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index';
import {
	citedEventsOfArticle,
	citedEventsOfLayerChunk,
	type CitedEvent,
	type EventsText
} from '../../src/lib/io/citedEvent';
import { csvCell, csvText } from '../../src/lib/io/exportCsv';
import { geoJsonText } from '../../src/lib/io/exportGeoJson';
import { kmlText } from '../../src/lib/io/exportKml';
import { placeAnnotationCollection } from '../../src/lib/io/exportWebAnnotations';
import { detectCsvColumns, readCsvPreview } from '../../src/lib/io/csvColumns';
import { importCsv } from '../../src/lib/io/importCsv';
import { importGeoJson } from '../../src/lib/io/importGeoJson';
import { importKml } from '../../src/lib/io/importKml';
import { applyEdits } from '../../src/lib/review/edits';
import { gazetteer } from './extract-fixture';
import { packEvents } from '../../src/lib/io/packedEvents';

const text =
	'In April 2023, Kyiv recalled its ambassador from Minsk 🇧🇾. On 24 February 2022, Russian forces crossed from Belarus: "=cmd|calc" & <b>.';
const extraction = extractArticle(
	{
		id: 'doc',
		text,
		meta: {
			title: 'Belarus & “Ukraine”',
			published: '2024-01-01',
			url: 'https://example.org/a?b=1&c=2'
		}
	},
	gazetteer()
);
const at = '2025-01-01T00:00:00.000Z';
const minsk = { start: text.indexOf('Minsk'), end: text.indexOf('Minsk') + 5 };
const reviewed = applyEdits(extraction, [
	{ type: 'toponym.accept', target: minsk, at },
	{ type: 'event.notEvent', target: { start: 3, end: 13 }, at }
]);
const events = citedEventsOfArticle(reviewed);

/** The file of `events` as the app writes it (see exportWorkspace): head, one batch, tail. */
const fileOf = (text: EventsText, batch: readonly CitedEvent[]) =>
	`${text.head}${batch.length ? text.batch(batch, true) : ''}${text.tail}`;

describe('citedEventsOfArticle', () => {
	it('cites each event the reader did not reject with its quote, offsets and source', () => {
		expect(events).toHaveLength(1);
		const [event] = events;
		expect(event).toMatchObject({
			dateText: '24 February 2022',
			sourceTitle: 'Belarus & “Ukraine”',
			sourceUrl: 'https://example.org/a?b=1&c=2',
			published: '2024-01-01',
			review: 'automatic',
			place: 'Belarus'
		});
		expect(text.slice(event.quoteStart!, event.quoteEnd!)).toBe(event.quote);
	});
});

describe('geoJsonText', () => {
	const geojson = JSON.parse(fileOf(geoJsonText, events));

	it('writes RFC 7946 points in lon, lat order with no crs and the provenance as properties', () => {
		expect(geojson).not.toHaveProperty('crs');
		const [feature] = geojson.features;
		expect(feature.geometry).toEqual({
			type: 'Point',
			coordinates: [events[0].lon, events[0].lat]
		});
		expect(feature.properties).toMatchObject({
			source_title: 'Belarus & “Ukraine”',
			source_url: 'https://example.org/a?b=1&c=2',
			published: '2024-01-01',
			date_text: '24 February 2022',
			quote_start: events[0].quoteStart,
			quote_end: events[0].quoteEnd,
			start: '2022-02-24',
			precision: 'day',
			review: 'automatic'
		});
	});

	it('round-trips through importGeoJson', () => {
		const [event] = importGeoJson(JSON.stringify(geojson)).events;
		expect(event).toMatchObject({
			lon: events[0].lon,
			lat: events[0].lat,
			start: '2022-02-24',
			end: '2022-02-24'
		});
	});

	it('writes a null geometry for an event with no place', () => {
		const unplaced = JSON.parse(fileOf(geoJsonText, [{ ...events[0], lon: null, lat: null }]));
		expect(unplaced.features[0].geometry).toBeNull();
	});
});

describe('csvText', () => {
	it.each([
		['=1+1', `"'=1+1"`],
		['+1', `"'+1"`],
		['-1', `"'-1"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['x;=1+1', `"x;'=1+1"`],
		['x,=1+1', `"x,'=1+1"`],
		['x\t@A1', `"x\t'@A1"`],
		['a|+b', `"a|'+b"`],
		[' =1+1', `" '=1+1"`],
		['\u00a0=1+1', `"\u00a0'=1+1"`],
		['\u200b=1+1', `"\u200b'=1+1"`],
		['\ufeff=1+1', `"\ufeff'=1+1"`],
		['\uff1dHYPERLINK("x")', `"'\uff1dHYPERLINK(""x"")"`],
		['x;y', '"x;y"'],
		['2023-05-06', '2023-05-06'],
		['Kyiv - Minsk', 'Kyiv - Minsk'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['line\nbreak', '"line\nbreak"'],
		[-27.5, '-27.5'],
		[null, '']
	])('writes %j as %s', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});

	it('writes a header, CRLF lines and quoted, formula-safe cells that read back', () => {
		const csv = fileOf(csvText, events);
		expect(csv.split('\r\n')[0]).toBe(
			'longitude,latitude,id,label,kind,start,end,precision,date_text,place,quote,quote_start,quote_end,source_title,source_url,published,review,modality'
		);
		const { columns, sampleRows } = readCsvPreview(csv);
		const result = importCsv(csv, detectCsvColumns(columns, sampleRows));
		expect(result.errors).toEqual([]);
		expect(result.events[0]).toMatchObject({
			lon: events[0].lon,
			lat: events[0].lat,
			start: '2022-02-24'
		});
		expect(result.events[0].properties.source_title).toBe('Belarus & “Ukraine”');
	});

	it('writes only the header for no events', () => {
		expect(fileOf(csvText, []).split('\r\n')).toHaveLength(2);
	});
});

describe('kmlText', () => {
	const kml = fileOf(kmlText('Brief <1>'), events);

	it('escapes text, writes TimeStamp or TimeSpan and the provenance as ExtendedData', () => {
		expect(kml).toContain('<name>Brief &lt;1&gt;</name>');
		expect(kml).toContain('<TimeStamp><when>2022-02-24</when></TimeStamp>');
		expect(kml).toContain(
			'<Data name="source_url"><value>https://example.org/a?b=1&amp;c=2</value></Data>'
		);
		expect(kml).not.toContain('<b>');
		const span = fileOf(kmlText('x'), [{ ...events[0], end: '2022-03-01' }]);
		expect(span).toContain('<TimeSpan><begin>2022-02-24</begin><end>2022-03-01</end></TimeSpan>');
	});

	it('round-trips through importKml with the provenance intact', () => {
		const [event] = importKml(kml).events;
		expect(event).toMatchObject({ lon: events[0].lon, lat: events[0].lat, start: '2022-02-24' });
		expect(event.properties.source_title).toBe('Belarus & “Ukraine”');
		expect(event.properties.quote_start).toBe(String(events[0].quoteStart));
	});

	it('drops characters XML forbids', () => {
		expect(fileOf(kmlText('x'), [{ ...events[0], label: 'a\u0000b\ud800c' }])).toContain(
			'<name>abc</name>'
		);
	});
});

describe('placeAnnotationCollection', () => {
	const collection = placeAnnotationCollection(reviewed);

	it('is a W3C AnnotationCollection of identifying annotations', () => {
		expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(collection).toMatchObject({
			type: 'AnnotationCollection',
			total: reviewed.toponyms.length
		});
		expect(
			collection.first.items.every(
				(item) => item.type === 'Annotation' && item.motivation === 'identifying'
			)
		).toBe(true);
	});

	it('targets each name by quote and by code point position, and gives the place as the body', () => {
		const belarus = reviewed.toponyms.findIndex((t) => t.text === 'Belarus');
		const annotation = collection.first.items[belarus];
		const [quote, position] = annotation.target.selector;
		expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'Belarus' });
		expect(quote.prefix.endsWith('crossed from ')).toBe(true);
		// The flag before it is two code points in four UTF-16 units.
		expect(position).toEqual({
			type: 'TextPositionSelector',
			start: reviewed.toponyms[belarus].start - 2,
			end: reviewed.toponyms[belarus].end - 2
		});
		expect([...text].slice(position.start, position.end).join('')).toBe('Belarus');
		expect(annotation.target.source.id).toBe('https://example.org/a?b=1&c=2');
		expect(annotation.body).toMatchObject({
			id: `https://sws.geonames.org/${reviewed.toponyms[belarus].geonameid}/`,
			type: 'Place',
			name: 'Belarus',
			geo: { type: 'GeoCoordinates' },
			reviewStatus: 'automatic'
		});
		const accepted = collection.first.items.find(
			(item) => item.target.selector[0].exact === 'Minsk'
		);
		expect(accepted?.body.reviewStatus).toBe('accepted');
	});
});

describe('citedEventsOfLayerChunk', () => {
	it('cites imported events to their layer', () => {
		const { events: imported } = importGeoJson(
			'{"type":"Feature","geometry":{"type":"Point","coordinates":[27.56,53.9]},"properties":{"name":"Talks","date":"2015-02-12","notes":"Signed"}}'
		);
		expect(
			citedEventsOfLayerChunk(
				{ id: 'l1', name: 'talks.geojson', format: 'geojson', events: packEvents(imported) },
				0
			)
		).toEqual([
			expect.objectContaining({
				id: 'l1:0',
				sourceTitle: 'talks.geojson',
				quote: 'Signed',
				review: 'imported',
				quoteStart: null
			})
		]);
	});
});
