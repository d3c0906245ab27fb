/**
 * A small XML tokenizer for reading KML in a Worker or in Node, where there is no DOMParser.
 * It never expands entities other than the five predefined ones and character references
 * (a DOCTYPE is skipped, so no "billion laughs"), never loads anything, and each character is
 * looked at a bounded number of times, so hostile input cannot make it slow.
 */
export type XmlToken =
	| {
			type: 'open';
			/** Local name, without a namespace prefix ("kml:Placemark" → "Placemark"). */
			name: string;
			attributes: Record<string, string>;
			selfClosing: boolean;
			offset: number;
	  }
	| { type: 'close'; name: string; offset: number }
	| { type: 'text'; text: string; offset: number }
	/** The input ends inside a tag, comment or CDATA section; no token follows. */
	| { type: 'error'; reason: string; offset: number };

const predefinedEntities: Record<string, string> = {
	lt: '<',
	gt: '>',
	amp: '&',
	quot: '"',
	apos: "'"
};

/** Decodes the predefined entities and character references; leaves anything else as written. */
export function decodeXmlEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, body: string) => {
		if (body[0] !== '#') return predefinedEntities[body] ?? whole;
		const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : +body.slice(1);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
	});
}

function localName(qualified: string): string {
	const colon = qualified.lastIndexOf(':');
	return colon < 0 ? qualified : qualified.slice(colon + 1);
}

function isNameChar(code: number): boolean {
	return !(code <= 32 || code === 47 || code === 62 || code === 61); // space, '/', '>', '='
}

/** Reads name="value" pairs of a tag body in one pass; malformed pairs are skipped. */
function readAttributes(body: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	let i = 0;
	while (i < body.length) {
		while (i < body.length && !isNameChar(body.charCodeAt(i))) i++;
		const nameStart = i;
		while (i < body.length && isNameChar(body.charCodeAt(i))) i++;
		const name = body.slice(nameStart, i);
		while (i < body.length && body.charCodeAt(i) <= 32) i++;
		if (body[i] !== '=') continue;
		i++;
		while (i < body.length && body.charCodeAt(i) <= 32) i++;
		const quote = body[i];
		if (quote !== '"' && quote !== "'") continue;
		const close = body.indexOf(quote, i + 1);
		if (close < 0) break;
		if (name) attributes[localName(name)] = decodeXmlEntities(body.slice(i + 1, close));
		i = close + 1;
	}
	return attributes;
}

/** The index of the '>' that ends a tag starting at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
	let quote = '';
	for (let i = from; i < xml.length; i++) {
		const char = xml[i];
		if (quote) {
			if (char === quote) quote = '';
		} else if (char === '"' || char === "'") quote = char;
		else if (char === '>') return i;
	}
	return -1;
}

/**
 * The index just past a DOCTYPE declaration, internal subset included; -1 when it never ends.
 * Quoted literals (entity values, system ids) and comments are skipped whole, so a ']' or '>'
 * inside them does not end it early and let markup declared in the DTD through as content.
 */
function doctypeEnd(xml: string, from: number): number {
	let quote = '';
	let inSubset = false;
	for (let i = from; i < xml.length; i++) {
		const char = xml[i];
		if (quote) {
			if (char === quote) quote = '';
		} else if (char === '"' || char === "'") quote = char;
		else if (inSubset && xml.startsWith('<!--', i)) {
			const commentEnd = xml.indexOf('-->', i + 4);
			if (commentEnd < 0) return -1;
			i = commentEnd + 2;
		} else if (char === '[') inSubset = true;
		else if (char === ']') inSubset = false;
		else if (char === '>' && !inSubset) return i + 1;
	}
	return -1;
}

/**
 * Splits XML into open, close and text tokens (CDATA sections become text; comments, processing
 * instructions and DOCTYPE are skipped). Malformed markup does not throw: the last token is
 * then an 'error' token saying where the input broke.
 */
export function* xmlTokens(xml: string): Generator<XmlToken> {
	let i = 0;
	while (i < xml.length) {
		const lt = xml.indexOf('<', i);
		const textEnd = lt < 0 ? xml.length : lt;
		if (textEnd > i)
			yield { type: 'text', text: decodeXmlEntities(xml.slice(i, textEnd)), offset: i };
		if (lt < 0) return;
		if (xml.startsWith('<!--', lt)) {
			const end = xml.indexOf('-->', lt + 4);
			if (end < 0) return yield { type: 'error', reason: 'a comment is never closed', offset: lt };
			i = end + 3;
		} else if (xml.startsWith('<![CDATA[', lt)) {
			const end = xml.indexOf(']]>', lt + 9);
			if (end < 0)
				return yield { type: 'error', reason: 'a CDATA section is never closed', offset: lt };
			yield { type: 'text', text: xml.slice(lt + 9, end), offset: lt };
			i = end + 3;
		} else if (xml.startsWith('<?', lt)) {
			const end = xml.indexOf('?>', lt + 2);
			if (end < 0)
				return yield { type: 'error', reason: 'a declaration is never closed', offset: lt };
			i = end + 2;
		} else if (xml.startsWith('<!', lt)) {
			const end = doctypeEnd(xml, lt + 2);
			if (end < 0)
				return yield { type: 'error', reason: 'a declaration is never closed', offset: lt };
			i = end;
		} else {
			const end = tagEnd(xml, lt + 1);
			if (end < 0) return yield { type: 'error', reason: 'a tag is never closed', offset: lt };
			const body = xml.slice(lt + 1, end);
			i = end + 1;
			if (body[0] === '/') {
				yield { type: 'close', name: localName(body.slice(1).trim()), offset: lt };
				continue;
			}
			const nameMatch = /^[^\s/>]+/.exec(body);
			if (!nameMatch) return yield { type: 'error', reason: 'a tag has no name', offset: lt };
			const selfClosing = body.endsWith('/');
			yield {
				type: 'open',
				name: localName(nameMatch[0]),
				attributes: readAttributes(body.slice(nameMatch[0].length, selfClosing ? -1 : undefined)),
				selfClosing,
				offset: lt
			};
			if (selfClosing) yield { type: 'close', name: localName(nameMatch[0]), offset: lt };
		}
	}
}
