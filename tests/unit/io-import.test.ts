import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCsvColumns, readCsvPreview } from '../../src/lib/io/csvColumns';
import { importCsv } from '../../src/lib/io/importCsv';
import { importFormatOfFile } from '../../src/lib/io/importClient';
import { mapEventsOfLayer, prepareMapEvents } from '../../src/lib/io/importedLayer';
import { importGeoJson } from '../../src/lib/io/importGeoJson';
import { importKml } from '../../src/lib/io/importKml';
import { ImportFileError } from '../../src/lib/io/importResult';
import { importTopoJson } from '../../src/lib/io/importTopoJson';
import { readDate, readDateRange } from '../../src/lib/io/readDate';
import { packEvents } from '../../src/lib/io/packedEvents';

const fixture = (name: string) => fs.readFileSync(path.resolve('tests/fixtures/io', name), 'utf8');

describe('readDate', () => {
	it.each([
		['2022', '2022-01-01', '2022-12-31', 'year'],
		['2022-02', '2022-02-01', '2022-02-28', 'month'],
		['2022-02-24', '2022-02-24', '2022-02-24', 'day'],
		['2022/2/4', '2022-02-04', '2022-02-04', 'day'],
		['2022-02-24T23:30:00-02:00', '2022-02-25', '2022-02-25', 'day'],
		['2022-02-24T23:30:00', '2022-02-24', '2022-02-24', 'day'],
		['24 February 2022', '2022-02-24', '2022-02-24', 'day'],
		['24-Feb-2022', '2022-02-24', '2022-02-24', 'day'],
		['February 24, 2022', '2022-02-24', '2022-02-24', 'day'],
		['Sept 2022', '2022-09-01', '2022-09-30', 'month'],
		['03/04/2022', '2022-04-03', '2022-04-03', 'day'],
		['25/03/2022', '2022-03-25', '2022-03-25', 'day'],
		[2022, '2022-01-01', '2022-12-31', 'year'],
		[1645660800, '2022-02-24', '2022-02-24', 'day'],
		[1645660800000, '2022-02-24', '2022-02-24', 'day'],
		['1645660800', '2022-02-24', '2022-02-24', 'day']
	])('reads %j as %s..%s (%s)', (value, start, end, precision) => {
		expect(readDate(value)).toEqual({ start, end, precision });
	});

	it('reads 03/04/2022 month first when told', () => {
		expect(readDate('03/04/2022', 'mdy')).toMatchObject({ start: '2022-03-04' });
	});

	it.each(['', '31/02/2022', '2022-13', 'yesterday', '0999', Number.NaN, null])(
		'gives a reason for %j instead of a date',
		(value) => {
			expect(readDate(value)).toEqual(expect.any(String));
		}
	);

	it('joins a start and an end into a range, and refuses one that ends first', () => {
		expect(readDateRange('2022-03', '2022-05-10')).toEqual({
			start: '2022-03-01',
			end: '2022-05-10',
			precision: 'range'
		});
		expect(readDateRange('2022-03', '2022-03')).toMatchObject({ precision: 'month' });
		expect(readDateRange('2022-03-05', '2022-03-01')).toMatch(/ends .* before it starts/);
	});
});

describe('importGeoJson', () => {
	const result = importGeoJson(fixture('events.geojson'));

	it('places points as they are and areas at the mean of their vertices', () => {
		expect(result.events.map(({ lon, lat, position }) => ({ lon, lat, position }))).toEqual([
			{ lon: 27.5667, lat: 53.9, position: 'point' },
			{ lon: 30.5234, lat: 50.4501, position: 'point' },
			{ lon: 31, lat: 52, position: 'centroid' }
		]);
	});

	it('reads dates from date, start/end and timestamp properties', () => {
		expect(result.events.map(({ start, end, precision }) => [start, end, precision])).toEqual([
			['2015-02-12', '2015-02-12', 'day'],
			['2022-02-01', '2022-03-31', 'range'],
			['2022-02-24', '2022-02-24', 'day']
		]);
		expect(result.events.map((event) => event.label)).toEqual([
			'Minsk talks',
			'Kyiv',
			'Border zone'
		]);
		expect(result.events[0]).toMatchObject({ description: 'Minsk II signed', featureIndex: 0 });
	});

	it('reports each feature it leaves out by index and reason, and imports the rest', () => {
		expect(result.errors).toEqual([
			{ feature: 3, reason: expect.stringContaining('no date') },
			{ feature: 4, reason: 'longitude 200 is outside −180..180' },
			{ feature: 5, reason: 'it has no geometry' },
			{ feature: 6, reason: 'it is not a GeoJSON Feature' }
		]);
	});

	it('throws ImportFileError for a file that is not GeoJSON', () => {
		expect(() => importGeoJson('{"type": "Topology"}')).toThrow(/TopoJSON/);
		expect(() => importGeoJson('not json')).toThrow(ImportFileError);
		expect(() => importGeoJson('[1, 2]')).toThrow(/not GeoJSON/);
	});

	it('reports progress from 0 to 1', () => {
		const fractions: number[] = [];
		importGeoJson(fixture('events.geojson'), {
			onProgress: (fraction) => fractions.push(fraction)
		});
		expect(fractions.at(-1)).toBe(1);
		expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
	});
});

