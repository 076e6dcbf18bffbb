/**
 * The locality data (`content/data/site.yaml`), parsed and validated once for pages and endpoints.
 * Vite inlines the file as text so this works in the build, in endpoints and in Vitest alike.
 */
import { load } from 'js-yaml';
import siteYaml from '../../content/data/site.yaml?raw';
import { siteSchema, type SiteData } from '../schemas/site.ts';
import { publicUrl as publicUrlUnder } from './infographics/urls.ts';

export const site: SiteData = siteSchema.parse(load(siteYaml));

/** Absolute public URL of a page slug under the site URL (for QR codes and share links). */
export function publicUrl(slug: string, siteUrl: string = site.siteUrl): string {
	return publicUrlUnder(slug, siteUrl);
}
