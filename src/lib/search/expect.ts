/**
 * Whether a search result answers a question whose expected target is `expected`: a page
 * ("/cach-2/") matches itself and any entry on it; an entry ("/hoi-dap/#mất-thẻ…") matches only
 * itself, since the point is to land on the answer. URLs are compared decoded.
 */
export function matchesExpected(resultUrl: string, expected: string): boolean {
	const result = safeDecode(resultUrl);
	const target = safeDecode(expected);
	if (target.includes('#')) return result === target;
	return result.split('#')[0] === target;
}

function safeDecode(url: string): string {
	try {
		return decodeURI(url).normalize('NFC');
	} catch {
		return url;
	}
}
