/**
 * The pages of the built site, read from the sitemap Astro wrote into dist/, as paths relative to
 * the site's base (e.g. "cach-3/"), so every sweep covers exactly what a crawler would find.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// E2E_DIST: the build the suite runs against (playwright.config.ts), so the sweeps cover its pages.
export const DIST = process.env['E2E_DIST']
	? resolve(process.env['E2E_DIST'])
	: join(import.meta.dirname, '..', '..', 'dist');

export function sitemapPaths(): string[] {
	if (!existsSync(DIST))
		throw new Error('dist/ chưa có: hãy chạy `npm run build` trước (npm test tự làm việc này).');
	const files = readdirSync(DIST).filter((name) => /^sitemap-\d+\.xml$/.test(name));
	const urls = files.flatMap((file) =>
		[...readFileSync(join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => m[1] ?? ''
		)
	);
	const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
	return urls.map((url) => new URL(url).pathname.slice(base.length)).sort();
}
