import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/index';
import { importCsv } from '../../src/lib/io/importCsv';
import { detectCsvColumns, readCsvPreview } from '../../src/lib/io/csvColumns';
import { importGeoJson } from '../../src/lib/io/importGeoJson';
import { importKml } from '../../src/lib/io/importKml';
import type { ImportResult } from '../../src/lib/io/importResult';
import { gazetteer } from './extract-fixture';

const payloads = fs
	.readFileSync(path.resolve('tests/fixtures/io/xss-payloads.txt'), 'utf8')
	.split('\n')
	.filter(Boolean);

/** A tag opening: what a browser would start an element, comment or declaration from. */
const tagOpening = /<[a-z!?/]/i;
/** '<' written as an entity, which ingest decodes once into a literal, harmless '<' character. */
const encodedLessThan = /&(?:lt|#0*60|#x0*3c);?/gi;

function count(text: string, pattern: RegExp): number {
	return text.match(pattern)?.length ?? 0;
}

/** Every string an import returns: labels, descriptions, property names and values. */
function importedStrings(result: ImportResult): string[] {
	return result.events.flatMap((event) => [
		event.label,
		event.description,
		...Object.keys(event.properties),
		...Object.values(event.properties).map(String)
	]);
}

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('the XSS corpus', () => {
	it('holds at least 50 payloads, one per line', () => {
		expect(payloads.length).toBeGreaterThanOrEqual(50);
	});

	it.each(payloads)('ingest reduces %s to text with no markup of its own', (payload) => {
		const html = `<html><body><p>Minsk, 12 February 2015.</p>${payload}<p>Kyiv, 2022.</p></body></html>`;
		const { doc } = extractArticle({ id: 'xss', text: html, format: 'html' }, gazetteer());
		// Every '<' left is one the page wrote as an entity, i.e. as text: no element survives.
		expect(count(doc.text, /</g)).toBeLessThanOrEqual(count(payload, encodedLessThan));
		if (!count(payload, encodedLessThan)) expect(doc.text).not.toMatch(tagOpening);
		// An unclosed <script> or <svg> swallows the rest, as in a browser; what came before stays.
		expect(doc.text).toContain('Minsk, 12 February 2015.');
	});

	it.each(payloads)('importers return %s as plain text in labels and descriptions', (payload) => {
		const geojson = JSON.stringify({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [27.56, 53.9] },
			properties: { name: payload, description: payload, [payload]: payload, date: '2022-02-24' }
		});
		const kmlEscaped = `<kml><Placemark><name>${escapeXml(payload)}</name><description>${escapeXml(payload)}</description><ExtendedData><Data name="${escapeXml(payload).replace(/"/g, '&quot;')}"><value>${escapeXml(payload)}</value></Data></ExtendedData><TimeStamp><when>2022</when></TimeStamp><Point><coordinates>27.56,53.9</coordinates></Point></Placemark></kml>`;
		const kmlCdata = `<kml><Placemark><name><![CDATA[${payload}]]></name><description><![CDATA[${payload}]]></description><TimeStamp><when>2022</when></TimeStamp><Point><coordinates>27.56,53.9</coordinates></Point></Placemark></kml>`;
		const csv = `latitude,longitude,event_date,event_type,notes\r\n53.9,27.56,2022-02-24,"${payload.replace(/"/g, '""')}","${payload.replace(/"/g, '""')}"\r\n`;
		const preview = readCsvPreview(csv);
		const results = [
			importGeoJson(geojson),
			importKml(kmlEscaped),
			importKml(kmlCdata),
			importCsv(csv, detectCsvColumns(preview.columns, preview.sampleRows))
		];
		for (const result of results) {
			expect(result.events).toHaveLength(1);
			for (const text of importedStrings(result)) expect(text).not.toMatch(tagOpening);
		}
	});
});