describe('importTopoJson', () => {
	it('reads every object of a topology as importGeoJson reads its features', () => {
		const text = fixture('events.topo.json');
		const result = importTopoJson(text);
		expect(result.errors).toEqual([]);
		expect(result.events.map((event) => event.label)).toEqual([
			'Minsk talks',
			'Kyiv',
			'Border zone'
		]);
		expect(result.events[2].lon).toBeCloseTo(31, 4);
		expect(importFormatOfFile('events.json', text)).toBe('topojson');
	});

	it('throws ImportFileError for GeoJSON or damaged arcs', () => {
		expect(() => importTopoJson(fixture('events.geojson'))).toThrow(/not TopoJSON/);
		const damaged =
			'{"type":"Topology","objects":{"a":{"type":"LineString","arcs":[5]}},"arcs":[]}';
		expect(() => importTopoJson(damaged)).toThrow(
			/“a” cannot be read: its arcs or transform are damaged/
		);
	});
});

describe('importKml', () => {
	const result = importKml(fixture('placemarks.kml'));

	it('reads names, descriptions as plain text, points and the mean of lines', () => {
		expect(
			result.events.map(({ label, lon, lat, position }) => ({ label, lon, lat, position }))
		).toEqual([
			{ label: 'Minsk & talks', lon: 27.5667, lat: 53.9, position: 'point' },
			{ label: 'Front line', lon: 32, lat: 50, position: 'centroid' },
			{ label: 'Dated by data', lon: 24, lat: 52.1, position: 'point' }
		]);
		expect(result.events[0].description).toBe('Minsk II signed');
		expect(result.events[0].properties).toEqual({ name: 'Minsk & talks', source: 'OSCE' });
	});

	it('reads TimeStamp, TimeSpan and a date among SimpleData', () => {
		expect(result.events.map(({ start, end, precision }) => [start, end, precision])).toEqual([
			['2015-02-12', '2015-02-12', 'day'],
			['2022-02-24', '2022-04-30', 'range'],
			['2022-02-24', '2022-02-24', 'day']
		]);
	});

	it('reports placemarks it leaves out by line and index', () => {
		expect(result.errors).toEqual([
			{ line: 31, feature: 3, reason: 'it has no coordinates' },
			{ line: 35, feature: 4, reason: 'it has no TimeStamp, TimeSpan or date in its ExtendedData' }
		]);
		expect(result.events.map((event) => event.sourceLine)).toEqual([7, 17, 25]);
	});

	it('keeps what it read before a file breaks off, and says where it broke', () => {
		const text = fixture('placemarks.kml');
		const cut = importKml(text.slice(0, text.indexOf('<Folder>') + 200));
		expect(cut.events).toHaveLength(1);
		expect(cut.errors.at(-1)?.reason).toMatch(/breaks off/);
	});

	it('skips a DOCTYPE whole, whatever its entity values and comments hold', () => {
		const hidden =
			'<Placemark><name>Hidden</name><TimeStamp><when>2020-01-01</when></TimeStamp><Point><coordinates>1,2</coordinates></Point></Placemark>';
		const shown =
			'<Placemark><name>Shown</name><TimeStamp><when>2021-01-01</when></TimeStamp><Point><coordinates>3,4</coordinates></Point></Placemark>';
		for (const subset of [
			`<!ENTITY a "]>">${hidden}`,
			`<!ENTITY a ']>'>${hidden}`,
			`<!-- ]> -->${hidden}`,
			`<!ENTITY a SYSTEM "x]>.dtd">${hidden}`
		]) {
			const kml = `<?xml version="1.0"?><!DOCTYPE kml [${subset}]><kml><Document>${shown}</Document></kml>`;
			expect(importKml(kml).events.map((event) => event.label)).toEqual(['Shown']);
		}
	});

	it('throws ImportFileError for XML that is not KML', () => {
		expect(() => importKml('<?xml version="1.0"?><gpx></gpx>')).toThrow(/not KML.*<gpx>/);
		expect(() => importKml('hello')).toThrow(ImportFileError);
	});
});

