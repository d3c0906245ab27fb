/** Whether a URL is an http or https address: the only kind an article or a source may cite. */
export function isHttpUrl(value: string): boolean {
	return protocolOf(value) === 'http:' || protocolOf(value) === 'https:';
}

/**
 * Whether a URL may be written as a clickable link in an export: http, https or mailto only,
 * never file:, javascript:, ms-msdt: or any other scheme a viewer would hand to the system.
 */
export function isSafeLink(value: string): boolean {
	return isHttpUrl(value) || protocolOf(value) === 'mailto:';
}

function protocolOf(value: string): string | null {
	try {
		return new URL(value).protocol;
	} catch {
		return null;
	}
}
