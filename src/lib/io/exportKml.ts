import {
	citationFieldNames,
	citationFields,
	roundedCoordinate,
	type CitedEvent,
	type EventsText
} from './citedEvent';
import { xmlAllowedText } from './xmlText';
const xmlEscapes: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Text and attribute values for XML: escaped, with characters XML forbids removed. */
export function escapeXml(value: string): string {
	return xmlAllowedText(value).replace(/[&<>"']/g, (char) => xmlEscapes[char]);
}

function placemark(event: CitedEvent): string {
	const fields = citationFields(event);
	const time =
		event.start === event.end
			? `<TimeStamp><when>${escapeXml(event.start)}</when></TimeStamp>`
			: `<TimeSpan><begin>${escapeXml(event.start)}</begin><end>${escapeXml(event.end)}</end></TimeSpan>`;
	const data = citationFieldNames
		.map(
			(name) =>
				`<Data name="${name}"><value>${escapeXml(String(fields[name] ?? ''))}</value></Data>`
		)
		.join('');
	const point =
		event.lon === null || event.lat === null
			? ''
			: `<Point><coordinates>${roundedCoordinate(event.lon)},${roundedCoordinate(event.lat)}</coordinates></Point>`;
	return [
		'<Placemark>',
		`<name>${escapeXml(event.label)}</name>`,
		`<description>${escapeXml(event.quote)}</description>`,
		time,
		`<ExtendedData>${data}</ExtendedData>`,
		point,
		'</Placemark>'
	]
		.filter(Boolean)
		.join('');
}

/**
 * Events as a KML 2.2 document named `name`: one Placemark each with its label, quote, TimeStamp
 * (one day) or TimeSpan, Point, and the provenance fields of citationFields as ExtendedData.
 * Everything is escaped; nothing in it is markup but KML's own.
 *
 * @example kmlText('Belarus–Ukraine, 2014–2025').head // '<?xml …>\n<kml …>\n<Document>\n<name>Belarus–Ukraine, 2014–2025</name>\n'
 */
export function kmlText(name: string): EventsText {
	return {
		head: [
			'<?xml version="1.0" encoding="UTF-8"?>',
			'<kml xmlns="http://www.opengis.net/kml/2.2">',
			'<Document>',
			`<name>${escapeXml(name)}</name>`,
			''
		].join('\n'),
		batch: (events) => events.map((event) => `${placemark(event)}\n`).join(''),
		tail: '</Document>\n</kml>\n'
	};
}