describe('CSV', () => {
	const text = fixture('acled-sample.csv');
	const preview = readCsvPreview(text);
	const mapping = detectCsvColumns(preview.columns, preview.sampleRows);

	it('proposes ACLED’s latitude, longitude, event_date, event_type and notes', () => {
		expect(preview.separator).toBe(',');
		expect(mapping).toEqual({
			latitude: 9,
			longitude: 10,
			date: 1,
			endDate: null,
			label: 4,
			description: 12,
			dayOrder: 'dmy'
		});
	});

	it.each([
		[['lat', 'lng', 'when'], { latitude: 0, longitude: 1, date: 2 }],
		[
			['Y', 'X', 'Start date', 'End date', 'Name'],
			{ latitude: 0, longitude: 1, date: 2, endDate: 3, label: 4 }
		],
		[['lat_wgs84', 'long_wgs84', 'Date (UTC)'], { latitude: 0, longitude: 1, date: 2 }]
	])('proposes columns from the header %j', (header, expected) => {
		expect(detectCsvColumns(header, [])).toMatchObject(expected);
	});

	it('falls back to columns of numbers within ±90 and ±180 for coordinates', () => {
		const mapping = detectCsvColumns(['a', 'b', 'c', 'd'], [['x', '120.5', '53.9', '2022-01-01']]);
		expect(mapping).toMatchObject({ latitude: 2, longitude: 1 });
		expect(detectCsvColumns(['date'], [['12/25/2022']]).dayOrder).toBe('mdy');
	});

	it('imports rows with quoted separators, quotes and line breaks, and reports the others by line', () => {
		const result = importCsv(text, mapping);
		expect(result.columns).toEqual(preview.columns);
		expect(result.events.map(({ label, start, sourceLine }) => [label, start, sourceLine])).toEqual(
			[
				['Battles', '2022-02-24', 2],
				['Explosions/Remote violence', '2022-03-01', 3],
				['Strategic developments', '2022-03-01', 5]
			]
		);
		expect(result.events[0].description).toBe(
			'On 24 February 2022, Russian airborne forces attacked Antonov airport, "Hostomel".'
		);
		expect(result.events[1].description).toBe(
			'Shelling of Freedom Square;\nmultiple buildings hit.'
		);
		expect(result.events[0].properties.location).toBe('Hostomel');
		expect(result.errors).toEqual([
			{ line: 6, reason: 'latitude 95.2 is outside −90..90' },
			{ line: 7, reason: '“31/02/2022” is not a real date' },
			{ line: 8, reason: 'it has 3 fields; the header has 14' }
		]);
	});

	it("quotes the words where a row's coordinates should be", () => {
		const table = 'date,lat,lon,place\n2024-06-18,abc,90.4,Brzeg\n2024-06-19,24.7,90.4,ok\n';
		const { columns, sampleRows } = readCsvPreview(table);
		const result = importCsv(table, detectCsvColumns(columns, sampleRows));
		expect(result.errors).toEqual([
			{ line: 2, reason: 'its coordinates are not numbers: latitude “abc”, longitude “90.4”' }
		]);
	});

	it('imports a row that stops short of the header only where it leaves out no column it reads', () => {
		const table = 'date,lat,lon,notes,deaths\n2024-06-18,24.7,90.4,ok row\n2024-06-19,24.7\n';
		const { columns, sampleRows } = readCsvPreview(table);
		const result = importCsv(table, detectCsvColumns(columns, sampleRows));
		expect(result.events.map((event) => [event.start, event.properties.notes])).toEqual([
			['2024-06-18', 'ok row']
		]);
		expect(result.errors).toEqual([{ line: 3, reason: 'it has 2 fields; the header has 5' }]);
	});

	it('detects semicolons and tabs, and reads decimal commas', () => {
		const semicolons = 'lat;lon;date\n53,9;27,56;2022-02-24\n';
		const tabs = 'lat\tlon\tdate\n53.9\t27.56\t2022-02-24\n';
		for (const table of [semicolons, tabs]) {
			const { columns, sampleRows } = readCsvPreview(table);
			const [event] = importCsv(table, detectCsvColumns(columns, sampleRows)).events;
			expect(event).toMatchObject({ lat: 53.9, lon: 27.56, start: '2022-02-24' });
		}
	});

	it('reports an unclosed quote on its line and reads on from the next one', () => {
		const table = 'lat,lon,date,name\n53.9,27.56,2022-02-24,"Minsk\n50.45,30.52,2022-02-25,Kyiv\n';
		const result = importCsv(table, detectCsvColumns(['lat', 'lon', 'date', 'name'], []));
		expect(result.errors).toEqual([{ line: 2, reason: 'a quoted field is never closed' }]);
		expect(result.events.map((event) => event.label)).toEqual(['Kyiv']);
	});

	it('throws ImportFileError for a file that is not a table or a mapping that misses columns', () => {
		expect(() => readCsvPreview('just one column\nof text')).toThrow(ImportFileError);
		expect(() => importCsv(text, { ...mapping, latitude: null })).toThrow(
			/Choose the latitude column/
		);
		expect(() => importCsv(text, { ...mapping, date: 99 })).toThrow(
			/not one of the file's 14 columns/
		);
	});

	it('parses 100,000 ACLED-like rows in well under 2 s', () => {
		const header = preview.columns.join(',');
		const row = (i: number) =>
			`UKR${i},2022-03-${String((i % 28) + 1).padStart(2, '0')},2022,1,Battles,Armed clash,"Military Forces of Russia (2000-)",Kyivska,Hostomel,${(50 + (i % 1000) / 1000).toFixed(4)},30.2131,Ukrainska Pravda,"On ${i}, forces, ""quoted"", attacked.",0`;
		const big = [header, ...Array.from({ length: 100_000 }, (_, i) => row(i))].join('\r\n');
		const fractions: number[] = [];
		// CPU time of this test process: what the parse costs, whatever else the machine is running.
		const cpuBefore = process.cpuUsage();
		const started = performance.now();
		const result = importCsv(big, mapping, { onProgress: (fraction) => fractions.push(fraction) });
		const wallSeconds = (performance.now() - started) / 1000;
		const cpu = process.cpuUsage(cpuBefore);
		const cpuSeconds = (cpu.user + cpu.system) / 1e6;
		console.log(
			`100,000-row CSV (${big.length} characters): ${cpuSeconds.toFixed(2)} s CPU, ${wallSeconds.toFixed(2)} s wall`
		);
		expect(result.events).toHaveLength(100_000);
		expect(result.errors).toEqual([]);
		expect(fractions.length).toBeGreaterThan(50);
		expect(fractions.length).toBeLessThanOrEqual(101);
		expect(cpuSeconds).toBeLessThan(2);
	});
});

