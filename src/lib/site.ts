/**
 * The locality data (`content/data/site.yaml`, or SITE_DATA_DIR's), validated once for pages and
 * endpoints. Server-side only: it reads the file system through the content-data module.
 */
import { loadContentData } from './content-data/load.ts';
import type { SiteData } from '../schemas/site.ts';
import { publicUrl as publicUrlUnder } from './infographics/urls.ts';

export const site: SiteData = loadContentData().site;

/** Absolute public URL of a page slug under the site URL (for QR codes and share links). */
export function publicUrl(slug: string, siteUrl: string = site.siteUrl): string {
	return publicUrlUnder(slug, siteUrl);
}
