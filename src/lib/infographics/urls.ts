/**
 * URL and file-name helpers shared by the generator (Node), the gallery and the Head override.
 * DOM-free and free of Vite imports, unlike src/lib/site.ts, so plain Node scripts can use them.
 */

/** Absolute public URL of a page slug under the site URL (same rule as src/lib/site.ts). */
export function publicUrl(slug: string, siteUrl: string): string {
	const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
	const path = slug.replace(/^\/+/, '');
	return path
		? new URL(path.endsWith('/') || path.includes('.') ? path : `${path}/`, base).href
		: base;
}

/** Folder under `public/` the generator writes to, and URL path the site serves it at. */
export const INFOGRAPHICS_DIR = 'infographics';

/** Page slug of a content file path relative to content/docs ("tap-huan/index.mdx" → "tap-huan"). */
export function slugFromPath(relativePath: string): string {
	const withoutExt = relativePath.replace(/\\/g, '/').replace(/\.mdx?$/, '');
	if (withoutExt === 'index') return '';
	return withoutExt.replace(/\/index$/, '');
}

/** File of a page's Open Graph image, relative to the infographics folder ("" → "og/index.png"). */
export function ogImageFile(slug: string): string {
	const clean = slug.replace(/^\/+|\/+$/g, '');
	return `og/${clean || 'index'}.png`;
}
