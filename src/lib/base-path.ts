/**
 * The site's base path (import.meta.env.BASE_URL, "/" or e.g. "/7cach/") in front of a site path,
 * for links written in Markdown (rehype plugin) and rendered by components alike.
 * DOM-free and Vite-free: Node scripts and tests import it too.
 */

/** External URLs (scheme, protocol-relative) and in-page anchors are not site paths. */
function isSitePath(path: string): boolean {
	return !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(path);
}

/**
 * `path` ("/cach-3/" or "samples/a.png") under `base`; unchanged when it is external, an anchor,
 * or already under the base.
 */
export function withBase(path: string, base: string): string {
	if (path === '' || !isSitePath(path)) return path;
	const prefix = base.replace(/\/+$/, '');
	if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) return path;
	return `${prefix}/${path.replace(/^\/+/, '')}`;
}