describe('mapEventsOfLayer', () => {
	it('gives imported events keys, days and the kind other', () => {
		const { events } = importGeoJson(fixture('events.geojson'));
		const layer = {
			id: 'layer-1',
			name: 'events.geojson',
			format: 'geojson' as const,
			events: packEvents(events)
		};
		const mapEvents = mapEventsOfLayer(layer);
		expect(mapEvents).toHaveLength(events.length);
		expect(mapEventsOfLayer(layer)).toBe(mapEvents);
		const { key, lon, lat, start, end, precision, kind, scope, origin } = mapEvents[0];
		expect({ key, lon, lat, start, end, precision, kind, scope, origin }).toEqual({
			key: 'layer-1:0',
			lon: 27.5667,
			lat: 53.9,
			start: 16478,
			end: 16478,
			precision: 'day',
			kind: 'other',
			scope: 'point',
			origin: 'imported'
		});
		expect(importFormatOfFile('places.KML', '')).toBe('kml');
		expect(importFormatOfFile('photo.png', '')).toBeNull();
	});

	it('makes a layer’s map events in slices ahead of showing it, the ones it then shows', async () => {
		const { events } = importGeoJson(fixture('events.geojson'));
		const rows = Array.from({ length: 25_000 }, (_, n) => events[n % events.length]);
		const layer = {
			id: 'big',
			name: 'big.geojson',
			format: 'geojson' as const,
			events: packEvents(rows)
		};
		await prepareMapEvents(layer);
		const mapEvents = mapEventsOfLayer(layer);
		expect(mapEvents).toHaveLength(25_000);
		expect(mapEvents[24_999].key).toBe('big:24999');
		expect(mapEvents[24_999].lat).toBe(rows[24_999].lat);
	});
});
