import type { Request } from '@playwright/test';

/**
 * Requests that could carry something off the device: any request to another origin, and any
 * request to this site that is not a plain GET of a file (a method other than GET, a body, or a
 * query string). The site's own static files (the search UI Starlight loads when the browser is
 * idle, the decoder's worker and wasm, the poster maker's worker and fonts) are plain GETs with nothing of the user in them, so they do
 * not count, whenever they happen to load. The picture beside a result is shown from a blob: URL
 * of the page's own memory (the browser reports it as a request, but it never reaches the
 * network); it must belong to this page.
 */
export function outgoing(requests: readonly Request[], origin: string): string[] {
	return requests
		.filter((r) => {
			const url = new URL(r.url());
			if (url.protocol === 'blob:') return !r.url().startsWith(`blob:${origin}/`);
			if (url.protocol === 'data:') return false;
			return (
				url.origin !== origin || r.method() !== 'GET' || r.postData() !== null || url.search !== ''
			);
		})
		.map((r) => `${r.method()} ${r.url()}`);
}
