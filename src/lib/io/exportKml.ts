import {
	citationFieldNames,
	citationFields,
	eventsFileText,
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

/** @example citedEventsToKml(citedEventsOfArticle(reviewed), { name: 'Belarus–Ukraine, 2014–2025' }) */
export const citedEventsToKml = (events: readonly CitedEvent[], options: { name: string }) =>
	eventsFileText(kmlText(options.name), events);
